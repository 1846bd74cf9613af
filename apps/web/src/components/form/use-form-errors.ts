import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type SummaryItem } from './fields';
import { hasIssues, type FormIssue, type FormIssues, type ServerIssues } from '../../lib/form/server-issues';
import { type FieldIssue } from '../../lib/form/validation';

interface Options<F extends string, C extends string> {
  fields: readonly F[];
  fieldId: (field: F) => string;
  label: (field: F) => string;
  /** The text of an issue with a code (issues with a message are shown as sent). */
  text: (issue: { code: C; values?: Record<string, string | number> }) => string;
}

/**
 * Problems of a form: issues per field (ours or the server's), the error summary (focused after
 * a failed submit) and a failure that belongs to no field (an alert, focused).
 */
export function useFormErrors<F extends string, C extends string = string>({ fields, fieldId, label, text }: Options<F, C>) {
  const [issues, setIssues] = useState<FormIssues<F, C>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const textOf = (issue: FormIssue<C>) => ('code' in issue ? text(issue) : issue.message);

  const show = (found: FormIssues<F, C>, unmatched: string[] = []) => {
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
    of: (field: F): FieldIssue[] => (issues[field] ?? []).map((issue) => ({ message: textOf(issue) })),
    summaryItems: (): SummaryItem[] =>
      fields.flatMap((field) => (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: label(field), text: textOf(issue) }))),
    /** Shows what the client found; true when there was nothing (the form may be sent). */
    check: (found: FormIssues<F, C>): boolean => {
      if (hasIssues(found)) {
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
    /** An error of the save: into the fields where it belongs (`mapped`), else an alert. */
    onServerError: (error: unknown, mapped: ServerIssues<F, C> | null) => {
      if (mapped) {
        show(mapped.issues, mapped.unmatched);
        return;
      }
      flushSync(() => setFailure(error));
      alertRef.current?.focus();
    },
    clear: () => {
      setIssues({});
      setMessages([]);
      setFailure(null);
    },
  };
}
