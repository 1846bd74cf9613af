import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPeriodKind } from '../../../gql/graphql';
import { REGION_KEYS } from '../../../lib/enums';
import { useLanguage } from '../../../lib/use-language';
import type { UpdateFiltersOptions } from '../../../lib/use-search-param-filters';
import { SelectField, TextField } from '../../../components/form/fields';
import { useBerlinToday } from '../../../lib/use-now';
import {
  customRangeIssues,
  DEFAULT_DASHBOARD_FILTERS,
  firstDayOf,
  periodKindOf,
  periodValueOf,
  type CustomRange,
  type DashboardFilters,
} from '../filters';
import { periodName, type PeriodValue } from '../period-label';

const KINDS: readonly DashboardPeriodKind[] = ['MONTH', 'QUARTER', 'YEAR', 'CUSTOM'];
/** Years offered: this one and five back, none ahead (a custom period reaches further). */
const YEARS_BACK = 5;

type FixedKind = Exclude<DashboardPeriodKind, 'CUSTOM'>;

/**
 * The months, quarters or years to choose from, newest first: from the one `today` lies in back,
 * never a future one (it has no figures yet); `current` (the URL's value, e.g. a year further back)
 * among them, so the select shows the period the figures describe.
 */
export function periodChoices(kind: FixedKind, today: string, current: string | null = null): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const values: string[] = [];
  for (let y = year; y >= year - YEARS_BACK; y -= 1) {
    if (kind === 'YEAR') values.push(String(y));
    else if (kind === 'QUARTER') for (let q = y === year ? Math.ceil(month / 3) : 4; q >= 1; q -= 1) values.push(`${y}-Q${q}`);
    else for (let m = y === year ? month : 12; m >= 1; m -= 1) values.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  if (current && periodKindOf(current) === kind && !values.includes(current)) {
    // Values of one kind sort like their periods ("2015" < "2026", "2015-03" < "2015-11").
    values.push(current);
    values.sort((a, b) => b.localeCompare(a));
  }
  return values;
}

interface CustomRangeProps {
  id: string;
  filters: DashboardFilters;
  onChange: Props['onChange'];
}

/**
 * From and to of a custom period. What is typed stays here until both days are valid and in order
 * (and the range is not too long): only then does it go into the URL and the request, so a half-typed
 * period never replaces the figures with the API's error. The problem is shown at the field.
 */
function CustomRangeFields({ id, filters, onChange }: CustomRangeProps) {
  const { t } = useTranslation();
  const applied: CustomRange = { from: filters.from ?? '', to: filters.to ?? '' };
  const appliedKey = `${applied.from}|${applied.to}`;
  const [draft, setDraft] = useState<CustomRange | null>(null);
  // Another period in the URL (applied, Back/Forward): what was typed for the previous one is gone.
  const [draftFor, setDraftFor] = useState(appliedKey);
  if (draftFor !== appliedKey) {
    setDraftFor(appliedKey);
    setDraft(null);
  }
  const range = draft ?? applied;
  const issues = customRangeIssues(range);

  const change = (field: keyof CustomRange, value: string) => {
    const next = { ...range, [field]: value };
    setDraft(next);
    const nextIssues = customRangeIssues(next);
    if (!nextIssues.from && !nextIssues.to) onChange({ from: next.from, to: next.to }, { replace: true });
  };
  const issue = (key: keyof CustomRange) => {
    const code = issues[key];
    return code ? [{ message: t(`dashboard.filters.${code}`) }] : undefined;
  };

  return (['from', 'to'] as const).map((field) => (
    <TextField
      key={field}
      id={`${id}-${field}`}
      label={t(`dashboard.filters.${field}`)}
      hint={field === 'from' ? t('dashboard.filters.customHint') : undefined}
      issues={issue(field)}
      required={false}
      type="date"
      value={range[field]}
      onChange={(event) => change(field, event.target.value)}
    />
  ));
}

interface Props {
  filters: DashboardFilters;
  onChange: (patch: Partial<DashboardFilters>, options?: UpdateFiltersOptions) => void;
  /** The period the figures on screen describe (switching the kind starts from it). */
  shown: PeriodValue | undefined;
}

/** Period (month, quarter, year or custom from–to) and region; both live in the URL. */
export function DashboardFilterForm({ filters, onChange, shown }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const today = useBerlinToday();
  const reference = shown && (today < shown.from || today > shown.to) ? shown.from : today;

  const changeKind = (kind: DashboardPeriodKind) => {
    if (kind === 'CUSTOM') onChange({ period: 'CUSTOM', value: null, from: shown?.from ?? null, to: shown?.to ?? null });
    else onChange({ period: kind, value: periodValueOf(kind, reference), from: null, to: null });
  };

  const fixedKind = filters.period === 'CUSTOM' ? null : filters.period;
  const valueLabel = (kind: FixedKind, value: string) => {
    const from = firstDayOf(value) ?? value;
    return periodName({ kind, from, to: from }, language, t);
  };

  return (
    <form className="filters dashboard-filters" aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('dashboard.filters.heading')}
      </h2>
      <SelectField
        id={`${id}-kind`}
        label={t('dashboard.filters.periodKind')}
        required={false}
        value={filters.period}
        onChange={(event) => changeKind(KINDS.find((kind) => kind === event.target.value) ?? 'QUARTER')}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`dashboard.filters.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {fixedKind ? (
        <SelectField
          id={`${id}-value`}
          label={t(`dashboard.filters.${fixedKind === 'MONTH' ? 'month' : fixedKind === 'QUARTER' ? 'quarter' : 'year'}`)}
          required={false}
          value={filters.value ?? periodValueOf(fixedKind, today)}
          onChange={(event) => onChange({ value: event.target.value })}
        >
          {periodChoices(fixedKind, today, filters.value).map((value) => (
            <option key={value} value={value}>
              {valueLabel(fixedKind, value)}
            </option>
          ))}
        </SelectField>
      ) : (
        <CustomRangeFields id={id} filters={filters} onChange={onChange} />
      )}
      <SelectField
        id={`${id}-region`}
        label={t('dashboard.filters.region')}
        required={false}
        value={filters.region ?? ''}
        onChange={(event) => onChange({ region: REGION_KEYS.find((key) => key === event.target.value) ?? null })}
      >
        <option value="">{t('dashboard.filters.regionAll')}</option>
        {REGION_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(`enums.region.${key}`)}
          </option>
        ))}
      </SelectField>
      <div className="filters__actions">
        <button type="button" className="button button--ghost" onClick={() => onChange(DEFAULT_DASHBOARD_FILTERS)}>
          {t('dashboard.filters.reset')}
        </button>
      </div>
    </form>
  );
}
