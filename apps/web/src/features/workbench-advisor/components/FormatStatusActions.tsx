import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import type { FormatStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useArchiveFormat, useReactivateFormat } from '../hooks/use-formats';

/** The status of a format and its one action: archive (after confirming) or offer it again. */
export function FormatStatusActions({ format }: { format: { id: string; title: string; status: FormatStatus } }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const archive = useArchiveFormat();
  const reactivate = useReactivateFormat();
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const active = format.status === 'ACTIVE';

  const done = (text: string) => {
    flushSync(() => setConfirming(false));
    announcer.announce(text, { focus: true });
  };
  const failed = (error: unknown) => {
    flushSync(() => setConfirming(false));
    announcer.announce(`${t('workbenchAdvisor.status.failed')} ${errorMessage(error, t)}`, { error: true, focus: true });
  };

  const onArchive = () =>
    archive.mutate(format.id, { onSuccess: () => done(t('workbenchAdvisor.status.archivedDone', { title: format.title })), onError: failed });
  const onReactivate = () => {
    announcer.clear();
    reactivate.mutate(format.id, { onSuccess: () => done(t('workbenchAdvisor.status.reactivated', { title: format.title })), onError: failed });
  };

  return (
    <section className="advisor-status" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t('workbenchAdvisor.status.heading')}:{' '}
        <Badge tone={active ? 'success' : 'neutral'}>{t(`workbenchAdvisor.formats.status.${format.status}`)}</Badge>
      </h3>
      <p>{t(active ? 'workbenchAdvisor.status.active' : 'workbenchAdvisor.status.archived')}</p>
      <LiveAnnouncement announcer={announcer} />
      {confirming ? (
        <ConfirmStep
          question={t('workbenchAdvisor.status.archiveQuestion', { title: format.title })}
          details={t('workbenchAdvisor.status.archiveDetails')}
          confirmLabel={t('workbenchAdvisor.status.archiveConfirm')}
          pendingLabel={t('workbenchAdvisor.status.archiving')}
          pending={archive.isPending}
          onConfirm={onArchive}
          onCancel={() => {
            flushSync(() => setConfirming(false));
            buttonRef.current?.focus();
          }}
        />
      ) : active ? (
        <p>
          <button
            ref={buttonRef}
            type="button"
            className="button button--secondary"
            onClick={() => {
              announcer.clear();
              setConfirming(true);
            }}
          >
            {t('workbenchAdvisor.status.archive')}
          </button>
        </p>
      ) : (
        <p>
          <button ref={buttonRef} type="button" className="button" disabled={reactivate.isPending} onClick={onReactivate}>
            {reactivate.isPending ? t('workbenchAdvisor.status.reactivating') : t('workbenchAdvisor.status.reactivate')}
          </button>
        </p>
      )}
    </section>
  );
}
