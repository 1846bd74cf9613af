import { berlinDate, weekOf } from '@wiw/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import type { Attempt } from '../attempt-key';
import { slotChoiceFromSearchParams, slotChoiceToSearchParams } from '../filters';
import { useBookableSlots } from '../hooks/use-bookable-slots';
import { formatWhen } from '../time-format';
import { useBerlinToday } from '../../../lib/use-now';
import { BookingConfirmation } from './BookingConfirmation';
import { BookingForm, type BookingDraft } from './BookingForm';
import type { FormatDetail } from './FormatFacts';
import { sameInstant, WeekSlotPicker, type FreeSlot } from './WeekSlotPicker';

/** Signed out: the chosen slot and the way to sign in and come back to it. */
function SignInToBook({ slot }: { slot: FreeSlot | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (slot) ref.current?.focus();
  }, [slot]);
  return (
    <div ref={ref} tabIndex={-1} className="notice sign-in-to-book">
      {slot ? (
        <p className="sign-in-to-book__chosen">{t('workbench.signInToBook.chosen', { when: formatWhen(slot.startsAt, slot.endsAt, language) })}</p>
      ) : null}
      <p>{t('workbench.signInToBook.text')}</p>
      <p>
        <Link to={signInPath(`${location.pathname}${location.search}`)} className="button">
          {t('workbench.signInToBook.link')}
        </Link>
      </p>
    </div>
  );
}

const EMPTY_DRAFT: BookingDraft = { organisationId: '', agenda: '' };

/**
 * "Termin buchen": the week's free slots (week and chosen slot in the URL, so a visitor who signs
 * in comes back to the same slot), the booking form and the confirmation.
 */
export function BookingSection({ format }: { format: FormatDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const announcer = useAnnouncer();
  const pickerHeadingRef = useRef<HTMLHeadingElement>(null);
  const { filters: choice, update } = useSearchParamFilters(slotChoiceFromSearchParams, slotChoiceToSearchParams);
  // Without a week in the URL, the week of the next free slot (not an empty current week).
  const opening = format.nextFreeSlot ? berlinDate(new Date(format.nextFreeSlot)) : null;
  const week = weekOf(choice.week ?? opening, useBerlinToday());
  const slots = useBookableSlots(format.id, week);
  const [draft, setDraft] = useState<BookingDraft>(EMPTY_DRAFT);
  const [booked, setBooked] = useState<BookingFieldsFragment | null>(null);
  // The idempotency key of the current attempt; survives the form being shown again for a retry.
  const attemptRef = useRef<Attempt | null>(null);
  // A slot booked or refused is let go at once; the URL follows (react-router changes it in a transition).
  const [cleared, setCleared] = useState<string | null>(null);
  const chosen = choice.slot && choice.slot !== cleared ? choice.slot : null;
  // The chosen slot as it was offered: the form stays while the list is fetched again (after a
  // booking the slot is no longer free, and the form must still see the answer through).
  const [picked, setPicked] = useState<FreeSlot | null>(null);
  const offered = chosen ? (slots.data?.find((slot) => sameInstant(slot.startsAt, chosen)) ?? null) : null;
  if (offered && !(picked && sameInstant(picked.startsAt, offered.startsAt))) setPicked(offered);
  const selected = chosen && picked && sameInstant(picked.startsAt, chosen) ? picked : offered;

  const letGo = () => {
    flushSync(() => setCleared(choice.slot));
    update({ slot: null }, { replace: true });
  };

  const backToSlots = () => {
    letGo();
    pickerHeadingRef.current?.focus();
  };

  if (booked) {
    return (
      <section className="section" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="section__heading">
          {t('workbench.detail.bookHeading')}
        </h2>
        <BookingConfirmation
          booking={booked}
          onBookAnother={() => {
            setBooked(null);
            requestAnimationFrame(() => pickerHeadingRef.current?.focus());
          }}
        />
      </section>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbench.detail.bookHeading')}
      </h2>
      {format.status === 'ARCHIVED' ? (
        <p className="notice">{t('workbench.detail.archived')}</p>
      ) : (
        <>
          <LiveAnnouncement announcer={announcer} />
          <WeekSlotPicker
            formatId={format.id}
            week={week}
            onWeekChange={(next) => update({ week: next, slot: null }, { replace: true })}
            horizonDays={format.bookingHorizonDays}
            nextFree={format.nextFreeSlot ?? null}
            group={format.capacity > 1}
            selected={selected?.startsAt ?? null}
            onSelect={(slot) => {
              announcer.clear();
              setCleared(null);
              setPicked(slot);
              update({ week, slot: slot.startsAt }, { replace: true });
            }}
            level={3}
            headingRef={pickerHeadingRef}
          />
          {me.data === null ? <SignInToBook key={selected?.startsAt ?? 'none'} slot={selected} /> : null}
          {me.data && selected ? (
            <BookingForm
              key={selected.startsAt}
              formatId={format.id}
              slot={selected}
              draft={draft}
              onDraftChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
              attemptRef={attemptRef}
              onBooked={(booking) => {
                letGo();
                setDraft(EMPTY_DRAFT);
                setBooked(booking);
              }}
              onSlotGone={(message) => {
                letGo();
                announcer.announce(`${message} ${t('workbench.form.slotGone')}`, { error: true, focus: true });
              }}
              onChooseOther={backToSlots}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
