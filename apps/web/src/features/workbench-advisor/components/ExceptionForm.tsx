import { AVAILABILITY_NOTE_MAX_LENGTH, berlinDate } from '@wiw/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { CheckboxField, ErrorSummary, SubmitActions, TextField } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import {
  emptyExceptionValues,
  EXCEPTION_FIELDS,
  exceptionServerIssues,
  isAvailabilityProblem,
  needsTimes,
  toExceptionInput,
  validateException,
  type ExceptionField,
  type ExceptionFormValues,
  type ExceptionIssueCode,
} from '../availability-form';
import { berlinFormat } from '../berlin-format';
import { useAddException } from '../hooks/use-availability';
import { useFormErrors } from '../../../components/form/use-form-errors';
import { RadioGroupField } from '../../../components/form/RadioGroupField';

const KINDS = ['ABSENCE', 'EXTRA'] as const;

/** Adds an absence (whole day or part of it) or extra hours on one day, with an optional note. */
export function ExceptionForm({ onAdded }: { onAdded: (text: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const add = useAddException();
  const [values, setValues] = useState<ExceptionFormValues>(emptyExceptionValues);
  const fieldId = (field: ExceptionField) => `${id}-${field}`;
  const label = (field: ExceptionField) => t(`workbenchAdvisor.exceptions.fields.${field}`);
  const errors = useFormErrors({
    fields: EXCEPTION_FIELDS,
    fieldId,
    label,
    text: (issue) => t(`workbenchAdvisor.exceptionIssues.${issue.code as ExceptionIssueCode}`),
  });
  const set = <K extends keyof ExceptionFormValues>(key: K, value: ExceptionFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const today = berlinDate();
  const timed = needsTimes(values);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending || !errors.check(validateException(values, today))) return;
    add.mutate(toExceptionInput(values), {
      onSuccess: (exception) => {
        setValues(emptyExceptionValues());
        onAdded(t('workbenchAdvisor.exceptions.added', { date: berlinFormat(language).longDay(exception.date) }));
      },
      onError: (error) =>
        errors.onServerError(
          error,
          exceptionServerIssues(error, (problem) =>
            isAvailabilityProblem(problem) ? t(`workbenchAdvisor.availability.problems.${problem}`) : problem,
          ),
        ),
    });
  };

  return (
    <>
      {errors.failure !== null ? (
        <FormAlert alertRef={errors.alertRef} title={t('workbenchAdvisor.exceptions.addFailed')} message={errorMessage(errors.failure, t)} />
      ) : null}
      <form className="account-form advisor-exception-form" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
        <h4 id={`${id}-heading`} className="advisor-form__heading">
          {t('workbenchAdvisor.exceptions.addHeading')}
        </h4>
        <ErrorSummary id={`${id}-summary`} items={errors.summaryItems()} messages={errors.messages} summaryRef={errors.summaryRef} />
        <TextField
          id={fieldId('date')}
          label={label('date')}
          type="date"
          min={today}
          value={values.date}
          issues={errors.of('date')}
          onChange={(event) => set('date', event.target.value)}
        />
        <RadioGroupField
          id={fieldId('kind')}
          legend={label('kind')}
          options={KINDS.map((kind) => ({ value: kind, label: t(`workbenchAdvisor.exceptions.kinds.${kind}`) }))}
          value={values.kind}
          issues={errors.of('kind')}
          onChange={(kind) => set('kind', kind)}
        />
        {values.kind === 'ABSENCE' ? (
          <CheckboxField
            id={`${id}-wholeDay`}
            label={t('workbenchAdvisor.exceptions.fields.wholeDay')}
            checked={values.wholeDay}
            onChange={(wholeDay) => set('wholeDay', wholeDay)}
          />
        ) : null}
        {timed ? (
          <div className="advisor-form__pair">
            {(['start', 'end'] as const).map((field) => (
              <TextField
                key={field}
                id={fieldId(field)}
                label={label(field)}
                hint={t('workbenchAdvisor.exceptions.hints.time')}
                inputMode="numeric"
                autoComplete="off"
                placeholder="HH:MM"
                maxLength={5}
                value={values[field]}
                issues={errors.of(field)}
                onChange={(event) => set(field, event.target.value)}
              />
            ))}
          </div>
        ) : null}
        <TextField
          id={fieldId('note')}
          label={label('note')}
          optional
          hint={t('workbenchAdvisor.exceptions.hints.note', { max: AVAILABILITY_NOTE_MAX_LENGTH })}
          maxLength={AVAILABILITY_NOTE_MAX_LENGTH}
          value={values.note}
          issues={errors.of('note')}
          onChange={(event) => set('note', event.target.value)}
        />
        <SubmitActions pending={add.isPending} label={t('workbenchAdvisor.exceptions.add')} pendingLabel={t('workbenchAdvisor.exceptions.adding')} />
      </form>
    </>
  );
}
