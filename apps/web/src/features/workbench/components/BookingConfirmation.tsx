import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckIcon } from '../../../components/icons';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { bookingPath } from '../paths';
import { MY_BOOKINGS_PATH } from '../../../lib/site-paths';
import { BookingFacts } from './BookingFacts';
import { CalendarLink } from './CalendarLink';

interface Props {
  booking: BookingFieldsFragment;
  onBookAnother: () => void;
}

/** "Ihr Termin ist gebucht": when and where, the calendar file and the way to "Meine Termine". Takes focus. */
export function BookingConfirmation({ booking, onBookAnother }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="form-success booking-confirmation" aria-labelledby={`${id}-heading`}>
      <h3 ref={headingRef} id={`${id}-heading`} tabIndex={-1} className="form-success__title">
        <CheckIcon className="form-success__icon" />
        {t('workbench.confirmation.heading')}
      </h3>
      <BookingFacts booking={booking} />
      <p>{t('workbench.confirmation.mail')}</p>
      <div className="coordination-actions">
        <CalendarLink path={booking.calendarPath} className="button" />
        <Link to={bookingPath(booking.id)} className="button button--secondary">
          {t('workbench.confirmation.toBooking')}
        </Link>
        <Link to={MY_BOOKINGS_PATH}>{t('workbench.confirmation.toMyBookings')}</Link>
      </div>
      <p>
        <button type="button" className="button button--ghost" onClick={onBookAnother}>
          {t('workbench.confirmation.bookAnother')}
        </button>
      </p>
    </section>
  );
}
