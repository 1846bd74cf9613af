import {
  PLACE_ACCESSIBILITY_NOTE_MAX_LENGTH,
  PLACE_CANCELLATION_DEADLINE_HOURS,
  PLACE_DAY_PRICE_CENTS,
  PLACE_DESCRIPTION_MAX_LENGTH,
  PLACE_DESKS,
  PLACE_NAME_LENGTH,
  PLACE_OPENING_HOURS_LENGTH,
  PLACE_PHOTO_CREDIT_MAX_LENGTH,
  PLACE_POSTAL_CODE_PATTERN,
  PLACE_STREET_LENGTH,
} from '@wiw/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/FormAlert';
import { CheckboxField, SelectField, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import type { CoworkingAccessibility, CoworkingAmenity, PlaceFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useCoworkingMunicipalities, useUpdatePlace } from '../hooks/use-coworking';
import { MunicipalityOptions } from './MunicipalityOptions';

const AMENITIES: Record<CoworkingAmenity, true> = {
  WIFI: true,
  MEETING_ROOM: true,
  PHONE_BOOTH: true,
  KITCHEN: true,
  PRINTER: true,
  PARKING: true,
  BIKE_PARKING: true,
  EV_CHARGING: true,
  CHILDCARE: true,
  LOCKERS: true,
};
const ACCESSIBILITY: Record<CoworkingAccessibility, true> = {
  STEP_FREE_ENTRANCE: true,
  ELEVATOR: true,
  ACCESSIBLE_TOILET: true,
  HEIGHT_ADJUSTABLE_DESKS: true,
  HEARING_LOOP: true,
  GUIDE_DOGS_WELCOME: true,
};

const within = (text: string, { min, max }: { min: number; max: number }) => text.trim().length >= min && text.trim().length <= max;
const euros = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', ','));
/** "15", "15,5" or "15,50" € → cents; empty → null (free); anything else → NaN. */
const cents = (text: string) =>
  text.trim() === '' ? null : /^\d{1,3}([,.]\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text.trim().replace(',', '.')) * 100) : NaN;

interface CheckboxesProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: readonly T[];
  onChange: (next: T[]) => void;
}

/** A group of checkboxes with its legend (amenities, accessibility). */
function Checkboxes<T extends string>({ legend, options, chosen, onChange }: CheckboxesProps<T>) {
  const id = useId();
  return (
    <fieldset className="account-form__group">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <CheckboxField
          key={value}
          id={`${id}-${value}`}
          label={label}
          checked={chosen.includes(value)}
          onChange={() => onChange(chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value])}
        />
      ))}
    </fieldset>
  );
}

