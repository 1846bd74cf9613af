import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { AUDIT_FILTER_PARAMS } from '../audit-filters';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** Audit events, newest first; each actor links to the log filtered to that person. */
export function AuditLogTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const location = useLocation();

  const onlyActor = (actorUserId: string) => {
    const params = new URLSearchParams(location.search);
    params.set(AUDIT_FILTER_PARAMS.actorUserId, actorUserId);
    return { pathname: location.pathname, search: `?${params.toString()}` };
  };

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('coordination.log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordination.log.columns.occurredAt')}</th>
            <th scope="col">{t('coordination.log.columns.action')}</th>
            <th scope="col">{t('coordination.log.columns.entity')}</th>
            <th scope="col">{t('coordination.log.columns.actor')}</th>
            <th scope="col">{t('coordination.log.columns.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((auditEvent) => (
            <tr key={auditEvent.id}>
              <td>
                <time dateTime={auditEvent.occurredAt}>{format.dateTime(auditEvent.occurredAt)}</time>
              </td>
              <th scope="row">
                <code>{auditEvent.action}</code>
              </th>
              <td>
                {auditEvent.entityType}
                {auditEvent.entityId ? <span className="audit-id"> {auditEvent.entityId}</span> : null}
              </td>
              <td>
                {auditEvent.actorUserId ? (
                  <>
                    <span className="audit-id">{auditEvent.actorUserId}</span>{' '}
                    <Link to={onlyActor(auditEvent.actorUserId)}>
                      {t('coordination.log.onlyThisPerson')}
                      <span className="visually-hidden"> ({auditEvent.actorUserId})</span>
                    </Link>
                  </>
                ) : (
                  t('coordination.log.system')
                )}
              </td>
              <td>
                <code className="audit-changes">{auditEvent.changes}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
