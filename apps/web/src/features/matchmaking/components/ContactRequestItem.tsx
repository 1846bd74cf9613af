import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../../../components/Badge';
import type { ContactBox, ContactRequestFieldsFragment, ContactRequestStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useFormatters } from '../../../lib/use-formatters';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { useAnswerContactRequest, useWithdrawContactRequest } from '../hooks/use-contact-requests';
import { entryPath } from '../paths';

export type ContactRequestNode = ContactRequestFieldsFragment;

const TONES: Record<ContactRequestStatus, BadgeTone> = { PENDING: 'warning', ACCEPTED: 'success', DECLINED: 'danger', WITHDRAWN: 'neutral' };

interface Props {
  request: ContactRequestNode;
  box: ContactBox;
  /** Reports the outcome of an action (announced, and focused: the buttons are gone). */
  onDone: (text: string, options?: { error?: boolean; focus?: boolean }) => void;
}

/** One contact request: the pair, the message, status and date, contact details once accepted, actions. */
export function ContactRequestItem({ request, box, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const answer = useAnswerContactRequest();
  const withdraw = useWithdrawContactRequest();
  const [confirming, setConfirming] = useState(false);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const titleId = `contact-${request.id}-title`;
  const pending = answer.isPending || withdraw.isPending;
  // The sender withdraws its request; the receiving side answers it, and once accepted may end the contact.
  const received = box === 'INBOX';
  const canEnd = received ? request.status === 'ACCEPTED' : request.status === 'PENDING' || request.status === 'ACCEPTED';
  const failed = (error: unknown) => onDone(`${t('matchmaking.contacts.actionFailed')} ${errorMessage(error, t)}`, { error: true, focus: true });

  const onAnswer = (accept: boolean) =>
    answer.mutate(
      { id: request.id, accept },
      { onSuccess: () => onDone(t(accept ? 'matchmaking.contacts.accepted' : 'matchmaking.contacts.declined'), { focus: true }), onError: failed },
    );
  const onWithdraw = () =>
    withdraw.mutate(request.id, {
      onSuccess: () => onDone(t(received ? 'matchmaking.contacts.endedContact' : 'matchmaking.contacts.withdrawn'), { focus: true }),
      onError: failed,
      onSettled: () => setConfirming(false),
    });

  return (
    <li className="contact-request">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="contact-request__title">
          <span>
            {t('matchmaking.contacts.need')} <Link to={entryPath('need', request.need.id)}>{request.need.title}</Link>
          </span>
          <span aria-hidden="true"> ↔ </span>
          <span>
            {t('matchmaking.contacts.offer')} <Link to={entryPath('offer', request.offer.id)}>{request.offer.title}</Link>
          </span>
        </h3>
        <p className="contact-request__meta">
          <Badge tone={TONES[request.status]}>{t(`matchmaking.contactStatus.${request.status}`)}</Badge>{' '}
          {t(`matchmaking.contacts.from.${box}.${request.fromSide}`)} ·{' '}
          {t('matchmaking.contacts.createdAt', { date: format.dateTime(request.createdAt) })}
          {request.answeredAt ? ` · ${t('matchmaking.contacts.answeredAt', { date: format.dateTime(request.answeredAt) })}` : null}
        </p>
        <p className="contact-request__label">{t('matchmaking.contacts.message')}</p>
        <blockquote className="contact-request__message prose">{request.message}</blockquote>
        {request.counterpart ? (
          <dl className="facts contact-request__counterpart" aria-label={t('matchmaking.contacts.counterpart')}>
            <div className="facts__row">
              <dt>{t('matchmaking.contacts.name')}</dt>
              <dd>{request.counterpart.name}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('matchmaking.contacts.email')}</dt>
              <dd>
                <a href={`mailto:${request.counterpart.email}`}>{request.counterpart.email}</a>
              </dd>
            </div>
            {request.counterpart.organisationName ? (
              <div className="facts__row">
                <dt>{t('matchmaking.contacts.organisation')}</dt>
                <dd>{request.counterpart.organisationName}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p className="muted">
            {t(request.status === 'PENDING' ? 'matchmaking.contacts.detailsAfterAcceptance' : 'matchmaking.contacts.noDetails')}
          </p>
        )}
        {confirming ? (
          <ConfirmStep
            question={t(received ? 'matchmaking.contacts.endContactQuestion' : 'matchmaking.contacts.withdrawQuestion')}
            details={t('matchmaking.contacts.withdrawDetails')}
            confirmLabel={t(received ? 'matchmaking.contacts.endContactConfirm' : 'matchmaking.contacts.withdrawConfirm')}
            pendingLabel={t('matchmaking.contacts.working')}
            pending={withdraw.isPending}
            onConfirm={onWithdraw}
            onCancel={() => {
              flushSync(() => setConfirming(false));
              withdrawRef.current?.focus();
            }}
          />
        ) : (
          <div className="coordination-actions">
            {received && request.status === 'PENDING' ? (
              <>
                <button type="button" className="button" disabled={pending} onClick={() => onAnswer(true)}>
                  {t('matchmaking.contacts.accept')}
                </button>
                <button type="button" className="button button--secondary" disabled={pending} onClick={() => onAnswer(false)}>
                  {t('matchmaking.contacts.decline')}
                </button>
              </>
            ) : null}
            {canEnd ? (
              <button ref={withdrawRef} type="button" className="button button--ghost" disabled={pending} onClick={() => setConfirming(true)}>
                {t(received ? 'matchmaking.contacts.endContact' : 'matchmaking.contacts.withdraw')}
              </button>
            ) : null}
          </div>
        )}
      </article>
    </li>
  );
}
