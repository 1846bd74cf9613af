import { startTransition, useId, useOptimistic } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PagedResults } from '../../../components/PagedResults';
import { useAnnouncer } from '../../../lib/use-announcer';
import { OutboxTable } from '../components/OutboxTable';
import { useMailOutboxCounts, useOutboxMails } from '../hooks/use-mail-outbox';

/** The list shown, as it reads in the address (`?liste=wartend`); failed mails by default. */
const LIST_PARAM = 'liste';
/** The two lists of the page (sent mails are not listed). */
type OutboxList = 'FAILED' | 'PENDING';
const LISTS: ReadonlyArray<{ status: OutboxList; param: string }> = [
  { status: 'FAILED', param: 'fehlgeschlagen' },
  { status: 'PENDING', param: 'wartend' },
];

/** `/geschaeftsstelle/postausgang`: failed and waiting mails, one list at a time, each failed one can be sent again. */
export function MailOutboxPage() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const status: OutboxList = LISTS.find((list) => list.param === params.get(LIST_PARAM))?.status ?? 'FAILED';
  // The chosen list shows as checked at once, while the address changes in a transition (which
  // waits for the new list's data): a controlled radio would otherwise snap back until then.
  const [shownStatus, showStatus] = useOptimistic(status);
  const counts = useMailOutboxCounts();
  const mails = useOutboxMails(status);
  const announcer = useAnnouncer();
  const count = (list: OutboxList) => (counts.data ? (list === 'FAILED' ? counts.data.failed : counts.data.pending) : null);

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.mail.heading')}</h2>
      <p>{t('coordination.mail.intro')}</p>
      <fieldset className="outbox-filter">
        <legend>{t('coordination.mail.filterLabel')}</legend>
        {LISTS.map((list) => (
          <label key={list.status} className="outbox-filter__option">
            <input
              type="radio"
              name={`${id}-list`}
              checked={shownStatus === list.status}
              onChange={() => {
                announcer.clear();
                startTransition(() => {
                  showStatus(list.status);
                  setParams((before) => {
                    const next = new URLSearchParams(before);
                    next.set(LIST_PARAM, list.param);
                    return next;
                  });
                });
              }}
            />{' '}
            {t(`coordination.mail.lists.${list.status}`)}
            {count(list.status) === null ? null : ` (${count(list.status)})`}
          </label>
        ))}
      </fieldset>
      <LiveAnnouncement announcer={announcer} />
      <PagedResults
        query={mails}
        loadingLabel={t('coordination.mail.loading')}
        errorTitle={t('coordination.mail.error')}
        emptyTitle={t(`coordination.mail.empty.${status}`)}
        shownText={(shown, total) => t('coordination.mail.shown', { shown, total })}
      >
        {(items) => <OutboxTable mails={items} announcer={announcer} />}
      </PagedResults>
    </section>
  );
}
