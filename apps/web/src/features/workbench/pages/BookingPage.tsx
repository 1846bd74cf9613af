import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormatters } from '../../../lib/use-formatters';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { hasErrorCode } from '../../../lib/error-message';
import { BookingFacts } from '../components/BookingFacts';
import { BookingStatusBadge } from '../components/BookingStatusBadge';
import { CalendarLink } from '../components/CalendarLink';
import { CancelPanel } from '../components/CancelPanel';
import { ReschedulePanel } from '../components/ReschedulePanel';
import { useBooking } from '../hooks/use-bookings';
import { useNow } from '../../../lib/use-now';
import { MY_BOOKINGS_PATH } from '../../../lib/site-paths';
import { formatWhen } from '../time-format';
import '../../../styles/cards.css';
import '../workbench.css';
import { ErrorCodes } from '../../../lib/error-codes';

type Panel = 'cancel' | 'reschedule';

/** Cancel and reschedule: until the deadline; afterwards the buttons stay, disabled, with the reason. */
function ChangeSection({ booking, announce }: { booking: BookingFieldsFragment; announce: ReturnType<typeof useAnnouncer>['announce'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [panel, setPanel] = useState<Panel | null>(null);
  const buttons = useRef(new Map<Panel, HTMLButtonElement>());
  const deadline = format.dateTime(booking.cancellationDeadline);
  const locked = !booking.viewerCanChange;

  const close = (which: Panel) => {
    flushSync(() => setPanel(null));
    buttons.current.get(which)?.focus();
  };
  const done = (text: string, error = false) => {
    flushSync(() => setPanel(null));
    announce(text, { error, focus: true });
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbench.booking.changeHeading')}
      </h2>
      <p id={`${id}-rule`}>
        {locked
          ? t('workbench.booking.deadlinePassed', { deadline, name: booking.advisorContact.name, email: booking.advisorContact.email })
          : t('workbench.booking.changeUntil', { deadline })}
      </p>
      {panel === 'cancel' ? (
        <CancelPanel
          booking={booking}
          onCancelled={() => done(t('workbench.cancel.done'))}
          onLocked={(message) => done(message, true)}
          onClose={() => close('cancel')}
        />
      ) : panel === 'reschedule' ? (
        <ReschedulePanel
          booking={booking}
          onMoved={(moved) => done(t('workbench.reschedule.done', { when: formatWhen(moved.startsAt, moved.endsAt, format.language) }))}
          onLocked={(message) => done(message, true)}
          onClose={() => close('reschedule')}
        />
      ) : (
        <div className="coordination-actions">
          {(['reschedule', 'cancel'] as const).map((which) => (
            <button
              key={which}
              ref={(button) => {
                if (button) buttons.current.set(which, button);
                else buttons.current.delete(which);
              }}
              type="button"
              className={`button${which === 'cancel' ? ' button--secondary' : ''}`}
              disabled={locked}
              aria-describedby={locked ? `${id}-rule` : undefined}
              onClick={() => setPanel(which)}
            >
              {which === 'cancel' ? t('workbench.booking.cancel') : t('workbench.booking.reschedule')}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function BookingContent({ booking }: { booking: BookingFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  // Confirmed and not over yet: it can still be changed (or the page says why not).
  const now = useNow();
  const open = booking.status === 'CONFIRMED' && new Date(booking.endsAt).getTime() > now;

  return (
    <>
      <p className="booking-detail__status">
        <BookingStatusBadge status={booking.status} />
      </p>
      <LiveAnnouncement announcer={announcer} />
      <section className="section" aria-labelledby={`${id}-facts`}>
        <h2 id={`${id}-facts`} className="visually-hidden">
          {t('workbench.booking.titleFallback')}
        </h2>
        <BookingFacts booking={booking} full />
        {booking.status === 'CONFIRMED' ? (
          <p className="booking-detail__ics">
            <CalendarLink path={booking.calendarPath} className="button button--secondary" />
          </p>
        ) : null}
      </section>
      {booking.viewerIsAdvisor ? <p className="muted">{t('workbench.booking.viewerIsAdvisor')}</p> : null}
      {open ? <ChangeSection booking={booking} announce={announcer.announce} /> : null}
    </>
  );
}

/** `/werkbank/termine/:id`: one booking with calendar file, cancelling (with reason) and rescheduling. */
export function BookingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const booking = useBooking(id);
  const title = booking.data?.format.title ?? t('workbench.booking.titleFallback');
  useDocumentTitle(title);

  return (
    <div className="page workbench booking-detail">
      <Link to={MY_BOOKINGS_PATH} className="back-link">
        <ArrowLeftIcon />
        {t('workbench.booking.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={booking}
        notFound={hasErrorCode(booking.error, ErrorCodes.BOOKING_NOT_FOUND)}
        notFoundText={t('workbench.booking.notFound')}
        notFoundAction={
          <Link to={MY_BOOKINGS_PATH} className="button button--secondary">
            {t('workbench.booking.back')}
          </Link>
        }
        loadingLabel={t('workbench.booking.loading')}
        errorTitle={t('workbench.booking.error')}
      >
        {(data) => <BookingContent booking={data} />}
      </QueryStates>
    </div>
  );
}
