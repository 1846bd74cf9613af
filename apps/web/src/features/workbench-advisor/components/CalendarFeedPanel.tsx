import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useFormatters } from '../../../lib/use-formatters';
import { hintId } from '../../account/components/fields';
import { ConfirmStep } from '../../coordination/components/ConfirmStep';
import { LiveAnnouncement } from '../../coordination/components/LiveAnnouncement';
import { useAnnouncer } from '../../coordination/hooks/use-announcer';
import { useCalendarFeed, useRegenerateCalendarFeed, useRevokeCalendarFeed } from '../hooks/use-calendar-feed';

/**
 * "Kalender-Abo": create or renew the secret iCalendar URL (shown once, with a copy button) and
 * end the subscription. Renewing and ending ask first: the previous URL stops working.
 */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const announcer = useAnnouncer();
  const [link, setLink] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'regenerate' | 'revoke' | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const regenerateRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const failed = (error: unknown) => {
    flushSync(() => setConfirming(null));
    announcer.announce(`${t('workbenchAdvisor.feed.failed')} ${errorMessage(error, t)}`, { error: true, focus: true });
  };

  const onRegenerate = () => {
    announcer.clear();
    regenerate.mutate(undefined, {
      onSuccess: (created) => {
        flushSync(() => {
          setConfirming(null);
          setLink(created.url);
        });
        announcer.announce(t('workbenchAdvisor.feed.created'));
        urlRef.current?.focus();
        urlRef.current?.select();
      },
      onError: failed,
    });
  };

  const onRevoke = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        flushSync(() => {
          setConfirming(null);
          setLink(null);
        });
        announcer.announce(t('workbenchAdvisor.feed.revoked'), { focus: true });
      },
      onError: failed,
    });

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      announcer.announce(t('workbenchAdvisor.feed.copied'));
    } catch (error) {
      // No clipboard (insecure context, denied permission): the address stays selected for copying by hand.
      console.warn('Clipboard not available', error);
      urlRef.current?.focus();
      urlRef.current?.select();
      announcer.announce(t('workbenchAdvisor.feed.copyFailed'), { error: true });
    }
  };

  const cancelConfirm = (key: 'regenerate' | 'revoke') => {
    flushSync(() => setConfirming(null));
    (key === 'regenerate' ? regenerateRef : revokeRef).current?.focus();
  };

  let body;
  if (feed.isPending) {
    body = (
      <div aria-busy="true">
        <LoadingState label={t('workbenchAdvisor.feed.loading')} />
      </div>
    );
  } else if (feed.isError) {
    body = <ErrorState title={t('workbenchAdvisor.feed.error')} error={feed.error} onRetry={() => void feed.refetch()} retrying={feed.isFetching} />;
  } else {
    const active = feed.data.active;
    body = (
      <>
        <p>{active ? t('workbenchAdvisor.feed.active', { date: feed.data.createdAt ? format.dateTime(feed.data.createdAt) : '–' }) : t('workbenchAdvisor.feed.inactive')}</p>
        {link ? (
          <div className="field advisor-feed-url">
            <label htmlFor={`${id}-url`}>{t('workbenchAdvisor.feed.urlLabel')}</label>
            <div id={hintId(`${id}-url`)} className="field__hint">
              {t('workbenchAdvisor.feed.urlHint')}
            </div>
            <div className="advisor-feed-url__row">
              <input ref={urlRef} id={`${id}-url`} type="text" readOnly value={link} aria-describedby={hintId(`${id}-url`)} onFocus={(event) => event.target.select()} />
              <button type="button" className="button" onClick={() => void copy()}>
                {t('workbenchAdvisor.feed.copy')}
              </button>
            </div>
          </div>
        ) : null}
        {confirming === 'regenerate' ? (
          <ConfirmStep
            question={t('workbenchAdvisor.feed.regenerateQuestion')}
            details={t('workbenchAdvisor.feed.regenerateDetails')}
            confirmLabel={t('workbenchAdvisor.feed.regenerateConfirm')}
            pendingLabel={t('workbenchAdvisor.feed.generating')}
            pending={regenerate.isPending}
            onConfirm={onRegenerate}
            onCancel={() => cancelConfirm('regenerate')}
          />
        ) : confirming === 'revoke' ? (
          <ConfirmStep
            question={t('workbenchAdvisor.feed.revokeQuestion')}
            details={t('workbenchAdvisor.feed.revokeDetails')}
            confirmLabel={t('workbenchAdvisor.feed.revokeConfirm')}
            pendingLabel={t('workbenchAdvisor.feed.revoking')}
            pending={revoke.isPending}
            onConfirm={onRevoke}
            onCancel={() => cancelConfirm('revoke')}
          />
        ) : (
          <div className="coordination-actions">
            {active ? (
              <>
                <button
                  ref={regenerateRef}
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    announcer.clear();
                    setConfirming('regenerate');
                  }}
                >
                  {t('workbenchAdvisor.feed.regenerate')}
                </button>
                <button
                  ref={revokeRef}
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    announcer.clear();
                    setConfirming('revoke');
                  }}
                >
                  {t('workbenchAdvisor.feed.revoke')}
                </button>
              </>
            ) : (
              <button type="button" className="button" disabled={regenerate.isPending} onClick={onRegenerate}>
                {regenerate.isPending ? t('workbenchAdvisor.feed.generating') : t('workbenchAdvisor.feed.create')}
              </button>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="section advisor-status advisor-feed" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('workbenchAdvisor.feed.heading')}</h3>
      <p>{t('workbenchAdvisor.feed.intro')}</p>
      <LiveAnnouncement announcer={announcer} />
      {body}
    </section>
  );
}
