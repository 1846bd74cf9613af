import { berlinDate } from '@wiw/domain';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { MeetingFilter, MeetingSummaryFieldsFragment } from '../../../gql/graphql';
import { localeFor, TIME_ZONE } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { MONTH_PAGE_SIZE, useMonthMeetings } from '../hooks/use-meetings';
import { MONTH_PARAM, monthRange, monthWeeks, shiftMonth } from '../month';
import { meetingPath } from '../paths';

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** The search with another month, other params (filters, view) kept. */
function monthSearch(params: URLSearchParams, month: string): string {
  const next = new URLSearchParams(params);
  next.set(MONTH_PARAM, month);
  return `?${next.toString()}`;
}

/**
 * A month as a grid of days (Monday to Sunday, Europe/Berlin) with each day's meetings as links.
 * One day is in the tab order; the arrow keys move between days, Home and End to the week's ends;
 * Tab goes on into that day's meetings.
 */
export function MonthView({ month, today, filter }: { month: string; today: string; filter: MeetingFilter | null }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const meetings = useMonthMeetings(filter, month, monthRange(month));
  const weeks = monthWeeks(month);
  const days = weeks.flat();
  const [active, setActive] = useState<string | null>(null);
  const focused = active && days.includes(active) ? active : today.startsWith(month) ? today : `${month}-01`;
  const cells = useRef(new Map<string, HTMLTableCellElement>());

  const locale = localeFor(language);
  const caption = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

  const byDay = new Map<string, MeetingSummaryFieldsFragment[]>();
  for (const edge of meetings.data?.edges ?? []) {
    const day = berlinDate(new Date(edge.node.startsAt));
    byDay.set(day, [...(byDay.get(day) ?? []), edge.node]);
  }

  const move = (event: KeyboardEvent<HTMLTableCellElement>, day: string) => {
    if (event.target !== event.currentTarget) return;
    const index = days.indexOf(day);
    const column = index % 7;
    let next: number | null = null;
    if (event.key in KEY_STEPS) next = index + KEY_STEPS[event.key]!;
    else if (event.key === 'Home') next = index - column;
    else if (event.key === 'End') next = index - column + 6;
    if (next === null || next < 0 || next >= days.length) return;
    event.preventDefault();
    const target = days[next]!;
    setActive(target);
    cells.current.get(target)?.focus();
  };

  return (
    <section className="month-view" aria-labelledby={`${id}-caption`}>
      <div className="month-view__nav">
        <Link to={monthSearch(searchParams, shiftMonth(month, -1))} className="button button--secondary">
          {t('meetings.month.previous')}
        </Link>
        <h2 id={`${id}-caption`} className="month-view__caption" aria-live="polite">
          {caption}
        </h2>
        <Link to={monthSearch(searchParams, shiftMonth(month, 1))} className="button button--secondary">
          {t('meetings.month.next')}
        </Link>
      </div>
      <p className="muted">{t('meetings.month.keyboard')}</p>
      {meetings.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('meetings.list.loading')} />
        </div>
      ) : meetings.isError ? (
        <ErrorState title={t('meetings.list.error')} error={meetings.error} onRetry={() => void meetings.refetch()} retrying={meetings.isFetching} />
      ) : (
        <>
          {meetings.data.totalCount > MONTH_PAGE_SIZE ? <p>{t('meetings.month.tooMany', { count: MONTH_PAGE_SIZE })}</p> : null}
          {meetings.data.totalCount === 0 ? <EmptyState title={t('meetings.month.empty', { month: caption })} /> : null}
          <table role="grid" className="month-grid" aria-labelledby={`${id}-caption`}>
            <thead>
              <tr>
                {weeks[0]!.map((day) => (
                  <th key={day} scope="col" role="columnheader">
                    {weekday.format(new Date(`${day}T12:00:00Z`))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((day) => {
                    const list = byDay.get(day) ?? [];
                    const outside = !day.startsWith(month);
                    return (
                      <td
                        key={day}
                        role="gridcell"
                        tabIndex={day === focused ? 0 : -1}
                        ref={(cell) => {
                          if (cell) cells.current.set(day, cell);
                          else cells.current.delete(day);
                        }}
                        aria-current={day === today ? 'date' : undefined}
                        className={`month-grid__day${outside ? ' month-grid__day--outside' : ''}${day === today ? ' month-grid__day--today' : ''}`}
                        onKeyDown={(event) => move(event, day)}
                        onFocus={(event) => {
                          if (event.target === event.currentTarget) setActive(day);
                        }}
                      >
                        <span aria-hidden="true" className="month-grid__number">
                          {Number(day.slice(8))}
                        </span>
                        <span className="visually-hidden">
                          {dayLabel.format(new Date(`${day}T12:00:00Z`))}, {t('meetings.month.count', { count: list.length })}
                        </span>
                        {list.length > 0 ? (
                          <ul className="month-grid__meetings">
                            {list.map((meeting) => (
                              <li key={meeting.id}>
                                <Link to={meetingPath(meeting.id)}>
                                  {clock.format(new Date(meeting.startsAt))} {meeting.title}
                                  {meeting.status === 'CANCELLED' ? ` (${t('meetings.cancelled')})` : ''}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
