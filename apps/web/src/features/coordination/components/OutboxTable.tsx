import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep';
import type { OutboxMailsQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import { useFormatters } from '../../../lib/use-formatters';
import { useNow } from '../../../lib/use-now';
import { useRetryMail } from '../hooks/use-mail-outbox';
import { mailAge } from '../mail-age';

type OutboxMail = OutboxMailsQuery['outboxMails']['edges'][number]['node'];

/** Mails of the outbox: recipient (masked by the API), template, attempts, last error, age; failed ones can be sent again after asking. */
export function OutboxTable({ mails, announcer }: { mails: readonly OutboxMail[]; announcer: Announcer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow();
  const retry = useRetryMail();
  const [confirming, setConfirming] = useState<string | null>(null);

  const send = (mail: OutboxMail) =>
    retry.mutate(mail.id, {
      onSuccess: () => {
        flushSync(() => setConfirming(null));
        announcer.announce(t('coordination.mail.retried', { recipient: mail.recipient }), { focus: true });
      },
      onError: (error) => {
        flushSync(() => setConfirming(null));
        announcer.announce(`${t('coordination.mail.retryFailed')} ${errorMessage(error, t)}`, { error: true, focus: true });
      },
    });

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('coordination.mail.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordination.mail.columns.recipient')}</th>
            <th scope="col">{t('coordination.mail.columns.template')}</th>
            <th scope="col">{t('coordination.mail.columns.attempts')}</th>
            <th scope="col">{t('coordination.mail.columns.lastError')}</th>
            <th scope="col">{t('coordination.mail.columns.age')}</th>
            <th scope="col">{t('coordination.mail.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <th scope="row">{mail.recipient}</th>
              <td>
                <code>{mail.template}</code> <span className="muted">({mail.locale})</span>
              </td>
              <td>{mail.attempts}</td>
              <td>{mail.lastError ? <span className="outbox-error">{mail.lastError}</span> : t('coordination.mail.noError')}</td>
              <td>
                <time dateTime={mail.createdAt} title={format.dateTime(mail.createdAt)}>
                  {mailAge(mail.createdAt, now, format.language)}
                </time>
                {mail.status === 'PENDING' ? (
                  <span className="muted"> · {t('coordination.mail.nextAttempt', { time: format.dateTime(mail.nextAttemptAt) })}</span>
                ) : null}
              </td>
              <td>
                {mail.status !== 'FAILED' ? (
                  t('coordination.mail.waiting')
                ) : confirming === mail.id ? (
                  <ConfirmStep
                    question={t('coordination.mail.retryQuestion', { recipient: mail.recipient })}
                    confirmLabel={t('coordination.mail.retryConfirm')}
                    pendingLabel={t('coordination.mail.retrying')}
                    pending={retry.isPending}
                    onConfirm={() => send(mail)}
                    onCancel={() => setConfirming(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('coordination.mail.retryFor', { recipient: mail.recipient })}
                    onClick={() => {
                      announcer.clear();
                      setConfirming(mail.id);
                    }}
                  >
                    {t('coordination.mail.retry')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
