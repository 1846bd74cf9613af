import { OFFER_RADIUS_KM } from '@wiw/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form/fields';
import { OFFER_FIELDS, TALENT_OWNER, toCreateOfferInput, toOfferInput, validateOffer, type OfferFormValues } from '../entry-form';
import { ORGANISATION_OFFER_KINDS, pickEnum } from '../enums';
import { useEntryForm } from '../hooks/use-entry-form';
import { useCreateOffer, useUpdateOffer } from '../hooks/use-offer-mutations';
import type { PostingOrganisation } from '../hooks/use-posting-organisations';
import { boardPath, entryPath } from '../paths';
import { EntryFieldsets, EntryFormShell } from './EntryFormParts';

interface Props {
  initial: OfferFormValues;
  /** Create: the organisations to offer for (or oneself, as a talent). */
  organisations?: readonly PostingOrganisation[];
  /** Edit: the offer and who offers it (owner and kind cannot change). */
  edit?: { id: string; ownerText: string };
}

/** All an offer says: who, what, skills, where and from when. Saving creates or updates a draft. */
export function OfferForm({ initial, organisations = [], edit }: Props) {
  const { t } = useTranslation();
  const create = useCreateOffer();
  const update = useUpdateOffer();
  const form = useEntryForm({
    side: 'offer',
    fields: OFFER_FIELDS,
    label: (field) => t(`matchmaking.form.offerFields.${field}`),
    initial,
    validate: validateOffer,
    editing: Boolean(edit),
    save: (values, callbacks) =>
      edit ? update.mutate({ id: edit.id, input: toOfferInput(values) }, callbacks) : create.mutate(toCreateOfferInput(values), callbacks),
  });
  const { values, set, setValues, fieldId, label, errors } = form;
  const talent = values.owner === TALENT_OWNER;
  const chosen = organisations.find((organisation) => organisation.id === values.owner);

  const chooseOwner = (owner: string) => {
    const organisation = organisations.find((candidate) => candidate.id === owner);
    setValues((current) => ({
      ...current,
      owner,
      kind: owner === TALENT_OWNER ? 'TALENT' : current.kind === 'TALENT' ? '' : current.kind,
      municipalityId: current.municipalityId || (organisation?.municipalityId ?? ''),
    }));
  };

  let intro = t('matchmaking.form.draftIntro');
  if (edit) intro = t('matchmaking.form.editIntro');
  else if (talent) intro = t('matchmaking.form.talentIntro');

  return (
    <EntryFormShell
      form={form}
      editing={Boolean(edit)}
      intro={intro}
      unverifiedName={chosen && !chosen.verified ? chosen.name : null}
      pending={create.isPending || update.isPending}
      cancelTo={edit ? entryPath('offer', edit.id) : boardPath('offer')}
    >
      <EntryFieldsets
        form={form}
        side="offer"
        placeHint={t(talent ? 'matchmaking.form.talentPlaceHint' : 'matchmaking.form.offerPlaceHint')}
        who={
          <>
            {edit ? (
              <p>
                <span className="label">{label('owner')}:</span> {edit.ownerText}
              </p>
            ) : (
              <>
                <SelectField
                  id={fieldId('owner')}
                  label={label('owner')}
                  hint={t('matchmaking.form.ownerHint')}
                  value={values.owner}
                  issues={errors.of('owner')}
                  onChange={(event) => chooseOwner(event.target.value)}
                >
                  <option value="">{t('matchmaking.form.choose')}</option>
                  {organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.verified ? organisation.name : t('matchmaking.form.unverifiedOption', { name: organisation.name })}
                    </option>
                  ))}
                  <option value={TALENT_OWNER}>{t('matchmaking.form.asTalent')}</option>
                </SelectField>
                {talent ? (
                  <p>{t('matchmaking.form.talentKind')}</p>
                ) : (
                  <SelectField
                    id={fieldId('kind')}
                    label={label('kind')}
                    value={values.kind}
                    issues={errors.of('kind')}
                    onChange={(event) => set('kind', pickEnum(event.target.value, ORGANISATION_OFFER_KINDS) ?? '')}
                  >
                    <option value="">{t('matchmaking.form.choose')}</option>
                    {ORGANISATION_OFFER_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`matchmaking.offerKind.${kind}`)}
                      </option>
                    ))}
                  </SelectField>
                )}
              </>
            )}
          </>
        }
        where={
          <>
            <TextField
              id={fieldId('radiusKm')}
              label={label('radiusKm')}
              hint={t('matchmaking.form.radiusHint', { max: OFFER_RADIUS_KM.max })}
              type="number"
              inputMode="numeric"
              min={0}
              max={OFFER_RADIUS_KM.max}
              value={values.radiusKm}
              issues={errors.of('radiusKm')}
              onChange={(event) => set('radiusKm', event.target.value)}
            />
            <div className="field field--checkbox">
              <input
                id={fieldId('remoteWilling')}
                type="checkbox"
                checked={values.remoteWilling}
                onChange={(event) => set('remoteWilling', event.target.checked)}
              />
              <label htmlFor={fieldId('remoteWilling')}>{label('remoteWilling')}</label>
            </div>
            <TextField
              id={fieldId('availableFrom')}
              label={label('availableFrom')}
              type="date"
              value={values.availableFrom}
              issues={errors.of('availableFrom')}
              onChange={(event) => set('availableFrom', event.target.value)}
            />
          </>
        }
      />
    </EntryFormShell>
  );
}
