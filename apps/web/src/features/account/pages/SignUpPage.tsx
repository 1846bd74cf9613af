import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { AlertIcon } from '../../../components/icons';
import { ErrorState } from '../../../components/StatusViews';
import type { Locale } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLanguage } from '../../../lib/use-language';
import { ErrorSummary, LanguageOptions, SelectField, SubmitActions, TextField, useIssueText } from '../../../components/form/fields';
import { useMunicipalitiesByRegion } from '../hooks/use-municipalities-by-region';
import { PasswordRules } from '../components/PasswordRules';
import { useSignUp } from '../hooks/use-sign-up';
import { SIGN_IN_PATH } from '../../../lib/site-paths';
import { invalidFields, type FieldIssues } from '../../../lib/form/validation';
import {
  normaliseWebsite,
  SELF_SERVICE_KINDS,
  SIGN_UP_FIELDS,
  signUpServerErrors,
  validateSignUp,
  type SelfServiceKind,
  type SignUpField,
  type SignUpValues,
} from '../validation';

function pickKind(value: string): SelfServiceKind | '' {
  return SELF_SERVICE_KINDS.find((kind) => kind === value) ?? '';
}

function pickLocale(value: string): Locale {
  return value === 'en' ? 'en' : 'de';
}

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signUp.title'));
  const language = useLanguage();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);

  return (
    <div className="page page--narrow account-page">
      <PageHeading>{t('account.signUp.title')}</PageHeading>
      {sentTo === null ? (
        <>
          <p className="lead">{t('account.signUp.intro')}</p>
          <SignUpForm
            defaultLocale={language}
            onSignedUp={(email) => {
              flushSync(() => setSentTo(email));
              successRef.current?.focus();
            }}
          />
          <p className="account-page__switch">
            {t('account.signUp.haveAccount')} <Link to={SIGN_IN_PATH}>{t('account.signUp.toSignIn')}</Link>
          </p>
        </>
      ) : (
        <div ref={successRef} className="form-success" role="status" tabIndex={-1}>
          <h2 className="form-success__title">{t('account.signUp.successTitle')}</h2>
          <p>{t('account.signUp.successText', { email: sentTo })}</p>
          <p className="muted">{t('account.signUp.successHint')}</p>
          <p>
            <Link to={SIGN_IN_PATH} className="button button--secondary">
              {t('account.signUp.toSignIn')}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}

function SignUpForm({ defaultLocale, onSignedUp }: { defaultLocale: Locale; onSignedUp: (email: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const signUp = useSignUp();
  const municipalities = useMunicipalitiesByRegion();
  const issueText = useIssueText();

  const [values, setValues] = useState<SignUpValues>({
    name: '',
    email: '',
    password: '',
    locale: defaultLocale,
    organisationName: '',
    kind: '',
    municipalityId: '',
    website: '',
  });
  const [issues, setIssues] = useState<FieldIssues<SignUpField>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof SignUpValues>(key: K, value: SignUpValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const fieldId = (field: SignUpField) => `${id}-${field}`;
  const labels: Record<SignUpField, string> = {
    name: t('account.fields.name'),
    email: t('account.fields.email'),
    password: t('account.fields.password'),
    locale: t('account.fields.locale'),
    organisationName: t('account.fields.organisationName'),
    kind: t('account.fields.kind'),
    municipalityId: t('account.fields.municipality'),
    website: t('account.fields.website'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const found = validateSignUp(values);
    const invalid = invalidFields(found, SIGN_UP_FIELDS);
    flushSync(() => {
      setIssues(found);
      setMessages([]);
      setFailure(null);
    });
    if (invalid.length > 0) {
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return;
    }
    const website = normaliseWebsite(values.website);
    signUp.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        locale: values.locale,
        organisation: {
          name: values.organisationName.trim(),
          kind: values.kind as SelfServiceKind,
          municipalityId: values.municipalityId,
          ...(website ? { website } : {}),
        },
      },
      {
        onSuccess: (data) => onSignedUp(data.signUp.email),
        onError: (error) => {
          const mapped = signUpServerErrors(error);
          if (mapped) {
            flushSync(() => {
              setIssues(mapped.issues);
              setMessages(mapped.unmatched);
            });
            summaryRef.current?.focus();
          } else {
            flushSync(() => setFailure(error));
            alertRef.current?.focus();
          }
        },
      },
    );
  };

  const summaryItems = invalidFields(issues, SIGN_UP_FIELDS).flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: labels[field], text: issueText(issue) })),
  );

  return (
    <>
      {failure !== null ? (
        <div ref={alertRef} className="form-alert" role="alert" tabIndex={-1}>
          <AlertIcon className="form-alert__icon" />
          <div>
            <p className="form-alert__title">{t('account.signUp.failedTitle')}</p>
            <p className="form-alert__message">{errorMessage(failure, t)}</p>
          </div>
        </div>
      ) : null}

      <form className="account-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id={`${id}-summary`} items={summaryItems} messages={messages} summaryRef={summaryRef} />

        <fieldset className="account-form__group">
          <legend>{t('account.signUp.personHeading')}</legend>
          <TextField
            id={fieldId('name')}
            label={labels.name}
            name="name"
            autoComplete="name"
            value={values.name}
            issues={issues.name}
            onChange={(event) => set('name', event.target.value)}
          />
          <TextField
            id={fieldId('email')}
            label={labels.email}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            hint={t('account.signUp.emailHint')}
            value={values.email}
            issues={issues.email}
            onChange={(event) => set('email', event.target.value)}
          />
          <TextField
            id={fieldId('password')}
            label={labels.password}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={<PasswordRules />}
            value={values.password}
            issues={issues.password}
            onChange={(event) => set('password', event.target.value)}
          />
          <SelectField
            id={fieldId('locale')}
            label={labels.locale}
            name="locale"
            hint={t('account.signUp.localeHint')}
            value={values.locale}
            issues={issues.locale}
            onChange={(event) => set('locale', pickLocale(event.target.value))}
          >
            <LanguageOptions />
          </SelectField>
        </fieldset>

        <fieldset className="account-form__group">
          <legend>{t('account.signUp.organisationHeading')}</legend>
          <TextField
            id={fieldId('organisationName')}
            label={labels.organisationName}
            name="organisation"
            autoComplete="organization"
            value={values.organisationName}
            issues={issues.organisationName}
            onChange={(event) => set('organisationName', event.target.value)}
          />
          <SelectField
            id={fieldId('kind')}
            label={labels.kind}
            name="kind"
            hint={t('account.signUp.kindHint')}
            value={values.kind}
            issues={issues.kind}
            onChange={(event) => set('kind', pickKind(event.target.value))}
          >
            <option value="">{t('account.fields.choose')}</option>
            {SELF_SERVICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.organisationKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldId('municipalityId')}
            label={labels.municipalityId}
            name="municipality"
            hint={t('account.signUp.municipalityHint')}
            value={values.municipalityId}
            issues={issues.municipalityId}
            disabled={!municipalities.isSuccess}
            aria-busy={municipalities.isPending || undefined}
            onChange={(event) => set('municipalityId', event.target.value)}
          >
            <option value="">{municipalities.isPending ? t('account.signUp.municipalitiesLoading') : t('account.fields.choose')}</option>
            {municipalities.data?.map((region) => (
              <optgroup key={region.key} label={region.name}>
                {region.municipalities.map((municipality) => (
                  <option key={municipality.id} value={municipality.id}>
                    {municipality.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          {municipalities.isError ? (
            <ErrorState
              title={t('account.signUp.municipalitiesError')}
              error={municipalities.error}
              onRetry={() => void municipalities.refetch()}
              retrying={municipalities.isFetching}
            />
          ) : null}
          <TextField
            id={fieldId('website')}
            label={labels.website}
            optional
            name="website"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            autoCapitalize="none"
            hint={t('account.signUp.websiteHint')}
            value={values.website}
            issues={issues.website}
            onChange={(event) => set('website', event.target.value)}
          />
        </fieldset>

        <SubmitActions pending={signUp.isPending} label={t('account.signUp.submit')} pendingLabel={t('account.signUp.submitting')} />
      </form>
    </>
  );
}
