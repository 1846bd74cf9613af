import { PERSON_NAME_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Locale, MeQuery } from '../../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useUpdateMyProfile } from '../hooks/use-update-my-profile';
import { type FieldIssue } from '../../../lib/form/validation';
import { ErrorSummary, LanguageOptions, SelectField, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { ErrorCodes } from '../../../lib/error-codes';

type Me = NonNullable<MeQuery['me']>;

/** Name and language; saving a new language also switches the interface. */
export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateMyProfile();
  const issueText = useIssueText();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [nameIssues, setNameIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const nameId = `${id}-name`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const trimmed = name.trim();
    const found: FieldIssue[] =
      trimmed === '' ? [{ code: 'nameRequired' }] : [...trimmed].length > PERSON_NAME_LENGTH.max ? [{ code: 'nameInvalid' }] : [];
    flushSync(() => {
      setNameIssues(found);
      setFailure(null);
      setSaved(false);
    });
    if (found.length > 0) {
      document.getElementById(nameId)?.focus();
      return;
    }
    update.mutate(
      { name: trimmed, locale },
      {
        onSuccess: () => {
          flushSync(() => setSaved(true));
          statusRef.current?.focus();
        },
        onError: (error) => {
          if (hasErrorCode(error, ErrorCodes.BAD_USER_INPUT)) {
            flushSync(() => setNameIssues([{ message: error.message }]));
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
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('account.myAccount.profileHeading')}</h2>
      <p ref={statusRef} className="form-notice" role="status" tabIndex={-1} hidden={!saved}>
        {saved ? t('account.myAccount.profileSaved') : null}
      </p>
      {failure !== null ? <FormAlert alertRef={alertRef} title={t('account.myAccount.profileFailed')} message={errorMessage(failure, t)} /> : null}
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary
          id={`${id}-summary`}
          summaryRef={summaryRef}
          items={nameIssues.map((issue) => ({ fieldId: nameId, label: t('account.fields.name'), text: issueText(issue) }))}
        />
        <TextField
          id={nameId}
          label={t('account.fields.name')}
          name="name"
          autoComplete="name"
          value={name}
          issues={nameIssues}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField id={`${id}-email`} label={t('account.fields.email')} name="email" type="email" value={me.email} readOnly />
        <SelectField
          id={`${id}-locale`}
          label={t('account.fields.locale')}
          name="locale"
          hint={t('account.myAccount.localeHint')}
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'de')}
        >
          <LanguageOptions />
        </SelectField>
        <SubmitActions pending={update.isPending} label={t('account.myAccount.saveProfile')} pendingLabel={t('account.myAccount.savingProfile')} />
      </form>
    </section>
  );
}
