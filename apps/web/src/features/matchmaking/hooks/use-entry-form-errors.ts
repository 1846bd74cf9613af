import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type SummaryItem } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { entryServerErrors, hasEntryIssues, type EntryField, type EntryIssue, type EntryIssues } from '../entry-form';

/**
 * Problems of a need or offer form: issues per field (ours or the server's), the error summary
 * (focused after a failed submit) and a failure that belongs to no field (an alert, focused).
 */
export function useEntryFormErrors<F extends EntryField>(fields: readonly F[], fieldId: (field: F) => string, label: (field: F) => string) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<EntryIssues<F>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const text = (issue: EntryIssue) => ('code' in issue ? t(`matchmaking.validation.${issue.code}`) : issue.message);
  const show = (found: EntryIssues<F>, unmatched: string[] = []) => {
    flushSync(() => {
      setIssues(found);
      setMessages(unmatched);
      setFailure(null);
    });
    summaryRef.current?.focus();
  };

  return {
    summaryRef,
    alertRef,
    messages,
    failure,
    /** The issues of one field, as the shared form fields take them. */
    of: (field: F): FieldIssue[] => (issues[field] ?? []).map((issue) => ({ message: text(issue) })),
    summaryItems: (): SummaryItem[] =>
      fields.flatMap((field) => (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: label(field), text: text(issue) }))),
    /** Shows what the client found; false when there was nothing (the form may be sent). */
    check: (found: EntryIssues<F>): boolean => {
      if (hasEntryIssues(found)) {
        show(found);
        return false;
      }
      flushSync(() => {
        setIssues({});
        setMessages([]);
        setFailure(null);
      });
      return true;
    },
    /** An error of the save: into the fields where it belongs, else an alert. */
    onServerError: (error: unknown) => {
      const mapped = entryServerErrors(error, fields);
      if (mapped) {
        show(mapped.issues, mapped.unmatched);
        return;
      }
      flushSync(() => setFailure(error));
      alertRef.current?.focus();
    },
  };
}
