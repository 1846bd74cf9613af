import { addDays, berlinDate, weekEnd, weekStart } from '@wiw/domain';
import { useId, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon, ArrowRightIcon } from '../../../components/icons';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { BookableSlotsQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { useBookableSlots } from '../hooks/use-bookable-slots';
import { formatDayHeading, formatTimeRange, formatWeekRange } from '../time-format';
import { groupByDay, weekBounds } from '../slot-weeks';
import { useBerlinToday } from '../../../lib/use-now';

const HEADINGS = ['h2', 'h3', 'h4', 'h5'] as const;

export type FreeSlot = BookableSlotsQuery['bookableSlots'][number];

/** Two ISO strings for the same instant ("…:00Z" and "…:00.000Z"). */
export const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

interface Props {
  formatId: string;
  /** The Monday of the week shown. */
  week: string;
  onWeekChange: (week: string) => void;
  /** How many days ahead the format can be booked: the last week to show. */
  horizonDays: number;
  /** Group sessions say how many seats are left. */
  group: boolean;
  selected: string | null;
  onSelect: (slot: FreeSlot) => void;
  /** A start not to offer (the booking's current time when rescheduling). */
  exclude?: string;
  /** The format's next free start (null: none at all), when known: an empty week leads to it. */
  nextFree?: string | null;
  /** Level of the "Freie Termine" heading; the days are one level below. */
  level: 2 | 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The free slots of one week, grouped by day, with week navigation. Each slot is a toggle button
 * ("aria-pressed") whose name carries its day, time and free seats.
 */
export function WeekSlotPicker({
  formatId,
  week,
  onWeekChange,
  horizonDays,
  group,
  selected,
  onSelect,
  exclude,
  nextFree,
  level,
  headingRef,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const weekLabelRef = useRef<HTMLParagraphElement>(null);
  const today = useBerlinToday();
  const bounds = weekBounds(week, today, horizonDays);
  const slots = useBookableSlots(formatId, week);
  const free = (slots.data ?? []).filter((slot) => !exclude || !sameInstant(slot.startsAt, exclude));
  const nextFreeWeek = nextFree ? weekStart(berlinDate(new Date(nextFree))) : null;
  const Heading = HEADINGS[level - 2]!;
  const DayHeading = HEADINGS[level - 1]!;

  const go = (days: number) => {
    const next = addDays(week, days);
    onWeekChange(next);
    // The button pressed may be disabled in the new week: keep the keyboard at the week.
    const nextBounds = weekBounds(next, today, horizonDays);
    if ((days < 0 && !nextBounds.canGoBack) || (days > 0 && !nextBounds.canGoForward)) weekLabelRef.current?.focus();
  };

  return (
    <section className="slot-picker" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="section__heading">
        {t('workbench.slots.heading')}
      </Heading>
      <div className="week-nav" role="group" aria-label={t('workbench.slots.weekNav')}>
        <button type="button" className="button button--secondary" disabled={!bounds.canGoBack} onClick={() => go(-7)}>
          <ArrowLeftIcon />
          {t('workbench.slots.previousWeek')}
        </button>
        <p ref={weekLabelRef} className="week-nav__label" tabIndex={-1} aria-live="polite">
          {t('workbench.slots.week', { range: formatWeekRange(week, weekEnd(week), language) })}
        </p>
        <button type="button" className="button button--secondary" disabled={!bounds.canGoForward} onClick={() => go(7)}>
          {t('workbench.slots.nextWeek')}
          <ArrowRightIcon />
        </button>
      </div>
      {slots.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('workbench.slots.loading')} />
        </div>
      ) : slots.isError ? (
        <ErrorState title={t('workbench.slots.error')} error={slots.error} onRetry={() => void slots.refetch()} retrying={slots.isFetching} />
      ) : free.length === 0 && nextFree === null ? (
        <div className="state state--empty">
          <p className="state__title">{t('workbench.slots.noneAtAll')}</p>
        </div>
      ) : free.length === 0 && nextFree && nextFreeWeek && nextFreeWeek > week ? (
        <div className="state state--empty">
          <p className="state__title">{t('workbench.slots.empty')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go(Math.round((Date.parse(nextFreeWeek) - Date.parse(week)) / 86_400_000))}
          >
            {t('workbench.slots.toNextFree', { when: formatDayHeading(berlinDate(new Date(nextFree)), language) })}
          </button>
        </div>
      ) : free.length === 0 ? (
        <div className="state state--empty">
          <p className="state__title">{bounds.canGoForward ? t('workbench.slots.empty') : t('workbench.slots.emptyLastWeek')}</p>
          {bounds.canGoForward ? (
            <button type="button" className="button button--secondary" onClick={() => go(7)}>
              {t('workbench.slots.nextWeek')}
            </button>
          ) : null}
        </div>
      ) : (
        <div className="slot-days" aria-busy={slots.isFetching || undefined}>
          {groupByDay(free).map(({ day, items }) => {
            const dayText = formatDayHeading(day, language);
            return (
              <div key={day} className="slot-day">
                <DayHeading id={`${id}-${day}`} className="slot-day__heading">
                  {dayText}
                </DayHeading>
                <ul className="slot-list" aria-labelledby={`${id}-${day}`}>
                  {items.map((slot) => (
                    <li key={slot.startsAt}>
                      <button
                        type="button"
                        className="slot-button"
                        aria-pressed={selected !== null && sameInstant(selected, slot.startsAt)}
                        onClick={() => onSelect(slot)}
                      >
                        <span className="visually-hidden">{dayText}, </span>
                        <span className="slot-button__time">{formatTimeRange(slot.startsAt, slot.endsAt, language)}</span>
                        {group ? (
                          <span className="slot-button__seats">
                            <span className="visually-hidden">, </span>
                            {t('workbench.slots.seatsLeft', { count: slot.seatsLeft })}
                          </span>
                        ) : null}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      <p className="muted slot-picker__note">{t('workbench.timeZoneNote')}</p>
    </section>
  );
}
