import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, SubmitActions } from '../../../components/form/fields';
import type { MeetingInvitationAnswer, MyMeetingInvitationFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import { useAnswerInvitation, useDeputyCandidates } from '../hooks/use-invitations';

type Choice = Exclude<MeetingInvitationAnswer, 'OPEN'>;
const CHOICES: readonly Choice[] = ['YES', 'NO', 'DEPUTY'];

/** Yes, no, or a deputy from the invited organisation; the answer can be changed until the meeting ends. */
export function InvitationAnswerForm({ invitation, announcer }: { invitation: MyMeetingInvitationFieldsFragment; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState<Choice | ''>(invitation.answer === 'OPEN' ? '' : invitation.answer);
  const [deputy, setDeputy] = useState('');
  const [issues, setIssues] = useState<{ answer?: string; deputy?: string }>({});
  const candidates = useDeputyCandidates({ enabled: answer === 'DEPUTY' });
  const members = candidates.data?.get(invitation.organisation.id) ?? [];
  const save = useAnswerInvitation();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(answer ? {} : { answer: t('meetingInvitations.answerMissing') }),
      ...(answer === 'DEPUTY' && !deputy ? { deputy: t('meetingInvitations.deputyMissing') } : {}),
    };
    setIssues(found);
    if (!answer || found.deputy) {
      announcer.announce(found.answer ?? found.deputy ?? '', { error: true, focus: true });
      return;
    }
    save.mutate(
      { invitationId: invitation.id, answer, ...(answer === 'DEPUTY' ? { deputyUserId: deputy } : {}) },
      {
        onSuccess: () => announcer.announce(t('meetingInvitations.saved', { title: invitation.meeting.title })),
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );
  };

  return (
    <form className="form invitation-answer" noValidate onSubmit={onSubmit}>
      <SelectField
        id={`${id}-answer`}
        label={t('meetingInvitations.answer')}
        required
        issues={issues.answer ? [{ message: issues.answer }] : []}
        value={answer}
        onChange={(event) => setAnswer(event.target.value as Choice | '')}
      >
        <option value="">{t('meetingInvitations.choose')}</option>
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`meetingInvitations.choice.${choice}`)}
          </option>
        ))}
      </SelectField>
      {answer === 'DEPUTY' ? (
        <SelectField
          id={`${id}-deputy`}
          label={t('meetingInvitations.deputy')}
          hint={candidates.isSuccess && members.length === 0 ? t('meetingInvitations.noDeputies') : undefined}
          required
          issues={issues.deputy ? [{ message: issues.deputy }] : []}
          value={deputy}
          onChange={(event) => setDeputy(event.target.value)}
        >
          <option value="">{candidates.isPending ? t('meetingInvitations.deputiesLoading') : t('meetingInvitations.choose')}</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SubmitActions pending={save.isPending} label={t('meetingInvitations.submit')} pendingLabel={t('meetingInvitations.submitting')} />
    </form>
  );
}
