import { addDays, DESK_BOOKING_HORIZON_DAYS, isValidDate } from '@wiw/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { TextField, SubmitActions } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import type { DeskBookingFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../../lib/session/use-me';
import { MY_BOOKINGS_PATH, signInPath } from '../../../lib/site-paths';
import { useLanguage } from '../../../lib/use-language';
import { useBookDesk } from '../hooks/use-coworking';
import { DeskCalendarLink } from './DeskCalendarLink';

interface Props {
  placeId: string;
  placeName: string;
  desks: number;
  desksLeft: number | null;
  date: string;
  today: string;
  onDateChange: (date: string) => void;
}

/** "Tagesschreibtisch buchen": a Berlin day, the desks left that day, then the booking and its calendar file. */
export function BookDeskForm({ placeId, placeName, desks, desksLeft, date, today, onDateChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const id = useId();
  const me = useMe();
  const book = useBookDesk();
  const [issue, setIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [booked, setBooked] = useState<DeskBookingFieldsFragment | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const last = addDays(today, DESK_BOOKING_HORIZON_DAYS);

  useEffect(() => {
    if (booked) doneRef.current?.focus();
  }, [booked]);
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValidDate(date) || date < today || date > last) {
      setIssue(t('coworking.book.invalidDate', { days: DESK_BOOKING_HORIZON_DAYS }));
      return;
    }
    setIssue(null);
    setFailure(null);
    book.mutate({ placeId, date }, { onSuccess: setBooked, onError: (error) => setFailure(errorMessage(error, t)) });
  };

  if (booked) {
    return (
      <section className="section booking-done" aria-labelledby={`${id}-done`}>
        <h2 ref={doneRef} id={`${id}-done`} tabIndex={-1}>
          {t('coworking.book.doneHeading')}
        </h2>
        <p>{t('coworking.book.done', { place: placeName, date: formatDate(booked.date, language) })}</p>
        <p>
          <DeskCalendarLink path={booked.calendarPath} />
        </p>
        <p>
          <Link to={MY_BOOKINGS_PATH}>{t('coworking.book.toMine')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coworking.book.heading')}</h2>
      <form className="account-form" noValidate onSubmit={onSubmit}>
        {failure ? <FormAlert alertRef={alertRef} title={t('coworking.book.failed')} message={failure} /> : null}
        <TextField
          id={`${id}-date`}
          type="date"
          label={t('coworking.book.date')}
          hint={t('coworking.book.dateHint', { days: DESK_BOOKING_HORIZON_DAYS })}
          min={today}
          max={last}
          value={date}
          issues={issue ? [{ message: issue }] : []}
          onChange={(event) => onDateChange(event.target.value)}
        />
        <p role="status" className="field__hint">
          {desksLeft !== null && isValidDate(date) ? t('coworking.book.left', { date: formatDate(date, language), count: desksLeft, desks }) : null}
        </p>
        {me.data ? (
          <SubmitActions pending={book.isPending} label={t('coworking.book.submit')} pendingLabel={t('coworking.book.pending')} />
        ) : (
          <p>
            <Link className="button" to={signInPath(`${location.pathname}${location.search}`)}>
              {t('coworking.book.signIn')}
            </Link>
          </p>
        )}
      </form>
    </section>
  );
}
