import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { FormAlert } from '../../../components/form/FormAlert';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { DeskBookingFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { formatDate, formatDateTime } from '../../../lib/format';
import { COWORKING_PATH } from '../../../lib/site-paths';
import { useLanguage } from '../../../lib/use-language';
import { useCancelDesk, useMyDeskBookings } from '../hooks/use-coworking';
import { placePath } from '../paths';
import { DeskCalendarLink } from './DeskCalendarLink';

/** One desk day: place, day, status, calendar file, and cancelling (with a confirm step) until the deadline. */
function DeskDay({ desk }: { desk: DeskBookingFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cancel = useCancelDesk();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const day = formatDate(desk.date, language);
  const titleId = `desk-${desk.id}-title`;
  return (
    <article className="entry-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          {day}: <Link to={placePath(desk.place.id)}>{desk.place.name}</Link>
        </h3>
        {desk.status === 'CANCELLED' ? <span className="badge badge--neutral">{t('coworking.mine.cancelled')}</span> : null}
      </div>
      <p className="entry-card__meta">
        {desk.place.street}, {desk.place.postalCode}
      </p>
      {desk.status === 'CONFIRMED' ? (
        <p>
          <DeskCalendarLink path={desk.calendarPath} context={`${day}, ${desk.place.name}`} />
        </p>
      ) : null}
      {failure ? <FormAlert title={t('coworking.mine.cancelFailed')} message={failure} /> : null}
      {desk.viewerCanCancel && !confirming ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('coworking.mine.cancel')}
            <span className="visually-hidden"> {`${day}, ${desk.place.name}`}</span>
          </button>{' '}
          <span className="field__hint">{t('coworking.mine.cancelUntil', { when: formatDateTime(desk.cancellationDeadline, language) })}</span>
        </p>
      ) : null}
      {confirming ? (
        <ConfirmStep
          question={t('coworking.mine.cancelQuestion', { date: day, place: desk.place.name })}
          confirmLabel={t('coworking.mine.cancelConfirm')}
          pendingLabel={t('coworking.mine.cancelPending')}
          pending={cancel.isPending}
          onConfirm={() =>
            cancel.mutate(
              { id: desk.id },
              {
                onSettled: () => setConfirming(false),
                onError: (error) => setFailure(errorMessage(error, t)),
              },
            )
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </article>
  );
}

/** "Meine Termine": my desk days in co-working places, upcoming or past (the page's tab decides). */
export function MyDeskDays({ past }: { past: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const desks = useMyDeskBookings(past);
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{past ? t('coworking.mine.pastHeading') : t('coworking.mine.heading')}</h2>
      {desks.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('coworking.mine.loading')} />
        </div>
      ) : desks.isError ? (
        <ErrorState title={t('coworking.mine.error')} error={desks.error} onRetry={() => void desks.refetch()} retrying={desks.isFetching} />
      ) : desks.data.length === 0 ? (
        <EmptyState title={t('coworking.mine.empty')}>
          <Link to={COWORKING_PATH}>{t('coworking.mine.find')}</Link>
        </EmptyState>
      ) : (
        <ul className="entry-list">
          {desks.data.map((desk) => (
            <li key={desk.id}>
              <DeskDay desk={desk} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
