import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import { ErrorSummary, SelectField, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { useTopicFields } from '../../topic-fields';
import {
  FORMAT_FIELDS,
  FORMAT_LIMITS,
  formatServerIssues,
  ISSUE_VALUES,
  toCreateFormatInput,
  toFormatInput,
  validateFormat,
  type FormatField,
  type FormatFormValues,
  type FormatIssueCode,
  type FormatKind,
} from '../format-form';
import type { AdvisorOrganisation } from '../hooks/use-advisor-organisations';
import { useCreateFormat, useUpdateFormat } from '../hooks/use-formats';
import { useFormErrors } from '../../../components/form/use-form-errors';
import type { NoticeState } from '../notice';
import { ADVISOR_PATHS } from '../paths';
import { RadioGroupField } from '../../../components/form/RadioGroupField';

interface Props {
  initial: FormatFormValues;
  /** Create: the organisations to choose from. */
  organisations?: readonly AdvisorOrganisation[];
  /** Edit: the format and its organisation's name (the organisation cannot change). */
  edit?: { id: string; organisationName: string };
}

type NumberField =
  | 'durationMinutes'
  | 'capacity'
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'minimumNoticeHours'
  | 'bookingHorizonDays'
  | 'cancellationDeadlineHours';

const KINDS: readonly FormatKind[] = ['ONE_TO_ONE', 'GROUP'];
const MODES = ['ONSITE', 'REMOTE'] as const;

/** A consultation format: who offers it, what, how long, where, and its booking rules. */
export function FormatForm({ initial, organisations = [], edit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const topicFields = useTopicFields();
  const create = useCreateFormat();
  const update = useUpdateFormat();
  const pending = create.isPending || update.isPending;
  const [values, setValues] = useState(initial);
  const fieldId = (field: FormatField) => `${id}-${field}`;
  const label = (field: FormatField) => t(`workbenchAdvisor.form.fields.${field}`);
  const errors = useFormErrors({
    fields: FORMAT_FIELDS,
    fieldId,
    label,
    text: (issue) =>
      t(`workbenchAdvisor.validation.${issue.code as FormatIssueCode}`, { ...ISSUE_VALUES[issue.code as FormatIssueCode], ...issue.values }),
  });
  const set = <K extends keyof FormatFormValues>(key: K, value: FormatFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const chosen = organisations.find((organisation) => organisation.id === values.organisationId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending || !errors.check(validateFormat(values, { creating: !edit }))) return;
    const callbacks = {
      onSuccess: (saved: { title: string }) => {
        const state: NoticeState = { notice: t(edit ? 'workbenchAdvisor.form.saved' : 'workbenchAdvisor.form.created', { title: saved.title }) };
        void navigate(ADVISOR_PATHS.formats, { state });
      },
      onError: (error: unknown) => errors.onServerError(error, formatServerIssues(error, values.mode)),
    };
    if (edit) update.mutate({ id: edit.id, input: toFormatInput(values) }, callbacks);
    else create.mutate(toCreateFormatInput(values), callbacks);
  };

  const numberField = (field: NumberField, hint: string, { min, max, step }: { min: number; max: number; step?: number }) => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      hint={hint}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={step}
      value={values[field]}
      issues={errors.of(field)}
      onChange={(event) => set(field, event.target.value)}
    />
  );

  const L = FORMAT_LIMITS;
  return (
    <>
      {errors.failure !== null ? (
        <FormAlert alertRef={errors.alertRef} title={t('workbenchAdvisor.form.failed')} message={errorMessage(errors.failure, t)} />
      ) : null}
      <form
        className="account-form advisor-form"
        noValidate
        onSubmit={submit}
        aria-label={t(edit ? 'workbenchAdvisor.form.editTitle' : 'workbenchAdvisor.form.newTitle')}
      >
        <ErrorSummary id={`${id}-summary`} items={errors.summaryItems()} messages={errors.messages} summaryRef={errors.summaryRef} />
        <fieldset className="account-form__group">
          <legend>{t('workbenchAdvisor.form.who')}</legend>
          {edit ? (
            <p>
              <span className="label">{label('organisationId')}:</span> {edit.organisationName}
            </p>
          ) : (
            <>
              <SelectField
                id={fieldId('organisationId')}
                label={label('organisationId')}
                hint={t('workbenchAdvisor.form.hints.organisationId')}
                value={values.organisationId}
                issues={errors.of('organisationId')}
                onChange={(event) => set('organisationId', event.target.value)}
              >
                <option value="">{t('workbenchAdvisor.form.choose')}</option>
                {organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.verified ? organisation.name : t('workbenchAdvisor.form.unverifiedOption', { name: organisation.name })}
                  </option>
                ))}
              </SelectField>
              {chosen && !chosen.verified ? <p className="notice">{t('workbenchAdvisor.form.unverified', { name: chosen.name })}</p> : null}
            </>
          )}
        </fieldset>

        <fieldset className="account-form__group">
          <legend>{t('workbenchAdvisor.form.what')}</legend>
          <TextField
            id={fieldId('title')}
            label={label('title')}
            hint={t('workbenchAdvisor.form.hints.title', { min: L.titleMin, max: L.titleMax })}
            maxLength={L.titleMax}
            value={values.title}
            issues={errors.of('title')}
            onChange={(event) => set('title', event.target.value)}
          />
          <TextAreaField
            id={fieldId('description')}
            label={label('description')}
            optional
            hint={t('workbenchAdvisor.form.hints.description', { max: L.descriptionMax })}
            rows={6}
            maxLength={L.descriptionMax}
            value={values.description}
            issues={errors.of('description')}
            onChange={(event) => set('description', event.target.value)}
          />
          <SelectField
            id={fieldId('topicField')}
            label={label('topicField')}
            value={values.topicField}
            issues={errors.of('topicField')}
            aria-busy={topicFields.isPending || undefined}
            onChange={(event) => set('topicField', topicFields.data?.find((field) => field.key === event.target.value)?.key ?? '')}
          >
            <option value="">{topicFields.isPending ? t('workbenchAdvisor.form.loadingOptions') : t('workbenchAdvisor.form.choose')}</option>
            {(topicFields.data ?? []).map((field) => (
              <option key={field.key} value={field.key}>
                {field.title}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="account-form__group">
          <legend>{t('workbenchAdvisor.form.how')}</legend>
          {numberField(
            'durationMinutes',
            t('workbenchAdvisor.form.hints.durationMinutes', { min: L.durationMin, max: L.durationMax, step: L.durationStep }),
            {
              min: L.durationMin,
              max: L.durationMax,
              step: L.durationStep,
            },
          )}
          <RadioGroupField
            id={fieldId('kind')}
            legend={label('kind')}
            options={KINDS.map((kind) => ({ value: kind, label: t(`workbenchAdvisor.form.kinds.${kind}`) }))}
            value={values.kind}
            issues={errors.of('kind')}
            onChange={(kind) => set('kind', kind)}
          />
          {values.kind === 'GROUP'
            ? numberField('capacity', t('workbenchAdvisor.form.hints.capacity', { min: 2, max: L.capacityMax }), { min: 2, max: L.capacityMax })
            : null}
          <RadioGroupField
            id={fieldId('mode')}
            legend={label('mode')}
            options={MODES.map((mode) => ({ value: mode, label: t(`workbenchAdvisor.form.modes.${mode}`) }))}
            value={values.mode}
            issues={errors.of('mode')}
            onChange={(mode) => set('mode', mode)}
          />
          {values.mode === 'ONSITE' ? (
            <TextField
              id={fieldId('location')}
              label={label('location')}
              hint={t('workbenchAdvisor.form.hints.location', { min: L.locationMin, max: L.locationMax })}
              maxLength={L.locationMax}
              autoComplete="street-address"
              value={values.location}
              issues={errors.of('location')}
              onChange={(event) => set('location', event.target.value)}
            />
          ) : (
            <TextField
              id={fieldId('meetingLink')}
              label={label('meetingLink')}
              hint={t('workbenchAdvisor.form.hints.meetingLink')}
              type="url"
              inputMode="url"
              maxLength={L.meetingLinkMax}
              placeholder="https://"
              value={values.meetingLink}
              issues={errors.of('meetingLink')}
              onChange={(event) => set('meetingLink', event.target.value)}
            />
          )}
        </fieldset>

        <fieldset className="account-form__group">
          <legend>{t('workbenchAdvisor.form.rules')}</legend>
          <div className="advisor-form__pair">
            {numberField('bufferBeforeMinutes', t('workbenchAdvisor.form.hints.buffer', { max: L.bufferMax }), { min: 0, max: L.bufferMax })}
            {numberField('bufferAfterMinutes', t('workbenchAdvisor.form.hints.buffer', { max: L.bufferMax }), { min: 0, max: L.bufferMax })}
          </div>
          {numberField('minimumNoticeHours', t('workbenchAdvisor.form.hints.minimumNoticeHours', { max: L.noticeMax }), { min: 0, max: L.noticeMax })}
          {numberField('bookingHorizonDays', t('workbenchAdvisor.form.hints.bookingHorizonDays', { min: L.horizonMin, max: L.horizonMax }), {
            min: L.horizonMin,
            max: L.horizonMax,
          })}
          {numberField('cancellationDeadlineHours', t('workbenchAdvisor.form.hints.cancellationDeadlineHours', { max: L.deadlineMax }), {
            min: 0,
            max: L.deadlineMax,
          })}
        </fieldset>

        <SubmitActions
          pending={pending}
          label={t(edit ? 'workbenchAdvisor.form.save' : 'workbenchAdvisor.form.create')}
          pendingLabel={t('workbenchAdvisor.form.saving')}
        >
          <Link to={ADVISOR_PATHS.formats} className="button button--secondary">
            {t('workbenchAdvisor.cancel')}
          </Link>
        </SubmitActions>
      </form>
    </>
  );
}
