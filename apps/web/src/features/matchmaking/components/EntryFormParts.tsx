import { DESCRIPTION_MAX_LENGTH, TITLE_LENGTH } from '@wiw/domain';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { ErrorSummary, SelectField, SubmitActions, TextAreaField, TextField, type SummaryItem } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { type FieldIssue } from '../../../lib/form/validation';
import { useMunicipalitiesByRegion } from '../../account';
import { type ChosenSkill, type CommonValues } from '../entry-form';
import type { EntrySide } from '../paths';
import { MunicipalityOptions } from './MunicipalityOptions';
import { SkillPicker } from './SkillPicker';

interface ShellProps {
  /** From `useEntryForm`. */
  form: {
    id: string;
    errors: {
      summaryRef: RefObject<HTMLDivElement | null>;
      alertRef: RefObject<HTMLDivElement | null>;
      messages: string[];
      failure: unknown;
      summaryItems: () => SummaryItem[];
    };
    submit: () => void;
  };
  editing: boolean;
  /** What saving does (a draft; publishing needs a verified organisation). */
  intro: string;
  /** The chosen organisation, when the joint office has not verified it yet. */
  unverifiedName?: string | null;
  pending: boolean;
  cancelTo: string;
  children: ReactNode;
}

/** The frame of the need and offer forms: failure alert, error summary, what saving does, actions. */
export function EntryFormShell({ form, editing, intro, unverifiedName, pending, cancelTo, children }: ShellProps) {
  const { t } = useTranslation();
  const { id, errors } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) form.submit();
  };
  return (
    <>
      {errors.failure !== null ? (
        <FormAlert alertRef={errors.alertRef} title={t('matchmaking.form.failed')} message={errorMessage(errors.failure, t)} />
      ) : null}
      <form className="account-form entry-form" noValidate onSubmit={submit}>
        <ErrorSummary id={`${id}-summary`} items={errors.summaryItems()} messages={errors.messages} summaryRef={errors.summaryRef} />
        <div className="notice">
          <p>{intro}</p>
          {unverifiedName ? <p>{t('matchmaking.form.unverified', { name: unverifiedName })}</p> : null}
        </div>
        {children}
        <SubmitActions
          pending={pending}
          label={t(editing ? 'matchmaking.form.saveChanges' : 'matchmaking.form.saveDraft')}
          pendingLabel={t('matchmaking.form.saving')}
        >
          <Link to={cancelTo} className="button button--secondary">
            {t('matchmaking.form.cancel')}
          </Link>
        </SubmitActions>
      </form>
    </>
  );
}

type CommonField = 'title' | 'description' | 'municipalityId' | 'skills';

/** The part of `useEntryForm` the fields both sides have need. */
interface CommonForm {
  values: CommonValues;
  set: {
    (key: 'title' | 'description' | 'municipalityId', value: string): void;
    (key: 'skills', value: ChosenSkill[]): void;
  };
  fieldId: (field: CommonField) => string;
  label: (field: CommonField) => string;
  errors: { of: (field: CommonField) => FieldIssue[] };
}

interface FieldsetsProps {
  form: CommonForm;
  side: EntrySide;
  /** "Wer sucht?" / "Wer bietet an?": the organisation (or person). */
  who: ReactNode;
  /** After title and description. */
  what?: ReactNode;
  /** After the municipality. */
  where: ReactNode;
  placeHint: string;
}

/** The four groups of a need or offer form; title, description, skills and place are the same for both. */
export function EntryFieldsets({ form, side, who, what, where, placeHint }: FieldsetsProps) {
  const { t } = useTranslation();
  const { values, set, fieldId, label, errors } = form;
  return (
    <>
      <fieldset className="account-form__group">
        <legend>{t(side === 'need' ? 'matchmaking.form.needWho' : 'matchmaking.form.offerWho')}</legend>
        {who}
      </fieldset>
      <fieldset className="account-form__group">
        <legend>{t(side === 'need' ? 'matchmaking.form.needWhat' : 'matchmaking.form.offerWhat')}</legend>
        <TextField
          id={fieldId('title')}
          label={label('title')}
          hint={t('matchmaking.form.titleHint', { min: TITLE_LENGTH.min, max: TITLE_LENGTH.max })}
          maxLength={TITLE_LENGTH.max}
          value={values.title}
          issues={errors.of('title')}
          onChange={(event) => set('title', event.target.value)}
        />
        <TextAreaField
          id={fieldId('description')}
          label={label('description')}
          hint={t('matchmaking.form.descriptionHint', { max: DESCRIPTION_MAX_LENGTH })}
          rows={8}
          maxLength={DESCRIPTION_MAX_LENGTH}
          value={values.description}
          issues={errors.of('description')}
          onChange={(event) => set('description', event.target.value)}
        />
        {what}
      </fieldset>
      <fieldset className="account-form__group">
        <legend>{label('skills')}</legend>
        <SkillPicker
          id={fieldId('skills')}
          side={side}
          value={values.skills}
          issues={errors.of('skills')}
          onChange={(skills) => set('skills', skills)}
        />
      </fieldset>
      <fieldset className="account-form__group">
        <legend>{t('matchmaking.form.whereWhen')}</legend>
        <MunicipalityField
          id={fieldId('municipalityId')}
          label={label('municipalityId')}
          hint={placeHint}
          value={values.municipalityId}
          issues={errors.of('municipalityId')}
          onChange={(value) => set('municipalityId', value)}
        />
        {where}
      </fieldset>
    </>
  );
}

interface MunicipalityProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  issues: FieldIssue[];
  onChange: (value: string) => void;
}

/** The municipality of an entry, grouped by region. */
function MunicipalityField({ id, label, hint, value, issues, onChange }: MunicipalityProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalitiesByRegion();
  return (
    <>
      <SelectField
        id={id}
        label={label}
        hint={hint}
        value={value}
        issues={issues}
        disabled={!municipalities.isSuccess}
        aria-busy={municipalities.isPending || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{municipalities.isPending ? t('matchmaking.filters.placesLoading') : t('matchmaking.form.choose')}</option>
        <MunicipalityOptions regions={municipalities.data} />
      </SelectField>
      {municipalities.isError ? (
        <ErrorState
          title={t('matchmaking.filters.placesError')}
          error={municipalities.error}
          onRetry={() => void municipalities.refetch()}
          retrying={municipalities.isFetching}
        />
      ) : null}
    </>
  );
}
