import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import type { MySessionsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { summariseUserAgent, truncate } from '../user-agent';

export type Session = MySessionsQuery['mySessions'][number];

/** "Chrome 130 unter Linux", the browser or system alone, a shortened raw value, or "unknown". */
export function useDeviceLabel(): (userAgent: string | null | undefined) => string {
  const { t } = useTranslation();
  return (userAgent) => {
    const { browser, os } = summariseUserAgent(userAgent);
    if (browser && os) return t('account.sessions.deviceOn', { browser, os });
    if (browser ?? os) return (browser ?? os)!;
    return userAgent?.trim() ? truncate(userAgent) : t('account.sessions.unknownDevice');
  };
}

interface Props {
  session: Session;
  revoking: boolean;
  onRevoke: (session: Session) => void;
}

export function SessionItem({ session, revoking, onRevoke }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const deviceLabel = useDeviceLabel();
  const id = useId();
  const device = deviceLabel(session.userAgent);
  const [confirming, setConfirming] = useState(false);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const ask = () => {
    flushSync(() => setConfirming(true));
    confirmRef.current?.focus();
  };
  const cancel = () => {
    flushSync(() => setConfirming(false));
    revokeRef.current?.focus();
  };

  return (
    <li className={`session${session.current ? ' session--current' : ''}`} aria-labelledby={`${id}-device`}>
      <div className="session__head">
        <h2 id={`${id}-device`} className="session__device" title={session.userAgent ?? undefined}>
          {device}
        </h2>
        {session.current ? <Badge tone="success">{t('account.sessions.current')}</Badge> : null}
      </div>
      <dl className="session__facts">
        <div>
          <dt>{t('account.sessions.createdAt')}</dt>
          <dd>
            <time dateTime={session.createdAt}>{format.dateTime(session.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('account.sessions.lastSeenAt')}</dt>
          <dd>
            <time dateTime={session.lastSeenAt}>{format.dateTime(session.lastSeenAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('account.sessions.expiresAt')}</dt>
          <dd>
            <time dateTime={session.expiresAt}>{format.dateTime(session.expiresAt)}</time>
          </dd>
        </div>
      </dl>
      {session.current ? (
        <p className="session__note muted">{t('account.sessions.currentHint')}</p>
      ) : confirming ? (
        <div className="session__confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{t('account.sessions.confirmQuestion', { device })}</p>
          <div className="session__actions">
            <button ref={confirmRef} type="button" className="button button--danger" disabled={revoking} onClick={() => onRevoke(session)}>
              {revoking ? t('account.sessions.revoking') : t('account.sessions.confirm')}
            </button>
            <button type="button" className="button button--secondary" disabled={revoking} onClick={cancel}>
              {t('account.sessions.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="session__actions">
          <button ref={revokeRef} type="button" className="button button--secondary" aria-describedby={`${id}-device`} onClick={ask}>
            {t('account.sessions.revoke')}
          </button>
        </div>
      )}
    </li>
  );
}
