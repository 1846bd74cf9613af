import { type FieldIssue } from '../../lib/form/validation';
import { errorId, FieldNotes, hintId } from './fields';

interface Props<V extends string> {
  /** Id of the group; the first radio carries it too, so the error summary can focus it. */
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  value: V;
  issues?: readonly FieldIssue[];
  onChange: (value: V) => void;
}

/** A choice of few options as radio buttons in a fieldset, wired like the shared text fields. */
export function RadioGroupField<V extends string>({ id, legend, hint, options, value, issues = [], onChange }: Props<V>) {
  const invalid = issues.length > 0;
  const describedBy = [hint ? hintId(id) : null, invalid ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field radio-group${invalid ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} issues={issues} />
      <div className="radio-group__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="radio-group__option">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
