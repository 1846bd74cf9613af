import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/form/fields';
import type { TopicFieldKey } from '../../../gql/graphql';
import { TOPIC_FIELD_KEYS } from '../../../lib/enums';
import type { FieldIssue } from '../../../lib/form/validation';
import { useMunicipalitiesByRegion } from '../../account';
import { OrganisationPicker } from '../../coordination';
import { useTopicFields } from '../../topic-fields';
import type { MeetingIssues, MeetingValues, OrganisationRef } from '../editor-form';
import { RepeatedHourChoice } from './RepeatedHourChoice';

/** The organiser: the joint office picks any organisation, others one of theirs; fixed once the meeting exists. */
export function MeetingOrganiserField({
  selectId,
  choice,
  value,
  issues,
  onChange,
}: {
  selectId: string;
  choice: { coordinator: boolean; own: readonly OrganisationRef[] } | null;
  value: OrganisationRef | null;
  issues: FieldIssue[] | undefined;
  onChange: (organiser: OrganisationRef | null) => void;
}) {
  const { t } = useTranslation();
  if (!choice) return <p>{t('meetingsOrganiser.form.organiserFixed', { name: value?.name ?? '' })}</p>;
  if (choice.coordinator) {
    return (
      <fieldset className="account-form__group">
        <legend>{t('meetingsOrganiser.form.organiser')}</legend>
        <OrganisationPicker selectId={selectId} value={value} onChange={onChange} issues={issues ?? []} />
      </fieldset>
    );
  }
  return (
    <SelectField
      id={selectId}
      label={t('meetingsOrganiser.form.organiser')}
      value={value?.id ?? ''}
      issues={issues}
      onChange={(event) => onChange(choice.own.find((o) => o.id === event.target.value) ?? null)}
    >
      {choice.own.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Topic fields as checkboxes. */
export function TopicFieldChoice({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: readonly TopicFieldKey[];
  onChange: (keys: TopicFieldKey[]) => void;
}) {
  const { t } = useTranslation();
  const titles = new Map((useTopicFields().data ?? []).map((field) => [field.key, field.title]));
  return (
    <fieldset className="account-form__group">
      <legend>{t('meetingsOrganiser.form.topicFields')}</legend>
      {TOPIC_FIELD_KEYS.map((key) => (
        <CheckboxField
          key={key}
          id={`${idPrefix}-topic-${key}`}
          label={titles.get(key) ?? key}
          checked={value.includes(key)}
          onChange={() =>
            onChange(value.includes(key) ? value.filter((k) => k !== key) : TOPIC_FIELD_KEYS.filter((k) => k === key || value.includes(k)))
          }
        />
      ))}
    </fieldset>
  );
}

/** Place and municipality of an in-person or hybrid meeting. */
export function MeetingPlaceFields({
  placeId,
  municipalityId,
  place,
  placeMaxLength,
  municipality,
  municipalityIssues,
  onMunicipality,
}: {
  placeId: string;
  municipalityId: string;
  place: { value: string; issues: FieldIssue[] | undefined; onChange: (event: { target: { value: string } }) => void };
  placeMaxLength: number;
  municipality: string;
  municipalityIssues: FieldIssue[] | undefined;
  onMunicipality: (id: string) => void;
}) {
  const { t } = useTranslation();
  const regions = useMunicipalitiesByRegion();
  return (
    <>
      <TextField id={placeId} label={t('meetingsOrganiser.form.place')} maxLength={placeMaxLength} {...place} />
      <SelectField
        id={municipalityId}
        label={t('meetingsOrganiser.form.municipality')}
        optional
        hint={regions.isPending ? t('meetingsOrganiser.form.municipalitiesLoading') : undefined}
        value={municipality}
        issues={municipalityIssues}
        onChange={(event) => onMunicipality(event.target.value)}
      >
        <option value="">{t('meetingsOrganiser.form.municipalityNone')}</option>
        {regions.data?.map((region) => (
          <optgroup key={region.key} label={region.name}>
            {region.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </>
  );
}

/** Registration: open or not, seats, waitlist, deadline (Berlin wall clock), per-organisation cap. */
export function MeetingRegistrationFields({
  idOf,
  values,
  issues,
  set,
}: {
  idOf: (field: string) => string;
  values: MeetingValues;
  issues: MeetingIssues;
  set: <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="account-form__group">
      <legend>{t('meetingsOrganiser.form.registration')}</legend>
      <CheckboxField
        id={idOf('registrationOpen')}
        label={t('meetingsOrganiser.form.registrationOpen')}
        checked={values.registrationOpen}
        onChange={(open) => set('registrationOpen', open)}
      />
      {values.registrationOpen ? (
        <>
          <TextField
            id={idOf('capacity')}
            label={t('meetingsOrganiser.form.capacity')}
            hint={t('meetingsOrganiser.form.capacityHint')}
            optional
            inputMode="numeric"
            value={values.capacity}
            issues={issues.capacity}
            onChange={(e) => set('capacity', e.target.value)}
          />
          <CheckboxField
            id={idOf('waitlist')}
            label={t('meetingsOrganiser.form.waitlistEnabled')}
            checked={values.waitlistEnabled}
            onChange={(enabled) => set('waitlistEnabled', enabled)}
          />
          <div className="meeting-form__row">
            <TextField
              id={idOf('deadline')}
              label={t('meetingsOrganiser.form.deadlineDate')}
              hint={t('meetingsOrganiser.form.deadlineHint')}
              type="date"
              optional
              value={values.deadlineDate}
              issues={issues.deadline}
              onChange={(e) => set('deadlineDate', e.target.value)}
            />
            <TextField
              id={idOf('deadlineTime')}
              label={t('meetingsOrganiser.form.deadlineTime')}
              type="time"
              optional
              value={values.deadlineTime}
              onChange={(e) => set('deadlineTime', e.target.value)}
            />
          </div>
          <RepeatedHourChoice
            id={idOf('deadlineReading')}
            date={values.deadlineDate}
            time={values.deadlineTime || '00:00'}
            second={values.secondReading.deadline}
            onChange={(second) => set('secondReading', { ...values.secondReading, deadline: second })}
          />
          <TextField
            id={idOf('perOrganisationCap')}
            label={t('meetingsOrganiser.form.perOrganisationCap')}
            hint={t('meetingsOrganiser.form.perOrganisationCapHint')}
            optional
            inputMode="numeric"
            value={values.perOrganisationCap}
            issues={issues.perOrganisationCap}
            onChange={(e) => set('perOrganisationCap', e.target.value)}
          />
        </>
      ) : null}
    </fieldset>
  );
}
