import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsItemFieldsFragment, NewsItemQuery } from '../../../gql/graphql';
import { useWithdrawNewsItem } from '../hooks/use-news';
import { CorrectionForm } from './CorrectionForm';
import { ReasonForm } from './ReasonForm';

/** Correction and withdrawal of a published item, for those the API lets do them (`viewerCan`). */
export function ItemActions({ item, can }: { item: NewsItemFieldsFragment; can: NewsItemQuery['newsItem']['viewerCan'] }) {
  const { t } = useTranslation();
  const id = useId();
  const withdraw = useWithdrawNewsItem();
  const [done, setDone] = useState<string | null>(null);
  if (!can.correct && !can.withdraw && !done) return null;
  return (
    <section className="section news-actions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('news.correct.sectionHeading')}
      </h2>
      <p role="status" className={done ? 'form-success' : undefined}>
        {done}
      </p>
      {can.correct ? <CorrectionForm key={item.version} item={item} onDone={setDone} /> : null}
      {can.withdraw ? (
        <ReasonForm
          field="reason"
          heading={t('news.withdraw.heading')}
          label={t('news.withdraw.reason')}
          hint={t('news.withdraw.intro')}
          submitLabel={t('news.withdraw.start')}
          pendingLabel={t('news.withdraw.pending')}
          failedTitle={t('news.withdraw.failed')}
          pending={withdraw.isPending}
          confirm={{
            question: t('news.withdraw.question', { title: item.title }),
            details: t('news.withdraw.details'),
            confirmLabel: t('news.withdraw.confirm'),
          }}
          onSend={(reason, fail) => withdraw.mutate({ id: item.id, reason }, { onSuccess: () => setDone(t('news.withdraw.done')), onError: fail })}
        />
      ) : null}
    </section>
  );
}
