import { useTranslation } from 'react-i18next';
import { type FieldIssue } from '../../../lib/form/validation';
import { errorId, hintId, useIssueText } from '../../../components/form/fields';

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
  const { t } = useTranslation();
  const issueText = useIssueText();
  const invalid = issues.length > 0;
  const describedBy = [hint ? hintId(id) : null, invalid ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field radio-group${invalid ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <div id={hintId(id)} className="field__hint">
          {hint}
        </div>
      ) : null}
      {invalid ? (
        <div id={errorId(id)} className="field__error">
          <span className="visually-hidden">{t('shared.form.errorPrefix')} </span>
          {issues.map((issue) => issueText(issue)).join(' ')}
        </div>
      ) : null}
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
