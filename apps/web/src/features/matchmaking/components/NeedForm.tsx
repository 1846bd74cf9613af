import { HEADCOUNT } from '@wiw/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form/fields';
import { useTopicFields } from '../../topic-fields';
import { NEED_FIELDS, toCreateNeedInput, toNeedInput, validateNeed, type NeedFormValues } from '../entry-form';
import { NEED_KINDS, pickEnum, REMOTE_MODES } from '../enums';
import { useEntryForm } from '../hooks/use-entry-form';
import { useCreateNeed, useUpdateNeed } from '../hooks/use-need-mutations';
import type { PostingOrganisation } from '../hooks/use-posting-organisations';
import { BOARD_PATH } from '../../../lib/site-paths';
import { entryPath } from '../paths';
import { EntryFieldsets, EntryFormShell } from './EntryFormParts';

interface Props {
  initial: NeedFormValues;
  /** Create: the companies to choose from. */
  organisations?: readonly PostingOrganisation[];
  /** Edit: the need and its company's name (the company cannot change). */
  edit?: { id: string; organisationName: string };
}

/** All a need says: company, what, skills, where and when. Saving creates or updates a draft. */
export function NeedForm({ initial, organisations = [], edit }: Props) {
  const { t } = useTranslation();
  const topicFields = useTopicFields();
  const create = useCreateNeed();
  const update = useUpdateNeed();
  const form = useEntryForm({
    side: 'need',
    fields: NEED_FIELDS,
    label: (field) => t(`matchmaking.form.needFields.${field}`),
    initial,
    validate: validateNeed,
    editing: Boolean(edit),
    save: (values, callbacks) =>
      edit ? update.mutate({ id: edit.id, input: toNeedInput(values) }, callbacks) : create.mutate(toCreateNeedInput(values), callbacks),
  });
  const { values, set, fieldId, label, errors } = form;
  const chosen = organisations.find((organisation) => organisation.id === values.organisationId);

  return (
    <EntryFormShell
      form={form}
      editing={Boolean(edit)}
      intro={t(edit ? 'matchmaking.form.editIntro' : 'matchmaking.form.draftIntro')}
      unverifiedName={chosen && !chosen.verified ? chosen.name : null}
      pending={create.isPending || update.isPending}
      cancelTo={edit ? entryPath('need', edit.id) : BOARD_PATH}
    >
      <EntryFieldsets
        form={form}
        side="need"
        placeHint={t('matchmaking.form.needPlaceHint')}
        who={
          <>
            {edit ? (
              <p>
                <span className="label">{label('organisationId')}:</span> {edit.organisationName}
              </p>
            ) : (
              <SelectField
                id={fieldId('organisationId')}
                label={label('organisationId')}
                hint={t('matchmaking.form.companyHint')}
                value={values.organisationId}
                issues={errors.of('organisationId')}
                onChange={(event) => set('organisationId', event.target.value)}
              >
                <option value="">{t('matchmaking.form.choose')}</option>
                {organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.verified ? organisation.name : t('matchmaking.form.unverifiedOption', { name: organisation.name })}
                  </option>
                ))}
              </SelectField>
            )}
          </>
        }
        what={
          <>
            <SelectField
              id={fieldId('kind')}
              label={label('kind')}
              value={values.kind}
              issues={errors.of('kind')}
              onChange={(event) => set('kind', pickEnum(event.target.value, NEED_KINDS) ?? '')}
            >
              <option value="">{t('matchmaking.form.choose')}</option>
              {NEED_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`matchmaking.needKind.${kind}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id={fieldId('topicField')}
              label={label('topicField')}
              hint={t('matchmaking.form.topicFieldHint')}
              value={values.topicField}
              issues={errors.of('topicField')}
              onChange={(event) => set('topicField', topicFields.data?.find((field) => field.key === event.target.value)?.key ?? '')}
            >
              <option value="">{topicFields.isPending ? t('matchmaking.form.loadingOptions') : t('matchmaking.form.choose')}</option>
              {(topicFields.data ?? []).map((field) => (
                <option key={field.key} value={field.key}>
                  {field.title}
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId('headcount')}
              label={label('headcount')}
              hint={t('matchmaking.form.headcountHint', { max: HEADCOUNT.max })}
              type="number"
              inputMode="numeric"
              min={1}
              max={HEADCOUNT.max}
              value={values.headcount}
              issues={errors.of('headcount')}
              onChange={(event) => set('headcount', event.target.value)}
            />
          </>
        }
        where={
          <>
            <SelectField
              id={fieldId('remoteMode')}
              label={label('remoteMode')}
              value={values.remoteMode}
              issues={errors.of('remoteMode')}
              onChange={(event) => set('remoteMode', pickEnum(event.target.value, REMOTE_MODES) ?? 'ONSITE')}
            >
              {REMOTE_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`matchmaking.remoteMode.${mode}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId('startDate')}
              label={label('startDate')}
              optional
              hint={t('matchmaking.form.startDateHint')}
              type="date"
              value={values.startDate}
              issues={errors.of('startDate')}
              onChange={(event) => set('startDate', event.target.value)}
            />
          </>
        }
      />
    </EntryFormShell>
  );
}
