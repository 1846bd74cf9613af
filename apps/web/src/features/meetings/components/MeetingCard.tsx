import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge';
import type { MeetingSummaryFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { meetingPath } from '../paths';
import { meetingWhen } from '../time-format';

/** One meeting in the calendar list: title, kind, time, place, organiser, seats. */
export function MeetingCard({ meeting }: { meeting: MeetingSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const where = [meeting.place, meeting.municipality?.name].filter(Boolean).join(', ');
  return (
    <article className="card meeting-card">
      <p className="meeting-card__kind">
        {t(`meetings.kind.${meeting.kind}`)}
        {meeting.status === 'CANCELLED' ? <Badge tone="danger">{t('meetings.cancelled')}</Badge> : null}
      </p>
      <h3 className="card__title">
        <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
      </h3>
      <p>{meetingWhen(meeting.startsAt, meeting.endsAt, language)}</p>
      <p className="muted">
        {t(`meetings.format.${meeting.format}`)}
        {where ? ` · ${where}` : ''}
      </p>
      <p className="muted">{t('meetings.list.organiser', { name: meeting.organiser.name })}</p>
      {meeting.registrationOpen && meeting.seatsLeft !== null && meeting.seatsLeft !== undefined ? (
        <p>{meeting.seatsLeft > 0 ? t('meetings.list.seatsLeft', { count: meeting.seatsLeft }) : t('meetings.list.full')}</p>
      ) : null}
    </article>
  );
}
