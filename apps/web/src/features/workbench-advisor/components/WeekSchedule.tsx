import { berlinDate, weekDays } from '@wiw/domain';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import type { AdvisorScheduleQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { type Announcer } from '../../../lib/use-announcer';
import { berlinFormat } from '../berlin-format';
import { BookingItem } from './BookingItem';

export type ScheduleSlot = AdvisorScheduleQuery['advisorSchedule'][number];

interface Props {
  monday: string;
  slots: readonly ScheduleSlot[];
  now: number;
  announcer: Announcer;
}

/** The week as a list by day (Monday to Sunday); each slot with its time, format, seats and bookings. */
export function WeekSchedule({ monday, slots, now, announcer }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const format = useMemo(() => berlinFormat(language), [language]);
  const formatters = useFormatters();
  const today = berlinDate(new Date(now));
  const byDay = new Map<string, ScheduleSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = berlinDate(new Date(slot.startsAt));
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }

  return (
    <ol className="advisor-days">
      {weekDays(monday).map((day) => {
        const daySlots = byDay.get(day) ?? [];
        const headingId = `${id}-${day}`;
        return (
          <li
            key={day}
            className={`advisor-calendar-day${day === today ? ' advisor-calendar-day--today' : ''}${daySlots.length === 0 ? ' advisor-calendar-day--empty' : ''}`}
          >
            <h4 id={headingId} className="advisor-calendar-day__heading">
              {format.longDay(day)}
              {day === today ? <span className="advisor-today"> ({t('workbenchAdvisor.calendar.today')})</span> : null}
            </h4>
            {daySlots.length === 0 ? (
              <p className="muted">{t('workbenchAdvisor.calendar.noSlots')}</p>
            ) : (
              <ul className="advisor-slots" aria-labelledby={headingId}>
                {daySlots.map((slot) => {
                  const title = slot.format.title;
                  // A slot emptied by moves is no cancellation: it says where its bookings went.
                  const moved = slot.cancelled && slot.movedAway.length > 0 && slot.bookings.length === 0;
                  const time = format.time(slot.startsAt);
                  const bookings = [...slot.bookings].sort((a, b) => Number(a.status === 'CANCELLED') - Number(b.status === 'CANCELLED'));
                  return (
                    <li key={slot.id} className={`card advisor-slot${slot.cancelled ? ' advisor-slot--cancelled' : ''}`}>
                      <p className="advisor-slot__head">
                        <span className="advisor-slot__time">{format.timeRange(slot.startsAt, slot.endsAt)}</span> <strong>{title}</strong>{' '}
                        {moved ? (
                          <Badge tone="info">{t('workbenchAdvisor.calendar.slotMoved')}</Badge>
                        ) : slot.cancelled ? (
                          <Badge tone="danger">{t('workbenchAdvisor.calendar.slotCancelled')}</Badge>
                        ) : null}
                      </p>
                      {slot.movedAway.map((away) => (
                        <p key={away.id} className="advisor-slot__moved">
                          {t('workbenchAdvisor.calendar.movedTo', { organisation: away.organisation.name, when: formatters.dateTime(away.startsAt) })}
                        </p>
                      ))}
                      <p className="muted">
                        {slot.capacity > 1
                          ? t('workbenchAdvisor.calendar.seats', { taken: slot.seatsTaken, capacity: slot.capacity })
                          : t('workbenchAdvisor.calendar.oneToOne')}
                      </p>
                      {bookings.length === 0 && moved ? null : bookings.length === 0 ? (
                        <p className="muted">{t('workbenchAdvisor.calendar.noBookings')}</p>
                      ) : (
                        <ul
                          className="advisor-bookings"
                          aria-label={`${t('workbenchAdvisor.calendar.bookingsLabel')}: ${format.timeRange(slot.startsAt, slot.endsAt)} ${title}`}
                        >
                          {bookings.map((booking) => (
                            <BookingItem key={booking.id} booking={booking} date={format.longDay(day)} time={time} now={now} announcer={announcer} />
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
