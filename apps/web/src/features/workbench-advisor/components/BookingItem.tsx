import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/Badge';
import type { AdvisorBookingFieldsFragment, BookingStatus } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { type Announcer } from '../../../lib/use-announcer';
import { AttendanceControls } from './AttendanceControls';
import { CancelBookingControls } from './CancelBookingControls';

const TONES: Record<BookingStatus, BadgeTone> = { CONFIRMED: 'info', CANCELLED: 'danger', ATTENDED: 'success', NO_SHOW: 'warning' };

interface Props {
  booking: AdvisorBookingFieldsFragment;
  /** The slot's day and start time, as the cancel question says them. */
  date: string;
  time: string;
  now: number;
  announcer: Announcer;
}

/** One booking of a slot: who, what about, its status; attendance after the start, cancel while possible. */
export function BookingItem({ booking, date, time, now, announcer }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const started = new Date(booking.startsAt).getTime() <= now;
  const cancelled = booking.status === 'CANCELLED';
  return (
    <li className={`advisor-booking${cancelled ? ' advisor-booking--cancelled' : ''}`}>
      <p className="advisor-booking__who">
        <strong>{booking.organisation.name}</strong>{' '}
        <Badge tone={TONES[booking.status]}>{t(`workbenchAdvisor.booking.status.${booking.status}`)}</Badge>
      </p>
      {booking.previousStartsAt ? (
        <p className="muted">{t('workbenchAdvisor.calendar.movedFrom', { when: format.dateTime(booking.previousStartsAt) })}</p>
      ) : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('workbenchAdvisor.booking.bookedBy')}</dt>
          <dd>
            {booking.bookedBy ? (
              <>
                {booking.bookedBy.name}, <a href={`mailto:${booking.bookedBy.email}`}>{booking.bookedBy.email}</a>
              </>
            ) : (
              <span className="muted">{t('workbenchAdvisor.booking.deletedPerson')}</span>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('workbenchAdvisor.booking.agenda')}</dt>
          <dd className="advisor-booking__agenda">{booking.agenda}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('workbenchAdvisor.booking.place')}</dt>
          <dd>{booking.mode === 'ONSITE' ? booking.location : t('workbenchAdvisor.booking.online')}</dd>
        </div>
      </dl>
      {cancelled ? (
        <p className="muted">
          {booking.cancelledAt ? t('workbenchAdvisor.booking.cancelledAt', { date: format.dateTime(booking.cancelledAt) }) : null}
          {booking.cancellationReason ? ` ${t('workbenchAdvisor.booking.reason', { reason: booking.cancellationReason })}` : null}
        </p>
      ) : null}
      {booking.attendanceMarkedAt && !cancelled ? (
        <p className="muted">{t('workbenchAdvisor.booking.attendanceMarkedAt', { date: format.dateTime(booking.attendanceMarkedAt) })}</p>
      ) : null}
      {!cancelled ? (
        <div className="advisor-booking__actions">
          {started ? (
            <AttendanceControls booking={booking} announcer={announcer} />
          ) : (
            <p className="muted">{t('workbenchAdvisor.booking.attendanceLater')}</p>
          )}
          {booking.viewerCanChange ? <CancelBookingControls booking={booking} date={date} time={time} announcer={announcer} /> : null}
        </div>
      ) : null}
    </li>
  );
}
