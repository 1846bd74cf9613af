import { MAX_AVAILABILITY_RULES } from '@wiw/domain';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../../components/icons';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { ErrorSummary, SubmitActions, type SummaryItem } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import {
  availabilityProblems,
  checkPeriods,
  isAvailabilityProblem,
  newRowKey,
  periodsValid,
  ruleServerFields,
  rowsFromRules,
  sortRows,
  toRulesInput,
  WEEKDAYS,
  type PeriodCheck,
  type PeriodField as Field,
  type PeriodIssue,
  type PeriodRow,
} from '../availability-form';
import { berlinFormat } from '../berlin-format';
import { useSetRules } from '../hooks/use-availability';
import { PeriodField } from './PeriodField';

interface Props {
  rules: readonly { weekday: number; start: string; end: string }[];
}

const sameRules = (a: readonly PeriodRow[], b: readonly PeriodRow[]) => JSON.stringify(toRulesInput(a)) === JSON.stringify(toRulesInput(b));

/**
 * The weekly periods, Monday to Sunday: add and remove periods per day, then save all at once.
 * Checked here first (HH:MM, end after start, no overlap within a day); the server's problems show
 * in an alert.
 */
export function WeeklyRulesEditor({ rules }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const names = useMemo(() => berlinFormat(language), [language]);
  const [saved, setSaved] = useState(() => rowsFromRules(rules));
  const [rows, setRows] = useState(saved);
  const [check, setCheck] = useState<PeriodCheck | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; problems: string[] } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButtons = useRef(new Map<number, HTMLButtonElement>());
  const announcer = useAnnouncer();
  const setRules = useSetRules();
  const dirty = !sameRules(rows, saved);

  const fieldId = (row: PeriodRow, field: Field) => `${id}-${row.key}-${field}`;
  const dayName = (weekday: number) => names.weekdayName(weekday);
  const numberOf = (row: PeriodRow) => rows.filter((other) => other.weekday === row.weekday).indexOf(row) + 1;
  const context = (row: PeriodRow) => t('workbenchAdvisor.availability.weekly.context', { day: dayName(row.weekday), number: numberOf(row) });
  const issueText = (issue: PeriodIssue) =>
    'code' in issue ? t(`workbenchAdvisor.availability.periodIssues.${issue.code}`, issue.values ?? {}) : issue.message;
  const issuesOf = (row: PeriodRow, field: Field): FieldIssue[] =>
    (check?.rows[row.key]?.[field] ?? []).map((issue) => ({ message: issueText(issue) }));

  const update = (key: string, field: Field, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const add = (weekday: number) => {
    const row = { key: newRowKey(), weekday, start: '', end: '' };
    flushSync(() => setRows((current) => [...current, row]));
    inputs.current.get(`${row.key}-start`)?.focus();
  };
  const remove = (row: PeriodRow) => {
    flushSync(() => setRows((current) => current.filter((other) => other.key !== row.key)));
    addButtons.current.get(row.weekday)?.focus();
  };

  const summaryItems = (): SummaryItem[] =>
    sortRows(rows).flatMap((row) =>
      (['start', 'end'] as const).flatMap((field) =>
        (check?.rows[row.key]?.[field] ?? []).map((issue) => ({
          fieldId: fieldId(row, field),
          label: `${context(row)} – ${t(`workbenchAdvisor.availability.weekly.${field}`)}`,
          text: issueText(issue),
        })),
      ),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setRules.isPending) return;
    announcer.clear();
    const found = checkPeriods(rows);
    if (!periodsValid(found)) {
      flushSync(() => {
        setCheck(found);
        setFailure(null);
      });
      summaryRef.current?.focus();
      return;
    }
    flushSync(() => {
      setCheck(null);
      setFailure(null);
    });
    const sent = sortRows(rows);
    setRules.mutate(toRulesInput(sent), {
      onSuccess: (result) => {
        const fresh = rowsFromRules(result);
        flushSync(() => {
          setSaved(fresh);
          setRows(fresh);
        });
        announcer.announce(t(fresh.length > 0 ? 'workbenchAdvisor.availability.weekly.saved' : 'workbenchAdvisor.availability.weekly.savedNone'));
      },
      onError: (error) => {
        const fields = ruleServerFields(error, sent);
        if (fields) {
          const rowsIssues: PeriodCheck['rows'] = {};
          for (const { key, field } of fields) (rowsIssues[key] ??= {})[field] = [{ code: 'timeInvalid' }];
          flushSync(() => setCheck({ rows: rowsIssues, tooMany: false }));
          summaryRef.current?.focus();
          return;
        }
        flushSync(() => setFailure({ error, problems: availabilityProblems(error) ?? [] }));
        alertRef.current?.focus();
      },
    });
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section__heading">
        {t('workbenchAdvisor.availability.weekly.heading')}
      </h3>
      <p id={`${id}-hint`}>{t('workbenchAdvisor.availability.weekly.hint')}</p>
      {failure ? (
        <div ref={alertRef} className="form-alert" role="alert" tabIndex={-1}>
          <AlertIcon className="form-alert__icon" />
          <div>
            <p className="form-alert__title">{t('workbenchAdvisor.availability.weekly.failed')}</p>
            <p className="form-alert__message">{errorMessage(failure.error, t)}</p>
            {failure.problems.length > 0 ? (
              <ul>
                {failure.problems.map((problem) => (
                  <li key={problem}>{isAvailabilityProblem(problem) ? t(`workbenchAdvisor.availability.problems.${problem}`) : problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <form className="account-form advisor-week" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
        <ErrorSummary
          id={`${id}-summary`}
          items={summaryItems()}
          messages={check?.tooMany ? [t('workbenchAdvisor.availability.weekly.tooMany', { max: MAX_AVAILABILITY_RULES })] : []}
          summaryRef={summaryRef}
        />
        {WEEKDAYS.map((weekday) => {
          const day = rows.filter((row) => row.weekday === weekday);
          return (
            <fieldset key={weekday} className="advisor-day">
              <legend>{dayName(weekday)}</legend>
              {day.length === 0 ? (
                <p className="muted advisor-day__none">{t('workbenchAdvisor.availability.weekly.none')}</p>
              ) : (
                <ul className="advisor-periods">
                  {day.map((row, index) => (
                    <li key={row.key} className="advisor-period">
                      {(['start', 'end'] as const).map((field) => (
                        <PeriodField
                          key={field}
                          id={fieldId(row, field)}
                          label={t(`workbenchAdvisor.availability.weekly.${field}`)}
                          context={context(row)}
                          value={row[field]}
                          issues={issuesOf(row, field)}
                          describedBy={`${id}-hint`}
                          inputRef={(input) => {
                            if (input) inputs.current.set(`${row.key}-${field}`, input);
                            else inputs.current.delete(`${row.key}-${field}`);
                          }}
                          onChange={(value) => update(row.key, field, value)}
                        />
                      ))}
                      <button type="button" className="button button--ghost advisor-period__remove" onClick={() => remove(row)}>
                        {t('workbenchAdvisor.availability.weekly.remove')}
                        <span className="visually-hidden">
                          {' '}
                          {t('workbenchAdvisor.availability.weekly.removeWhich', { day: dayName(weekday), number: index + 1 })}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <p className="advisor-day__add">
                <button
                  ref={(button) => {
                    if (button) addButtons.current.set(weekday, button);
                    else addButtons.current.delete(weekday);
                  }}
                  type="button"
                  className="button button--secondary"
                  onClick={() => add(weekday)}
                >
                  {t('workbenchAdvisor.availability.weekly.add')}
                  <span className="visually-hidden"> {t('workbenchAdvisor.availability.weekly.addTo', { day: dayName(weekday) })}</span>
                </button>
              </p>
            </fieldset>
          );
        })}
        {dirty ? <p className="notice">{t('workbenchAdvisor.availability.weekly.unsaved')}</p> : null}
        <SubmitActions
          pending={setRules.isPending}
          label={t('workbenchAdvisor.availability.weekly.save')}
          pendingLabel={t('workbenchAdvisor.availability.weekly.saving')}
        />
      </form>
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}
