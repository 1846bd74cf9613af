import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EntryNoticeState } from '../components/DetailFrame';
import { useFormErrors } from '../../../components/form/use-form-errors';
import { entryServerErrors, type EntryField, type EntryIssueCode, type EntryIssues } from '../entry-form';
import { entryPath, type EntrySide } from '../paths';

interface SaveCallbacks {
  onSuccess: (entryId: string) => void;
  onError: (error: unknown) => void;
}

interface Options<F extends EntryField, V> {
  side: EntrySide;
  fields: readonly F[];
  label: (field: F) => string;
  initial: V;
  validate: (values: V) => EntryIssues<F>;
  editing: boolean;
  /** Sends the values (create or update); reports the entry's id or the error. */
  save: (values: V, callbacks: SaveCallbacks) => void;
}

/**
 * State of the need and offer forms: the values, their problems, and the submit that checks,
 * saves and goes to the entry's page with a notice of what happened.
 */
export function useEntryForm<F extends EntryField, V>({ side, fields, label, initial, validate, editing, save }: Options<F, V>) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const fieldId = (field: F) => `${id}-${field}`;
  const errors = useFormErrors<F, EntryIssueCode>({ fields, fieldId, label, text: (issue) => t(`matchmaking.validation.${issue.code}`) });

  return {
    id,
    values,
    setValues,
    set: <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value })),
    fieldId,
    label,
    errors,
    submit: () => {
      if (!errors.check(validate(values))) return;
      save(values, {
        onSuccess: (entryId) => {
          const state: EntryNoticeState = { notice: t(editing ? 'matchmaking.form.saved' : 'matchmaking.form.savedDraft') };
          void navigate(entryPath(side, entryId), { state });
        },
        onError: (error: unknown) => errors.onServerError(error, entryServerErrors(error, fields)),
      });
    },
  };
}
