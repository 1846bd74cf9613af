import { berlinDate, RESCHEDULE_NOTE_MAX_LENGTH, weekStart } from '@wiw/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { TextAreaField } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { bookingProblem } from '../booking-errors';
import { useRescheduleBooking } from '../hooks/use-booking-mutations';
import { textLength } from '../limits';
import { formatWhen } from '../time-format';
import { useBerlinToday } from '../../../lib/use-now';
import { WeekSlotPicker, type FreeSlot } from './WeekSlotPicker';

interface ConfirmProps {
  booking: BookingFieldsFragment;
  slot: FreeSlot;
  onMoved: (booking: BookingFieldsFragment) => void;
  onSlotGone: (message: string) => void;
  onLocked: (message: string) => void;
  onChooseOther: () => void;
}

/** "Verschiebung bestätigen": from when to when, an optional note, then the move. Takes focus. */
function ConfirmMove({ booking, slot, onMoved, onSlotGone, onLocked, onChooseOther }: ConfirmProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const reschedule = useRescheduleBooking();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const [note, setNote] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reschedule.isPending) return;
    const tooLong = textLength(note) > RESCHEDULE_NOTE_MAX_LENGTH;
    flushSync(() => {
      setIssue(tooLong ? t('workbench.reschedule.noteLength', { max: RESCHEDULE_NOTE_MAX_LENGTH }) : null);
      setFailure(null);
    });
    if (tooLong) return noteRef.current?.focus();
    // The promise, not mutate's callbacks: those are dropped when this form is gone by the time the answer comes.
    reschedule.mutateAsync({ id: booking.id, startsAt: slot.startsAt, reason: note.trim() || null }).then(onMoved, (error: unknown) => {
      const message = errorMessage(error, t);
      const problem = bookingProblem(error);
      if (problem === 'slot') return onSlotGone(message);
      if (problem === 'locked') return onLocked(message);
      flushSync(() => setFailure(`${t('workbench.reschedule.failed')} ${message}`));
      alertRef.current?.focus();
    });
  };

  return (
    <form className="account-form reschedule-confirm" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h4 ref={headingRef} id={`${id}-heading`} tabIndex={-1} className="section__heading">
        {t('workbench.reschedule.confirmHeading')}
      </h4>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('workbench.reschedule.from')}</dt>
          <dd>{formatWhen(booking.startsAt, booking.endsAt, language)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('workbench.reschedule.to')}</dt>
          <dd>{formatWhen(slot.startsAt, slot.endsAt, language)}</dd>
        </div>
      </dl>
      <TextAreaField
        id={`${id}-note`}
        textAreaRef={noteRef}
        label={t('workbench.reschedule.note')}
        optional
        hint={`${t('workbench.reschedule.noteHint', { max: RESCHEDULE_NOTE_MAX_LENGTH })} ${t('workbench.form.characters', { count: textLength(note), max: RESCHEDULE_NOTE_MAX_LENGTH })}`}
        rows={3}
        maxLength={RESCHEDULE_NOTE_MAX_LENGTH + 100}
        value={note}
        issues={issue ? [{ message: issue }] : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <p ref={alertRef} role="alert" tabIndex={-1} className={failure ? 'form-alert form-alert--inline' : 'visually-hidden'}>
        {failure}
      </p>
      <div className="coordination-actions">
        <button type="submit" className="button" disabled={reschedule.isPending}>
          {reschedule.isPending ? t('workbench.reschedule.pending') : t('workbench.reschedule.confirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={reschedule.isPending} onClick={onChooseOther}>
          {t('workbench.reschedule.otherSlot')}
        </button>
      </div>
    </form>
  );
}

interface Props {
  booking: BookingFieldsFragment;
  onMoved: (booking: BookingFieldsFragment) => void;
  onLocked: (message: string) => void;
  onClose: () => void;
}

/** "Termin verschieben": the free slots of the same format in a week view, then the confirmation. */
export function ReschedulePanel({ booking, onMoved, onLocked, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pickerHeadingRef = useRef<HTMLHeadingElement>(null);
  const today = useBerlinToday();
  const horizonDays = booking.format.bookingHorizonDays;
  // Start at the booking's own week (never one in the past).
  const [week, setWeek] = useState(() => {
    const own = weekStart(berlinDate(new Date(booking.startsAt)));
    return own >= weekStart(today) ? own : weekStart(today);
  });
  const [selected, setSelected] = useState<FreeSlot | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="change-panel">
      <div className="booking-form__head">
        <h3 ref={headingRef} id={`${id}-heading`} tabIndex={-1} className="section__heading">
          {t('workbench.reschedule.heading')}
        </h3>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('workbench.reschedule.close')}
        </button>
      </div>
      <p>{t('workbench.reschedule.intro')}</p>
      <LiveAnnouncement announcer={announcer} />
      <WeekSlotPicker
        formatId={booking.format.id}
        week={week}
        onWeekChange={(next) => {
          setWeek(next);
          setSelected(null);
        }}
        horizonDays={horizonDays}
        group={booking.format.capacity > 1}
        selected={selected?.startsAt ?? null}
        onSelect={(slot) => {
          announcer.clear();
          setSelected(slot);
        }}
        exclude={booking.startsAt}
        level={4}
        headingRef={pickerHeadingRef}
      />
      {selected ? (
        <ConfirmMove
          key={selected.startsAt}
          booking={booking}
          slot={selected}
          onMoved={onMoved}
          onLocked={onLocked}
          onSlotGone={(message) => {
            setSelected(null);
            announcer.announce(`${message} ${t('workbench.form.slotGone')}`, { error: true, focus: true });
          }}
          onChooseOther={() => {
            flushSync(() => setSelected(null));
            pickerHeadingRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
