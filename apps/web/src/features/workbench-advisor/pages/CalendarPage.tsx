import { addDays, berlinDate, weekEnd, weekOf, weekStart } from '@wiw/domain';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useFormatters } from '../../../lib/use-formatters';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { CalendarFeedPanel } from '../../workbench';
import { WeekSchedule } from '../components/WeekSchedule';
import { useNow } from '../../../lib/use-now';
import { useNextSlotStart, useSchedule } from '../hooks/use-schedule';
import { ADVISOR_PATHS, calendarWeekPath } from '../paths';

/** `/werkbank/beratung/kalender?woche=YYYY-MM-DD`: the slots and bookings of one week (Monday to Sunday), and the calendar subscription. */
export function CalendarPage() {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const today = berlinDate(new Date(now));
  // Without a week in the URL the calendar opens on the week of the next booked slot, once, and
  // writes it into the URL (so a cancellation there does not move the view).
  const chosenWeek = params.get('woche');
  const nextSlot = useNextSlotStart({ enabled: chosenWeek === null });
  const opening = chosenWeek === null && nextSlot.data ? berlinDate(new Date(nextSlot.data)) : null;
  const monday = weekOf(chosenWeek ?? opening, today);
  const sunday = weekEnd(monday);
  const thisWeek = weekStart(today);
  const deciding = chosenWeek === null && nextSlot.isPending;
  const schedule = useSchedule(monday, sunday, { enabled: !deciding });
  useEffect(() => {
    if (chosenWeek === null && !nextSlot.isPending) setParams((current) => new URLSearchParams([...current, ['woche', monday]]), { replace: true });
  }, [chosenWeek, nextSlot.isPending, monday, setParams]);
  const announcer = useAnnouncer();
  const weekHeading = t('workbenchAdvisor.calendar.weekHeading', { from: format.date(monday), to: format.date(sunday) });

  let content;
  if (schedule.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('workbenchAdvisor.calendar.loading')} />
      </div>
    );
  } else if (schedule.isError) {
    content = (
      <ErrorState
        title={t('workbenchAdvisor.calendar.error')}
        error={schedule.error}
        onRetry={() => void schedule.refetch()}
        retrying={schedule.isFetching}
      />
    );
  } else if (schedule.data.length === 0) {
    content = (
      <EmptyState title={t('workbenchAdvisor.calendar.empty')}>
        <p>{t('workbenchAdvisor.calendar.emptyHint')}</p>
        <p>
          <Link to={ADVISOR_PATHS.availability}>{t('workbenchAdvisor.calendar.toAvailability')}</Link>
        </p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <p className="coordination-shown">{t('workbenchAdvisor.calendar.summary', { count: schedule.data.length })}</p>
        <WeekSchedule monday={monday} slots={schedule.data} now={now} announcer={announcer} />
      </>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbenchAdvisor.calendar.heading')}
      </h2>
      <p>{t('workbenchAdvisor.calendar.intro')}</p>
      <nav aria-label={t('workbenchAdvisor.calendar.weekNav')} className="advisor-week-nav">
        <Link to={calendarWeekPath(addDays(monday, -7))} className="button button--secondary">
          {t('workbenchAdvisor.calendar.previous')}
        </Link>
        <Link to={calendarWeekPath(thisWeek)} className="button button--secondary" aria-current={monday === thisWeek ? 'page' : undefined}>
          {t('workbenchAdvisor.calendar.current')}
        </Link>
        <Link to={calendarWeekPath(addDays(monday, 7))} className="button button--secondary">
          {t('workbenchAdvisor.calendar.next')}
        </Link>
      </nav>
      <h3 id={`${id}-week`} className="advisor-week-heading" aria-live="polite">
        {weekHeading}
      </h3>
      <LiveAnnouncement announcer={announcer} />
      {content}
      <CalendarFeedPanel />
    </section>
  );
}
