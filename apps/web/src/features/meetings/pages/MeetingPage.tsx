import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/Badge';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { formatDate } from '../../../lib/format';
import { MEETINGS_PATH } from '../../../lib/site-paths';
import { useLanguage } from '../../../lib/use-language';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AgendaList } from '../components/AgendaList';
import { MyInvitationAnswer } from '../components/MyInvitationAnswer';
import { MeetingQueryStates } from '../components/MeetingQueryStates';
import { MeetingFacts, type MeetingDetail } from '../components/MeetingFacts';
import { OrganiserInvitations } from '../components/OrganiserInvitations';
import { OrganiserTools } from '../components/OrganiserTools';
import { ParticipantsSection } from '../components/ParticipantsSection';
import { RegistrationSection } from '../components/RegistrationSection';
import { useMeeting } from '../hooks/use-meetings';
import { MinutesEditor } from '../minutes/MinutesEditor';
import { MinutesSection } from '../minutes/MinutesSection';
import { meetingCalendarPath } from '../paths';
import '../../../styles/cards.css';
import '../meetings.css';

function MeetingContent({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <>
      {meeting.status === 'CANCELLED' ? <Badge tone="danger">{t('meetings.cancelled')}</Badge> : null}
      {meeting.cancelReason ? (
        <p className="pre-line">
          {t('meetingsOrganiser.cancelledReason', {
            date: formatDate(meeting.cancelledAt ?? meeting.updatedAt, language),
            reason: meeting.cancelReason,
          })}
        </p>
      ) : null}
      {meeting.viewerCanEdit ? <OrganiserTools meetingId={meeting.id} cancelled={meeting.status === 'CANCELLED'} /> : null}
      <section className="section" aria-labelledby={`${id}-facts`}>
        <h2 id={`${id}-facts`} className="section__heading">
          {t('meetings.detail.factsHeading')}
        </h2>
        <MeetingFacts meeting={meeting} />
        <p>
          <a href={meetingCalendarPath(meeting.id)} download>
            {t('meetings.detail.ics')}
          </a>
        </p>
      </section>
      {meeting.description ? (
        <section className="section" aria-labelledby={`${id}-description`}>
          <h2 id={`${id}-description`} className="section__heading">
            {t('meetings.detail.description')}
          </h2>
          <p className="pre-line">{meeting.description}</p>
        </section>
      ) : null}
      <section className="section" aria-labelledby={`${id}-agenda`}>
        <h2 id={`${id}-agenda`} className="section__heading">
          {t('meetings.detail.agendaHeading')}
        </h2>
        <AgendaList agenda={meeting.agenda} />
      </section>
      <MinutesSection meeting={meeting} />
      {meeting.viewerCanEdit && meeting.status !== 'CANCELLED' && meeting.agenda.length > 0 ? <MinutesEditor meeting={meeting} /> : null}
      <MyInvitationAnswer meetingId={meeting.id} />
      <RegistrationSection meeting={meeting} />
      {meeting.viewerCanEdit ? <ParticipantsSection meetingId={meeting.id} cancelled={meeting.status === 'CANCELLED'} /> : null}
      {meeting.viewerCanEdit ? <OrganiserInvitations meetingId={meeting.id} cancelled={meeting.status === 'CANCELLED'} /> : null}
    </>
  );
}

/** `/veranstaltungen/:id`: a meeting with its agenda, the online link for those holding a seat, and registration. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const title = meeting.data?.title ?? t('meetings.detail.titleFallback');
  useDocumentTitle(title);
  return (
    <div className="page meetings meeting-detail">
      <Link to={MEETINGS_PATH} className="back-link">
        <ArrowLeftIcon />
        {t('meetings.detail.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <MeetingQueryStates query={meeting} loadingLabel={t('meetings.detail.loading')} errorTitle={t('meetings.detail.error')}>
        {(data) => <MeetingContent meeting={data} />}
      </MeetingQueryStates>
    </div>
  );
}
