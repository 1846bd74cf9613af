import { AUDIT_ACTION_MAX_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { AUDIT_ENTITY_TYPES, EMPTY_AUDIT_FILTERS, isValidAction, parseEntityType, type AuditFilters } from '../audit-filters';

interface Props {
  /** The filters in effect (from the URL). */
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

type Draft = Pick<AuditFilters, 'action' | 'entityType'> & { from: string; to: string };

const draftOf = (filters: AuditFilters): Draft => ({
  action: filters.action,
  entityType: filters.entityType,
  from: filters.from ?? '',
  to: filters.to ?? '',
});

/** Action (exact or prefix), entity type and a range of Berlin days; applied with "Filtern". The person filter comes from the table. */
export function AuditFilterForm({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  const [applied, setApplied] = useState(filters);
  const [issues, setIssues] = useState<{ action?: FieldIssue[]; to?: FieldIssue[] }>({});
  const actionRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  // The URL changed without this form (back button, "nur diese Person"): show what is in effect.
  if (filters !== applied) {
    setApplied(filters);
    setDraft(draftOf(filters));
    setIssues({});
  }

  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const action = draft.action.trim();
    const found = {
      action: isValidAction(action) ? [] : [{ message: t('coordination.log.actionInvalid') }],
      to: draft.from && draft.to && draft.to < draft.from ? [{ message: t('coordination.log.rangeInvalid') }] : [],
    };
    flushSync(() => setIssues(found));
    const invalid = found.action.length > 0 ? actionRef : found.to.length > 0 ? toRef : null;
    if (invalid) {
      invalid.current?.focus();
      return;
    }
    onApply({ ...filters, action, entityType: draft.entityType, from: draft.from || null, to: draft.to || null });
  };

  const onReset = () => {
    setDraft(draftOf(EMPTY_AUDIT_FILTERS));
    setIssues({});
    onApply(EMPTY_AUDIT_FILTERS);
  };

  return (
    <form className="coordination-filter" role="search" aria-label={t('coordination.log.filterLabel')} noValidate onSubmit={onSubmit}>
      <TextField
        id={`${id}-action`}
        inputRef={actionRef}
        label={t('coordination.log.actionLabel')}
        hint={t('coordination.log.actionHint')}
        required={false}
        name="action"
        value={draft.action}
        spellCheck={false}
        autoCapitalize="none"
        maxLength={AUDIT_ACTION_MAX_LENGTH}
        issues={issues.action}
        onChange={(event) => change({ action: event.target.value })}
      />
      <SelectField
        id={`${id}-entity`}
        label={t('coordination.log.entityTypeLabel')}
        required={false}
        name="entityType"
        value={draft.entityType ?? ''}
        onChange={(event) => change({ entityType: parseEntityType(event.target.value) })}
      >
        <option value="">{t('coordination.log.entityTypeAll')}</option>
        {AUDIT_ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`coordination.log.entityTypes.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-from`}
        label={t('coordination.log.fromLabel')}
        required={false}
        type="date"
        name="from"
        value={draft.from}
        onChange={(event) => change({ from: event.target.value })}
      />
      <TextField
        id={`${id}-to`}
        inputRef={toRef}
        label={t('coordination.log.toLabel')}
        required={false}
        type="date"
        name="to"
        value={draft.to}
        min={draft.from || undefined}
        issues={issues.to}
        onChange={(event) => change({ to: event.target.value })}
      />
      {filters.actorUserId ? (
        <div className="coordination-filter__actor">
          <p>{t('coordination.log.actorActive', { actor: filters.actorUserId })}</p>
          <button type="button" className="button button--ghost" onClick={() => onApply({ ...filters, actorUserId: null })}>
            {t('coordination.log.actorClear')}
          </button>
        </div>
      ) : null}
      <div className="coordination-actions">
        <button type="submit" className="button">
          {t('coordination.log.filter')}
        </button>
        <button type="button" className="button button--ghost" onClick={onReset}>
          {t('coordination.log.reset')}
        </button>
      </div>
    </form>
  );
}
