import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge';
import type { AdvisorFormatFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { editFormatPath } from '../paths';

/** My formats as cards: title (to the form), status, kind, and what a company sees of it. */
export function FormatList({ formats, labelledBy }: { formats: readonly AdvisorFormatFieldsFragment[]; labelledBy: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className="advisor-cards" aria-labelledby={labelledBy}>
      {formats.map((item) => (
        <li key={item.id} className={`card advisor-card${item.status === 'ARCHIVED' ? ' advisor-card--archived' : ''}`}>
          <h3 className="card__heading">{item.title}</h3>
          <p className="badges">
            <Badge tone={item.status === 'ACTIVE' ? 'success' : 'neutral'}>{t(`workbenchAdvisor.formats.status.${item.status}`)}</Badge>
            <Badge tone="info">
              {item.capacity > 1 ? t('workbenchAdvisor.formats.group', { count: item.capacity }) : t('workbenchAdvisor.formats.oneToOne')}
            </Badge>
          </p>
          <dl className="facts" aria-label={t('workbenchAdvisor.formats.facts', { title: item.title })}>
            <div className="facts__row">
              <dt>{t('workbenchAdvisor.formats.topicField')}</dt>
              <dd>{item.topicField.title}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('workbenchAdvisor.formats.duration')}</dt>
              <dd>{t('workbenchAdvisor.formats.minutes', { count: item.durationMinutes })}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('workbenchAdvisor.formats.place')}</dt>
              <dd>
                {item.mode === 'ONSITE' && item.location
                  ? `${t('workbenchAdvisor.formats.mode.ONSITE')}: ${item.location}`
                  : t(`workbenchAdvisor.formats.mode.${item.mode}`)}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t('workbenchAdvisor.formats.organisation')}</dt>
              <dd>{item.organisation.name}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('workbenchAdvisor.formats.updatedAt')}</dt>
              <dd>{format.dateTime(item.updatedAt)}</dd>
            </div>
          </dl>
          <p>
            <Link to={editFormatPath(item.id)} className="button button--secondary">
              {t('workbenchAdvisor.formats.edit')}
              <span className="visually-hidden"> {item.title}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
