import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeFieldsFragment, PlatformRole } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { HandOverControls } from './HandOverControls';

interface Props {
  offices: readonly OfficeFieldsFragment[];
  /** Roles of offices the viewer may hand over (an office passes its role on). */
  assignable: readonly PlatformRole[];
}

/** Offices grouped by organisation (the API sorts them so), each with holder, history and hand-over. */
export function OfficeList({ offices, assignable }: Props) {
  const groups = new Map<string, OfficeFieldsFragment[]>();
  for (const office of offices) groups.set(office.organisationId, [...(groups.get(office.organisationId) ?? []), office]);
  return (
    <>
      {[...groups.values()].map((group) => (
        <OrganisationOffices key={group[0]!.organisationId} offices={group} assignable={assignable} />
      ))}
    </>
  );
}

function OrganisationOffices({ offices, assignable }: Props) {
  const id = useId();
  return (
    <section className="office-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{offices[0]!.organisationName}</h3>
      <ul className="office-list">
        {offices.map((office) => (
          <OfficeItem key={office.id} office={office} mayHandOver={assignable.includes(office.role)} />
        ))}
      </ul>
    </section>
  );
}

function OfficeItem({ office, mayHandOver }: { office: OfficeFieldsFragment; mayHandOver: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const role = t(`coordination.platformRoles.${office.role}`);
  return (
    <li className="card office">
      <h4 className="office__title">{office.title}</h4>
      <p className="muted">{t('coordination.offices.role', { role })}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('coordination.offices.holder')}</dt>
          <dd>
            {office.holder ? (
              <>
                {office.holder.holderName}, {t('coordination.offices.since', { date: format.dateTimeAsDate(office.holder.startedAt) })}
              </>
            ) : (
              <span className="muted">{t('coordination.offices.vacant')}</span>
            )}
          </dd>
        </div>
      </dl>
      {office.history.length > 0 ? (
        <details className="office__history">
          <summary>{t('coordination.offices.historyHeading', { count: office.history.length })}</summary>
          <ol>
            {office.history.map((term) => (
              <li key={`${term.userId}-${term.startedAt}`}>
                {term.holderName}:{' '}
                {term.endedAt
                  ? t('coordination.offices.term', { from: format.dateTimeAsDate(term.startedAt), to: format.dateTimeAsDate(term.endedAt) })
                  : t('coordination.offices.termOpen', { from: format.dateTimeAsDate(term.startedAt) })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {mayHandOver ? <HandOverControls office={office} /> : <p className="muted">{t('coordination.offices.handOverNotAllowed', { role })}</p>}
    </li>
  );
}
