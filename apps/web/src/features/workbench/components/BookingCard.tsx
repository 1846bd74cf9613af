import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { useFormatTexts } from '../format-texts';
import { bookingPath } from '../paths';
import { formatWhen } from '../time-format';
import { BookingStatusBadge } from './BookingStatusBadge';
import { CalendarLink } from './CalendarLink';

/** A booking in "Meine Termine": format, status, time, advisor, place, organisation, calendar file. */
export function BookingCard({ booking }: { booking: BookingFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const texts = useFormatTexts();
  const titleId = `booking-${booking.id}-title`;
  const when = formatWhen(booking.startsAt, booking.endsAt, format.language);
  return (
    <article className="entry-card booking-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          <Link to={bookingPath(booking.id)}>{booking.format.title}</Link>
        </h3>
        <BookingStatusBadge status={booking.status} />
      </div>
      <p className="booking-card__when">
        {booking.previousStartsAt ? (
          <>
            <span className="booking-card__moved">{t('workbench.booking.moved', { from: format.dateTime(booking.previousStartsAt) })}</span>{' '}
            <span aria-hidden="true">→ </span>
          </>
        ) : null}
        {when}
      </p>
      <p className="entry-card__owner">
        {booking.advisorContact.name} · {booking.format.organisation.name}
      </p>
      <p className="entry-card__meta">
        {[texts.place(booking), texts.kind(booking.format), booking.organisation.name].map((text, index) => (
          <span key={index}>
            {index > 0 ? <span aria-hidden="true"> · </span> : null}
            {text}
          </span>
        ))}
      </p>
      {booking.status === 'CONFIRMED' ? (
        <p className="booking-card__actions">
          <CalendarLink path={booking.calendarPath} short context={t('workbench.icsFor', { title: booking.format.title, date: when })} />
        </p>
      ) : null}
    </article>
  );
}