/** "Ort bearbeiten" for members of the operator organisation: every field the place has, checked like the API checks it. */
export function EditPlaceForm({ place, onSaved, onClose }: { place: PlaceFieldsFragment; onSaved: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdatePlace();
  const regions = useCoworkingMunicipalities();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [v, setValues] = useState({
    name: place.name,
    municipalityId: place.municipality.id,
    street: place.street,
    postalCode: place.postalCode,
    openingHours: place.openingHours,
    description: place.description,
    amenities: place.amenities,
    accessibility: place.accessibility,
    accessibilityNote: place.accessibilityNote,
    desks: String(place.desks),
    price: euros(place.dayPriceCents),
    freeForMembers: place.freeForMembers,
    photoCredit: place.photoCredit ?? '',
    cancellationDeadlineHours: String(place.cancellationDeadlineHours),
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setValues((old) => ({ ...old, [key]: value }));

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const desks = Number(v.desks);
  const hours = Number(v.cancellationDeadlineHours);
  const price = cents(v.price);
  const problems = [
    !within(v.name, PLACE_NAME_LENGTH) && t('coworking.edit.name'),
    !within(v.street, PLACE_STREET_LENGTH) && t('coworking.edit.street'),
    !PLACE_POSTAL_CODE_PATTERN.test(v.postalCode) && t('coworking.edit.postalCode'),
    !within(v.openingHours, PLACE_OPENING_HOURS_LENGTH) && t('coworking.place.openingHours'),
    !(Number.isInteger(desks) && desks >= PLACE_DESKS.min && desks <= PLACE_DESKS.max) && t('coworking.place.desks'),
    (Number.isNaN(price) || (price !== null && price > PLACE_DAY_PRICE_CENTS.max)) && t('coworking.edit.price'),
    !(Number.isInteger(hours) && hours >= PLACE_CANCELLATION_DEADLINE_HOURS.min && hours <= PLACE_CANCELLATION_DEADLINE_HOURS.max) &&
      t('coworking.edit.cancellationHours'),
  ].filter((problem): problem is string => Boolean(problem));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.length) return setFailure(t('coworking.edit.check', { fields: problems.join(', ') }));
    setFailure(null);
    const input = {
      id: place.id,
      name: v.name.trim(),
      municipalityId: v.municipalityId,
      street: v.street.trim(),
      postalCode: v.postalCode,
      openingHours: v.openingHours.trim(),
      description: v.description.trim(),
      amenities: v.amenities,
      accessibility: v.accessibility,
      accessibilityNote: v.accessibilityNote.trim(),
      desks,
      dayPriceCents: price,
      freeForMembers: v.freeForMembers,
      photoCredit: v.photoCredit.trim() || null,
      cancellationDeadlineHours: hours,
    };
    update.mutate(input, { onSuccess: onSaved, onError: (error) => setFailure(errorMessage(error, t)) });
  };

  const text = (
    key: 'name' | 'street' | 'postalCode' | 'openingHours' | 'desks' | 'price' | 'photoCredit' | 'cancellationDeadlineHours',
    label: string,
    max: number,
  ) => <TextField id={`${id}-${key}`} label={label} value={v[key]} maxLength={max} onChange={(event) => set(key, event.target.value)} />;

  return (
    <form className="account-form section" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 ref={headingRef} id={`${id}-heading`} tabIndex={-1}>
        {t('coworking.edit.heading')}
      </h2>
      {failure ? <FormAlert alertRef={alertRef} title={t('coworking.edit.failed')} message={failure} /> : null}
      {text('name', t('coworking.edit.name'), PLACE_NAME_LENGTH.max)}
      <SelectField
        id={`${id}-municipality`}
        label={t('coworking.map.municipality')}
        value={v.municipalityId}
        onChange={(event) => set('municipalityId', event.target.value)}
      >
        <MunicipalityOptions regions={regions.data} />
        {regions.data ? null : <option value={place.municipality.id}>{place.municipality.name}</option>}
      </SelectField>
      {text('street', t('coworking.edit.street'), PLACE_STREET_LENGTH.max)}
      {text('postalCode', t('coworking.edit.postalCode'), 5)}
      {text('openingHours', t('coworking.place.openingHours'), PLACE_OPENING_HOURS_LENGTH.max)}
      <TextAreaField
        id={`${id}-description`}
        label={t('coworking.edit.description')}
        optional
        rows={3}
        maxLength={PLACE_DESCRIPTION_MAX_LENGTH}
        value={v.description}
        onChange={(event) => set('description', event.target.value)}
      />
      {text('desks', t('coworking.place.desks'), 3)}
      {text('price', t('coworking.edit.price'), 6)}
      <CheckboxField
        id={`${id}-members`}
        label={t('coworking.card.freeForMembers')}
        checked={v.freeForMembers}
        onChange={(checked) => set('freeForMembers', checked)}
      />
      <Checkboxes
        legend={t('coworking.place.amenities')}
        options={(Object.keys(AMENITIES) as CoworkingAmenity[]).map((value) => ({ value, label: t(`coworking.amenity.${value}`) }))}
        chosen={v.amenities}
        onChange={(next) => set('amenities', next)}
      />
      <Checkboxes
        legend={t('coworking.place.accessibility')}
        options={(Object.keys(ACCESSIBILITY) as CoworkingAccessibility[]).map((value) => ({ value, label: t(`coworking.accessibility.${value}`) }))}
        chosen={v.accessibility}
        onChange={(next) => set('accessibility', next)}
      />
      <TextAreaField
        id={`${id}-accessibilityNote`}
        label={t('coworking.edit.accessibilityNote')}
        optional
        rows={2}
        maxLength={PLACE_ACCESSIBILITY_NOTE_MAX_LENGTH}
        value={v.accessibilityNote}
        onChange={(event) => set('accessibilityNote', event.target.value)}
      />
      {text('photoCredit', t('coworking.edit.photoCredit'), PLACE_PHOTO_CREDIT_MAX_LENGTH)}
      {text('cancellationDeadlineHours', t('coworking.edit.cancellationHours'), 3)}
      <SubmitActions pending={update.isPending} label={t('coworking.edit.save')} pendingLabel={t('coworking.edit.saving')}>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('coworking.edit.close')}
        </button>
      </SubmitActions>
    </form>
  );
}
