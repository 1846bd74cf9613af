import { AGENDA_LENGTH } from '@wiw/domain';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { isGraphQLRequestError } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SelectField, SubmitActions, TextAreaField } from '../../../components/form/fields';
import { MY_ORGANISATIONS_PATH } from '../../../lib/site-paths';
import { attemptFor, bookingFingerprint, type Attempt } from '../attempt-key';
import { bookingProblem } from '../booking-errors';
import { useBookConsultation } from '../hooks/use-booking-mutations';
import { useBookingOrganisations } from '../hooks/use-bookings';
import { textLength, withinLimits } from '../limits';
import { formatWhen } from '../time-format';
import type { FreeSlot } from './WeekSlotPicker';

export interface BookingDraft {
  organisationId: string;
  agenda: string;
}

interface Props {
  formatId: string;
  slot: FreeSlot;
  /** Kept by the page: a slot taken meanwhile must not cost the text typed. */
  draft: BookingDraft;
  onDraftChange: (patch: Partial<BookingDraft>) => void;
  /** The current attempt's idempotency key, kept by the page across retries. */
  attemptRef: RefObject<Attempt | null>;
  onBooked: (booking: BookingFieldsFragment) => void;
  /** The slot cannot be booked (any more): the page goes back to the slot list with `message`. */
  onSlotGone: (message: string) => void;
  onChooseOther: () => void;
}

/** The booking form for a chosen slot: for which verified organisation, and what about (10–2000 characters). */
export function BookingForm({ formatId, slot, draft, onDraftChange, attemptRef, onBooked, onSlotGone, onChooseOther }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const organisationRef = useRef<HTMLSelectElement>(null);
  const agendaRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const organisations = useBookingOrganisations({ enabled: true });
  const book = useBookConsultation();
  const [organisationIssue, setOrganisationIssue] = useState<string | null>(null);
  const [agendaIssue, setAgendaIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The form appears when a slot is chosen: the keyboard follows.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const verified = (organisations.data ?? []).filter((organisation) => organisation.verified);
  // One verified organisation: it is the choice.
  const organisationId = draft.organisationId || (verified.length === 1 ? verified[0]!.id : '');
  const when = formatWhen(slot.startsAt, slot.endsAt, language);

  const header = (
    <div className="booking-form__head">
      <h3 ref={headingRef} tabIndex={-1} id={`${id}-heading`} className="section__heading">
        {t('workbench.form.heading')}: {when}
      </h3>
      <button type="button" className="button button--ghost" onClick={onChooseOther}>
        {t('workbench.form.otherSlot')}
      </button>
    </div>
  );

  const unavailable = organisations.isPending ? (
    <div aria-busy="true">
      <LoadingState label={t('workbench.form.organisationsLoading')} />
    </div>
  ) : organisations.isError ? (
    <ErrorState
      title={t('workbench.form.organisationsError')}
      error={organisations.error}
      onRetry={() => void organisations.refetch()}
      retrying={organisations.isFetching}
    />
  ) : verified.length === 0 ? (
    <div className="notice">
      <p>{organisations.data.length === 0 ? t('workbench.form.noOrganisation') : t('workbench.form.noVerified')}</p>
      <p>
        <Link to={MY_ORGANISATIONS_PATH}>{t('workbench.form.toMyOrganisations')}</Link>
      </p>
    </div>
  ) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (book.isPending) return;
    const organisationMissing = !verified.some((organisation) => organisation.id === organisationId);
    const agendaInvalid = !withinLimits(draft.agenda, AGENDA_LENGTH.min, AGENDA_LENGTH.max);
    flushSync(() => {
      setOrganisationIssue(organisationMissing ? t('workbench.form.organisationRequired') : null);
      setAgendaIssue(agendaInvalid ? t('workbench.form.agendaLength', { min: AGENDA_LENGTH.min, max: AGENDA_LENGTH.max }) : null);
      setFailure(null);
    });
    if (organisationMissing) return organisationRef.current?.focus();
    if (agendaInvalid) return agendaRef.current?.focus();

    const input = { formatId, startsAt: slot.startsAt, organisationId, agenda: draft.agenda.trim() };
    const attempt = attemptFor(attemptRef.current, bookingFingerprint(input));
    attemptRef.current = attempt;
    // The promise, not mutate's callbacks: those are dropped when the form is gone by the time the answer comes.
    book.mutateAsync({ ...input, idempotencyKey: attempt.key }).then(
      (booking) => {
        attemptRef.current = null;
        onBooked(booking);
      },
      (error: unknown) => {
        const message = errorMessage(error, t);
        switch (bookingProblem(error)) {
          case 'slot':
            return onSlotGone(message);
          case 'organisation':
            flushSync(() => setOrganisationIssue(message));
            return organisationRef.current?.focus();
          case 'text':
            flushSync(() => setAgendaIssue(message));
            return agendaRef.current?.focus();
          default: {
            const retry = isGraphQLRequestError(error) && error.isTransient ? ` ${t('workbench.form.retryHint')}` : '';
            flushSync(() => setFailure(`${t('workbench.form.failed')} ${message}${retry}`));
            alertRef.current?.focus();
          }
        }
      },
    );
  };

  // One wrapper for every state: the heading keeps its focus when the organisations arrive.
  return (
    <div className="booking-form">
      {header}
      {unavailable ?? (
        <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
          <SelectField
            id={`${id}-organisation`}
            selectRef={organisationRef}
            label={t('workbench.form.organisation')}
            hint={t('workbench.form.organisationHint')}
            value={organisationId}
            issues={organisationIssue ? [{ message: organisationIssue }] : undefined}
            onChange={(event) => onDraftChange({ organisationId: event.target.value })}
          >
            {verified.length > 1 ? <option value="">{t('workbench.form.organisationChoose')}</option> : null}
            {(organisations.data ?? []).map((organisation) => (
              <option key={organisation.id} value={organisation.id} disabled={!organisation.verified}>
                {organisation.verified ? organisation.name : t('workbench.form.organisationUnverified', { name: organisation.name })}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id={`${id}-agenda`}
            textAreaRef={agendaRef}
            label={t('workbench.form.agenda')}
            hint={
              <>
                {t('workbench.form.agendaHint', { min: AGENDA_LENGTH.min, max: AGENDA_LENGTH.max })}{' '}
                <span className="char-count">{t('workbench.form.characters', { count: textLength(draft.agenda), max: AGENDA_LENGTH.max })}</span>
              </>
            }
            rows={6}
            maxLength={AGENDA_LENGTH.max + 100}
            value={draft.agenda}
            issues={agendaIssue ? [{ message: agendaIssue }] : undefined}
            onChange={(event) => onDraftChange({ agenda: event.target.value })}
          />
          <p ref={alertRef} role="alert" tabIndex={-1} className={failure ? 'form-alert form-alert--inline' : 'visually-hidden'}>
            {failure}
          </p>
          <SubmitActions pending={book.isPending} label={t('workbench.form.submit')} pendingLabel={t('workbench.form.submitting')} />
        </form>
      )}
    </div>
  );
}
