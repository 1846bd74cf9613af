import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PagedResults } from '../../../components/PagedResults';
import { MyDeskDays } from '../../coworking';
import { MyMeetings } from '../../meetings';
import { BookingCard } from '../components/BookingCard';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel';
import { BOOKING_SCOPES, scopeFromSearchParams, scopeSearch } from '../filters';
import { useMyBookings } from '../hooks/use-bookings';
import { MY_BOOKINGS_PATH, WORKBENCH_PATH } from '../../../lib/site-paths';
import '../../../styles/cards.css';
import '../workbench.css';

/** `/werkbank/termine` ("Meine Termine"): upcoming and past bookings of my organisations, 20 per page, my meetings, desk days and the calendar subscription. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams] = useSearchParams();
  const scope = scopeFromSearchParams(searchParams);
  const bookings = useMyBookings(scope);
  const scopeText = (value: typeof scope) => (value === 'PAST' ? t('workbench.myBookings.scopePast') : t('workbench.myBookings.scopeUpcoming'));
  useDocumentTitle(`${scopeText(scope)} – ${t('workbench.myBookings.title')}`);

  return (
    <div className="page workbench">
      <PageHeading>{t('workbench.myBookings.title')}</PageHeading>
      <p className="lead">
        {t('workbench.myBookings.intro')} {t('workbench.timeZoneNote')}
      </p>
      <div className="board-actions">
        <Link to={WORKBENCH_PATH} className="button button--secondary">
          {t('workbench.myBookings.book')}
        </Link>
      </div>
      <nav aria-label={t('workbench.myBookings.scopeLabel')} className="board-tabs">
        <ul className="board-tabs__list">
          {BOOKING_SCOPES.map((value) => (
            <li key={value}>
              <Link to={`${MY_BOOKINGS_PATH}${scopeSearch(value)}`} className="board-tabs__link" aria-current={value === scope ? 'page' : undefined}>
                {scopeText(value)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="results" aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`} className="visually-hidden">
          {scopeText(scope)}
        </h2>
        <PagedResults
          query={bookings}
          loadingLabel={t('workbench.myBookings.loading')}
          errorTitle={t('workbench.myBookings.error')}
          emptyTitle={scope === 'PAST' ? t('workbench.myBookings.emptyPast') : t('workbench.myBookings.emptyUpcoming')}
          shownText={(shown, total) => t('workbench.myBookings.shown', { shown, total })}
        >
          {(items) => (
            <ul className="entry-list">
              {items.map((booking) => (
                <li key={booking.id}>
                  <BookingCard booking={booking} />
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
      <MyMeetings past={scope === 'PAST'} />
      <MyDeskDays past={scope === 'PAST'} />
      <CalendarFeedPanel />
    </div>
  );
}
