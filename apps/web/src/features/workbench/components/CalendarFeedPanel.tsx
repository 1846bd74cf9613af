import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useFormatters } from '../../../lib/use-formatters';
import { hintId } from '../../../components/form/fields';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useCalendarFeed, useRegenerateCalendarFeed, useRevokeCalendarFeed } from '../hooks/use-calendar-feed';
import './calendar-feed.css';

type Step = 'regenerate' | 'revoke';

/**
 * "Kalender-Abo" on "Meine Termine": a secret iCalendar URL, shown once with a copy button, that
 * can be replaced or ended. Replacing and ending ask first (the old URL stops working).
 */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const announcer = useAnnouncer();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Step | null>(null);
  const urlRef = useRef<HTMLTextAreaElement>(null);
  const buttons = useRef(new Map<Step, HTMLButtonElement>());

  const fail = (error: unknown) => {
    flushSync(() => setConfirming(null));
    announcer.announce(`${t('workbench.feed.failed')} ${errorMessage(error, t)}`, { error: true, focus: true });
  };

  const create = () => {
    announcer.clear();
    regenerate.mutate(undefined, {
      onSuccess: (link) => {
        flushSync(() => {
          setConfirming(null);
          setUrl(link.url);
        });
        announcer.announce(t('workbench.feed.created'));
        urlRef.current?.focus();
        urlRef.current?.select();
      },
      onError: fail,
    });
  };

  const end = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        flushSync(() => {
          setConfirming(null);
          setUrl(null);
        });
        announcer.announce(t('workbench.feed.revoked'), { focus: true });
      },
      onError: fail,
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      announcer.announce(t('workbench.feed.copied'));
    } catch (error) {
      // No clipboard (permission, insecure context): the address is selected for copying by hand.
      console.warn('Clipboard not available', error);
      urlRef.current?.focus();
      urlRef.current?.select();
      announcer.announce(t('workbench.feed.copyFailed'), { error: true });
    }
  };

  const back = (step: Step) => {
    flushSync(() => setConfirming(null));
    buttons.current.get(step)?.focus();
  };

  const button = (step: Step, label: string) => (
    <button
      ref={(element) => {
        if (element) buttons.current.set(step, element);
        else buttons.current.delete(step);
      }}
      type="button"
      className="button button--secondary"
      onClick={() => {
        announcer.clear();
        setConfirming(step);
      }}
    >
      {label}
    </button>
  );

  let body;
  if (feed.isPending) {
    body = (
      <div aria-busy="true">
        <LoadingState label={t('workbench.feed.loading')} />
      </div>
    );
  } else if (feed.isError) {
    body = <ErrorState title={t('workbench.feed.error')} error={feed.error} onRetry={() => void feed.refetch()} retrying={feed.isFetching} />;
  } else {
    const { active, createdAt } = feed.data;
    body = (
      <>
        <p>{active ? t('workbench.feed.active', { date: createdAt ? format.dateTime(createdAt) : '–' }) : t('workbench.feed.inactive')}</p>
        {url ? (
          <div className="field feed-url">
            <label htmlFor={`${id}-url`}>{t('workbench.feed.urlLabel')}</label>
            <div id={hintId(`${id}-url`)} className="field__hint">
              {t('workbench.feed.urlHint')}
            </div>
            <textarea
              ref={urlRef}
              id={`${id}-url`}
              className="feed-url__address"
              readOnly
              rows={3}
              spellCheck={false}
              value={url}
              aria-describedby={hintId(`${id}-url`)}
              onFocus={(event) => event.target.select()}
            />
            <div className="feed-url__actions">
              <button type="button" className="button" onClick={() => void copy()}>
                {t('workbench.feed.copy')}
              </button>
            </div>
          </div>
        ) : null}
        {confirming === 'regenerate' ? (
          <ConfirmStep
            question={t('workbench.feed.regenerateQuestion')}
            details={t('workbench.feed.regenerateDetails')}
            confirmLabel={t('workbench.feed.regenerateConfirm')}
            pendingLabel={t('workbench.feed.generating')}
            pending={regenerate.isPending}
            onConfirm={create}
            onCancel={() => back('regenerate')}
          />
        ) : confirming === 'revoke' ? (
          <ConfirmStep
            question={t('workbench.feed.revokeQuestion')}
            details={t('workbench.feed.revokeDetails')}
            confirmLabel={t('workbench.feed.revokeConfirm')}
            pendingLabel={t('workbench.feed.revoking')}
            pending={revoke.isPending}
            onConfirm={end}
            onCancel={() => back('revoke')}
          />
        ) : (
          <div className="coordination-actions">
            {active ? (
              <>
                {button('regenerate', t('workbench.feed.regenerate'))}
                {button('revoke', t('workbench.feed.revoke'))}
              </>
            ) : (
              <button type="button" className="button" disabled={regenerate.isPending} onClick={create}>
                {regenerate.isPending ? t('workbench.feed.generating') : t('workbench.feed.create')}
              </button>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="section feed-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbench.feed.heading')}
      </h2>
      <p>{t('workbench.feed.intro')}</p>
      <p className="muted">{t('workbench.feed.secret')}</p>
      <LiveAnnouncement announcer={announcer} />
      {body}
    </section>
  );
}
