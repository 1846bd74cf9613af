import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/FormAlert';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { EmptyState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewsCard } from '../components/NewsCard';
import { ProvenanceBox } from '../components/ProvenanceBox';
import { SendBackPanel } from '../components/SendBackPanel';
import { SentBackNote } from '../components/SentBackNote';
import { useApproveNewsItem, useNewsApprovalQueue } from '../hooks/use-news';
import '../../../styles/cards.css';
import '../publications.css';

/** `/meldungen/freigabe`: submitted items I may approve (four eyes: never my own); approving publishes. */
export function ApprovalQueuePage() {
  const { t } = useTranslation();
  const queue = useNewsApprovalQueue();
  const approve = useApproveNewsItem();
  const [sentBack, setSentBack] = useState<string | null>(null);
  useDocumentTitle(t('news.queue.title'));
  return (
    <div className="page news">
      <PageHeading>{t('news.queue.title')}</PageHeading>
      <p className="lead">{t('news.queue.intro')}</p>
      {approve.isError ? <FormAlert title={t('news.queue.failed')} message={errorMessage(approve.error, t)} /> : null}
      <p role="status" className={approve.isSuccess || sentBack ? 'form-success' : undefined}>
        {sentBack ?? (approve.isSuccess ? t('news.queue.approved', { title: approve.data.title }) : null)}
      </p>
      <h2 className="visually-hidden">{t('news.queue.heading')}</h2>
      <QueryStates
        query={queue}
        notFound={false}
        notFoundText=""
        notFoundAction={null}
        loadingLabel={t('news.list.loading')}
        errorTitle={t('news.list.error')}
      >
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('news.queue.empty')} />
          ) : (
            <ul className="entry-list news-queue">
              {items.map((item) => (
                <li key={item.id}>
                  <NewsCard item={item} />
                  <ProvenanceBox item={item} />
                  <SentBackNote item={item} />
                  <div className="news-queue__actions">
                    <button
                      type="button"
                      className="button"
                      disabled={approve.isPending}
                      onClick={() => {
                        setSentBack(null);
                        approve.mutate(item.id);
                      }}
                    >
                      {t('news.queue.approve', { title: item.title })}
                    </button>
                    <SendBackPanel
                      item={item}
                      onSent={(text) => {
                        approve.reset();
                        setSentBack(text);
                      }}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </div>
  );
}
