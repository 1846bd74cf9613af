import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Locale, MembershipRole } from '../../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { ErrorSummary, LanguageOptions, SelectField, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { looksLikeEmail, type FieldIssue } from '../../../lib/form/validation';
import { useInviteMember } from '../hooks/use-invite-member';
import { ErrorCodes } from '../../../lib/error-codes';

const ROLES: readonly MembershipRole[] = ['MEMBER', 'OWNER'];

/** Owners invite a person by e-mail, as member or owner, with the language of the mail. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const invite = useInviteMember();
  const issueText = useIssueText();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [locale, setLocale] = useState<Locale>(language);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const emailId = `${id}-email`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    const trimmed = email.trim();
    const found: FieldIssue[] = trimmed === '' ? [{ code: 'emailRequired' }] : looksLikeEmail(trimmed) ? [] : [{ code: 'emailInvalid' }];
    flushSync(() => {
      setIssues(found);
      setFailure(null);
      setSentTo(null);
    });
    if (found.length > 0) {
      document.getElementById(emailId)?.focus();
      return;
    }
    invite.mutate(
      { organisationId, email: trimmed, role, locale },
      {
        onSuccess: () => {
          flushSync(() => {
            setSentTo(trimmed);
            setEmail('');
          });
          statusRef.current?.focus();
        },
        onError: (error) => {
          if (hasErrorCode(error, ErrorCodes.BAD_USER_INPUT)) {
            flushSync(() => setIssues([{ code: 'emailInvalid' }]));
            summaryRef.current?.focus();
            return;
          }
          flushSync(() => setFailure(error));
          alertRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <p ref={statusRef} className="form-notice" role="status" tabIndex={-1} hidden={sentTo === null}>
        {sentTo === null ? null : t('myOrganisations.invited', { email: sentTo })}
      </p>
      {failure !== null ? <FormAlert alertRef={alertRef} title={t('myOrganisations.inviteFailed')} message={errorMessage(failure, t)} /> : null}
      <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-legend`}>
        <p id={`${id}-legend`} className="account-form__title">
          {t('myOrganisations.inviteHeading')}
        </p>
        <ErrorSummary
          id={`${id}-summary`}
          summaryRef={summaryRef}
          items={issues.map((issue) => ({ fieldId: emailId, label: t('account.fields.email'), text: issueText(issue) }))}
        />
        <TextField
          id={emailId}
          label={t('account.fields.email')}
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          issues={issues}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          id={`${id}-role`}
          label={t('myOrganisations.roleLabel')}
          name="role"
          hint={t('myOrganisations.roleHint')}
          value={role}
          onChange={(event) => setRole(event.target.value === 'OWNER' ? 'OWNER' : 'MEMBER')}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`myOrganisations.roles.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-locale`}
          label={t('myOrganisations.mailLanguage')}
          name="locale"
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'de')}
        >
          <LanguageOptions />
        </SelectField>
        <SubmitActions pending={invite.isPending} label={t('myOrganisations.invite')} pendingLabel={t('myOrganisations.inviting')} />
      </form>
    </>
  );
}
