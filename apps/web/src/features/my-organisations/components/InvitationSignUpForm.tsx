import { PERSON_NAME_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { ErrorSummary, LanguageOptions, SelectField, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { PasswordRules } from '../../account';
import { passwordServerIssues, validateNewPassword } from '../../account';
import { invalidFields, type FieldIssues } from '../../../lib/form/validation';
import { useSignUpWithInvitation } from '../hooks/use-sign-up-with-invitation';
import { ErrorCodes } from '../../../lib/error-codes';

type Field = 'name' | 'password';
const FIELDS: readonly Field[] = ['name', 'password'];

interface Props {
  token: string;
  onCreated: (email: string) => void;
  invalidNotice: ReactNode;
}

/** Name, password and language of an invited person without an account. */
export function InvitationSignUpForm({ token, onCreated, invalidNotice }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const signUp = useSignUpWithInvitation();
  const issueText = useIssueText();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(language);
  const [issues, setIssues] = useState<FieldIssues<Field>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const fieldId = (field: Field) => `${id}-${field}`;
  const labels: Record<Field, string> = { name: t('account.fields.name'), password: t('account.fields.password') };

  if (hasErrorCode(failure, ErrorCodes.INVITATION_INVALID)) return <>{invalidNotice}</>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const found: FieldIssues<Field> = {};
    const trimmed = name.trim();
    if (trimmed === '') found.name = [{ code: 'nameRequired' }];
    else if ([...trimmed].length > PERSON_NAME_LENGTH.max) found.name = [{ code: 'nameInvalid' }];
    const passwordIssues = validateNewPassword(password);
    if (passwordIssues.length > 0) found.password = passwordIssues;
    const invalid = invalidFields(found, FIELDS);
    flushSync(() => {
      setIssues(found);
      setFailure(null);
    });
    if (invalid.length > 0) {
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return;
    }
    signUp.mutate(
      { token, name: trimmed, password, locale },
      {
        onSuccess: (data) => onCreated(data.signUpWithInvitation),
        onError: (error) => {
          const mapped = passwordServerIssues(error);
          if (mapped) {
            flushSync(() => setIssues({ password: mapped }));
            summaryRef.current?.focus();
          } else {
            flushSync(() => setFailure(error));
            alertRef.current?.focus();
          }
        },
      },
    );
  };

  const summaryItems = invalidFields(issues, FIELDS).flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: labels[field], text: issueText(issue) })),
  );

  return (
    <>
      {failure !== null ? <FormAlert alertRef={alertRef} title={t('invitation.signUpFailed')} message={errorMessage(failure, t)} /> : null}
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} />
        <TextField
          id={fieldId('name')}
          label={labels.name}
          name="name"
          autoComplete="name"
          value={name}
          issues={issues.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id={fieldId('password')}
          label={labels.password}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules />}
          value={password}
          issues={issues.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <SelectField
          id={`${id}-locale`}
          label={t('account.fields.locale')}
          name="locale"
          hint={t('account.signUp.localeHint')}
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'de')}
        >
          <LanguageOptions />
        </SelectField>
        <SubmitActions pending={signUp.isPending} label={t('invitation.create')} pendingLabel={t('invitation.creating')} />
      </form>
    </>
  );
}
