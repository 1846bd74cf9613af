import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/error-message';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';

export interface OwnerAction {
  key: string;
  label: string;
  pendingLabel: string;
  /** Ask first ("… wirklich …?"); for actions that end an entry. */
  confirm?: { question: string; details?: string; confirmLabel: string };
  run: () => Promise<unknown>;
  /** Announced after success. */
  done: string;
  secondary?: boolean;
}

/** "Veröffentlichen" of a draft. */
export function publishAction(t: TFunction, run: () => Promise<unknown>, done: string): OwnerAction {
  return { key: 'publish', label: t('matchmaking.owner.publish'), pendingLabel: t('matchmaking.owner.publishing'), run, done };
}

/** "Zurückziehen" (CLOSED) of a draft or open entry, after confirmation. */
export function withdrawAction(t: TFunction, title: string, run: () => Promise<unknown>): OwnerAction {
  return {
    key: 'close',
    label: t('matchmaking.owner.withdraw'),
    pendingLabel: t('matchmaking.owner.closing'),
    confirm: {
      question: t('matchmaking.owner.withdrawQuestion', { title }),
      details: t('matchmaking.owner.closeDetails'),
      confirmLabel: t('matchmaking.owner.withdrawConfirm'),
    },
    run,
    done: t('matchmaking.owner.withdrawnDone'),
    secondary: true,
  };
}

interface Props {
  /** What the status means for the owner (visibility, expiry). */
  statusText: string;
  actions: readonly OwnerAction[];
  /** The edit page, while the entry can be edited. */
  editPath: string | null;
}

/** "Ihr Eintrag": the status in words and what the owner can do (publish, renew, close, edit). */
export function OwnerActions({ statusText, actions, editPath }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const location = useLocation();
  const navigate = useNavigate();

  const cancel = (key: string) => {
    flushSync(() => setConfirming(null));
    buttons.current.get(key)?.focus();
  };

  const run = (action: OwnerAction) => {
    setPending(action.key);
    announcer.clear();
    action
      .run()
      .then(() => {
        // The notice the form left ("Als Entwurf gespeichert") is out of date now.
        if (location.state) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
        announcer.announce(action.done, { focus: true });
      })
      .catch((error: unknown) => announcer.announce(`${t('matchmaking.owner.failed')} ${errorMessage(error, t)}`, { error: true, focus: true }))
      .finally(() => {
        setPending(null);
        setConfirming(null);
      });
  };

  const confirmed = actions.find((action) => action.key === confirming);

  return (
    <section className="section owner-actions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('matchmaking.owner.heading')}
      </h2>
      <p>{statusText}</p>
      <LiveAnnouncement announcer={announcer} />
      {confirmed?.confirm ? (
        <ConfirmStep
          question={confirmed.confirm.question}
          details={confirmed.confirm.details}
          confirmLabel={confirmed.confirm.confirmLabel}
          pendingLabel={confirmed.pendingLabel}
          pending={pending === confirmed.key}
          onConfirm={() => run(confirmed)}
          onCancel={() => cancel(confirmed.key)}
        />
      ) : (
        <div className="coordination-actions">
          {actions.map((action) => (
            <button
              key={action.key}
              ref={(button) => {
                if (button) buttons.current.set(action.key, button);
                else buttons.current.delete(action.key);
              }}
              type="button"
              className={`button${action.secondary ? ' button--secondary' : ''}`}
              disabled={pending !== null}
              onClick={() => (action.confirm ? setConfirming(action.key) : run(action))}
            >
              {pending === action.key ? action.pendingLabel : action.label}
            </button>
          ))}
          {editPath ? (
            <Link to={editPath} className="button button--secondary">
              {t('matchmaking.owner.edit')}
            </Link>
          ) : null}
        </div>
      )}
    </section>
  );
}
