import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyMeetingInvitationFieldsFragment } from '../../../gql/graphql';
import type { Announcer } from '../../../lib/use-announcer';
import { useLanguage } from '../../../lib/use-language';
import { meetingPath } from '../paths';
import { meetingWhen } from '../time-format';
import { InvitationAnswerForm } from './InvitationAnswerForm';

/** The answer so far, in words: open, yes or no (by whom), or who goes as deputy. */
export function useAnswerText() {
  const { t } = useTranslation();
  return (invitation: Pick<MyMeetingInvitationFieldsFragment, 'answer' | 'answeredByName' | 'deputyName'>) => {
    if (invitation.answer === 'OPEN') return t('meetingInvitations.status.OPEN');
    if (invitation.answer === 'DEPUTY') return t('meetingInvitations.status.DEPUTY', { name: invitation.deputyName ?? '–' });
    return t(`meetingInvitations.status.${invitation.answer}`, { name: invitation.answeredByName ?? '–' });
  };
}

/** One invitation: the meeting (unless shown around it already), whom it invites, the answer so far and the form to answer. */
export function InvitationCard({
  invitation,
  announcer,
  headingLevel = 3,
  showMeeting = true,
}: {
  invitation: MyMeetingInvitationFieldsFragment;
  announcer: Announcer;
  headingLevel?: 2 | 3;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const answerText = useAnswerText();
  const { meeting } = invitation;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const invitee = invitation.officeTitle
    ? t('meetingInvitations.office', { office: invitation.officeTitle, organisation: invitation.organisation.name })
    : invitation.organisation.name;
  return (
    <article className="card invitation-card">
      {showMeeting ? (
        <>
          <p className="meeting-card__kind">{t(`meetings.kind.${meeting.kind}`)}</p>
          <Heading className="card__title">
            <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
          </Heading>
          <p>{meetingWhen(meeting.startsAt, meeting.endsAt, language)}</p>
        </>
      ) : null}
      <p>{t('meetingInvitations.invitee', { invitee })}</p>
      <p>
        <strong>{answerText(invitation)}</strong>
      </p>
      {meeting.status === 'CANCELLED' ? <p>{t('meetings.cancelled')}</p> : <InvitationAnswerForm invitation={invitation} announcer={announcer} />}
    </article>
  );
}
