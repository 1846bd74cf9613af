import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from './MeetingFacts';

/** The ordered agenda: title, duration, responsible organisation, description. */
export function AgendaList({ agenda }: { agenda: MeetingDetail['agenda'] }) {
  const { t } = useTranslation();
  if (agenda.length === 0) return <p className="muted">{t('meetings.detail.agendaEmpty')}</p>;
  return (
    <ol className="meeting-agenda">
      {agenda.map((item) => (
        <li key={item.id}>
          <strong>{item.title}</strong> <span className="muted">({t('meetings.detail.minutes', { count: item.durationMinutes })})</span>
          {item.responsibleOrganisation ? (
            <p className="muted">{t('meetings.detail.responsible', { name: item.responsibleOrganisation.name })}</p>
          ) : null}
          {item.description ? <p className="pre-line">{item.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}
