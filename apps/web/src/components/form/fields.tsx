import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldIssue } from '../../lib/form/validation';
import { LANGUAGES } from '../../i18n';

/** Text of a field issue: our translation of its code, or the server's message as sent. */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation();
  return (issue) => ('code' in issue ? t(`shared.form.validation.${issue.code}`) : issue.message);
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

interface FieldFrameProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  issues?: readonly FieldIssue[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and error of one form field, wired with aria-describedby / aria-invalid. */
function FieldFrame({ id, label, optional = false, hint, issues = [], children }: FieldFrameProps) {
  const { t } = useTranslation();
  const invalid = issues.length > 0;
  const describedBy = [hint ? hintId(id) : null, invalid ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> {t('shared.form.optional')}</span> : null}
      </label>
      <FieldNotes id={id} hint={hint} issues={issues} />
      {children(describedBy, invalid)}
    </div>
  );
}

/** A field's hint (`hintId(id)`) and its issues (`errorId(id)`), as every field shows them. */
export function FieldNotes({ id, hint, issues = [] }: { id: string; hint?: ReactNode; issues?: readonly FieldIssue[] }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <>
      {hint ? (
        <div id={hintId(id)} className="field__hint">
          {hint}
        </div>
      ) : null}
      {issues.length > 0 ? (
        <div id={errorId(id)} className="field__error">
          <span className="visually-hidden">{t('shared.form.errorPrefix')} </span>
          {issues.length === 1 ? (
            <span>{issueText(issues[0]!)}</span>
          ) : (
            <ul>
              {issues.map((issue, index) => (
                <li key={index}>{issueText(issue)}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </>
  );
}

type TextFieldProps = Omit<FieldFrameProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> & { inputRef?: Ref<HTMLInputElement> };

/** `required` defaults to `!optional`; filters pass `required={false}` to be optional without saying so. */
export function TextField({ id, label, optional, hint, issues, inputRef, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} issues={issues}>
      {(describedBy, invalid) => (
        <input
          {...input}
          ref={inputRef}
          id={id}
          required={required ?? !optional}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<FieldFrameProps, 'children'> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode; selectRef?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, optional, hint, issues, children, selectRef, required, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} issues={issues}>
      {(describedBy, invalid) => (
        <select
          {...select}
          ref={selectRef}
          id={id}
          required={required ?? !optional}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<FieldFrameProps, 'children'> &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> & { textAreaRef?: Ref<HTMLTextAreaElement> };

/** A multi-line text field, wired like {@link TextField}. */
export function TextAreaField({ id, label, optional, hint, issues, textAreaRef, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} issues={issues}>
      {(describedBy, invalid) => (
        <textarea
          {...textarea}
          ref={textAreaRef}
          id={id}
          required={required ?? !optional}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

export interface SummaryItem {
  fieldId: string;
  label: string;
  text: string;
}

interface ErrorSummaryProps {
  id: string;
  items: readonly SummaryItem[];
  /** Messages that belong to no field. */
  messages?: readonly string[];
  summaryRef?: Ref<HTMLDivElement>;
}

/** List of all problems with links to their fields; focusable so it can take focus after submit. */
export function ErrorSummary({ id, items, messages = [], summaryRef }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (items.length === 0 && messages.length === 0) return null;
  return (
    <div ref={summaryRef} id={id} className="error-summary" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="error-summary__title">
        {t('shared.form.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {items.map((item) => (
          <li key={`${item.fieldId}-${item.text}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.label}: {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The options of a language select, each labelled in the interface language and tagged with its own. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One checkbox with its label beside it. */
export function CheckboxField({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="form-check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface SubmitActionsProps {
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** The submit ends or deletes something (cancelling a meeting, deleting an account): a danger button. */
  danger?: boolean;
  /** Further buttons or links beside the submit button. */
  children?: ReactNode;
}

/** The actions row of a form: a submit button that is disabled and relabelled while pending. */
export function SubmitActions({ pending, label, pendingLabel, danger = false, children }: SubmitActionsProps) {
  return (
    <div className="account-form__actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {children}
    </div>
  );
}
