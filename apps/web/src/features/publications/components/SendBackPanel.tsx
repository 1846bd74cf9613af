import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { useSendBackNewsItem } from '../hooks/use-news';
import { ReasonForm } from './ReasonForm';

/** "Zurückgeben …": a submitted item goes back to its author as a draft, with a comment only they (and the approvers) see. */
export function SendBackPanel({ item, onSent }: { item: NewsItemFieldsFragment; onSent: (text: string) => void }) {
  const { t } = useTranslation();
  const sendBack = useSendBackNewsItem();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('news.sendBack.start', { title: item.title })}
      </button>
    );
  }
  return (
    <ReasonForm
      field="comment"
      heading={t('news.sendBack.start', { title: item.title })}
      label={t('news.sendBack.comment')}
      hint={t('news.sendBack.commentHint')}
      submitLabel={t('news.sendBack.save')}
      pendingLabel={t('news.sendBack.saving')}
      failedTitle={t('news.sendBack.failed')}
      pending={sendBack.isPending}
      onSend={(comment, fail) =>
        sendBack.mutate({ id: item.id, comment }, { onSuccess: (sent) => onSent(t('news.sendBack.done', { title: sent.title })), onError: fail })
      }
    >
      <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
        {t('shared.cancel')}
      </button>
    </ReasonForm>
  );
}
