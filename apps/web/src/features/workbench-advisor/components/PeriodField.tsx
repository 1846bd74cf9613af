import type { Ref } from 'react';
import { type FieldIssue } from '../../../lib/form/validation';
import { errorId, FieldNotes } from '../../../components/form/fields';

interface Props {
  id: string;
  /** The visible label ("Beginn"). */
  label: string;
  /** Said to screen readers after the label ("Montag, Zeitraum 1"), so every field has its own name. */
  context: string;
  value: string;
  issues: readonly FieldIssue[];
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/** A time of day (HH:MM) of the weekly editor, with its errors. */
export function PeriodField({ id, label, context, value, issues, describedBy, inputRef, onChange }: Props) {
  const invalid = issues.length > 0;
  return (
    <div className={`field advisor-time${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden"> ({context})</span>
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="HH:MM"
        maxLength={5}
        size={6}
        required
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, invalid ? errorId(id) : null].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes id={id} issues={issues} />
    </div>
  );
}
