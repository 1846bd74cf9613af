import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/FormAlert';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { EmptyState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { NewsCard } from '../components/NewsCard';
import { NewsDraftForm } from '../components/NewsDraftForm';
import { SentBackNote } from '../components/SentBackNote';
import { useMyNews, useSubmitNewsItem } from '../hooks/use-news';
import '../../../styles/cards.css';
import '../../../styles/forms.css';
import '../publications.css';

/** `/meldungen/meine`: my items in every state (drafts can be submitted for approval) and a new draft. */
export function MyNewsPage() {
  const { t } = useTranslation();
  const mine = useMyNews();
  const submit = useSubmitNewsItem();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useDocumentTitle(t('news.mine.title'));
  return (
    <div className="page news">
      <PageHeading>{t('news.mine.title')}</PageHeading>
      <p className="lead">{t('news.mine.intro')}</p>
      <QueryStates
        query={mine}
        notFound={false}
        notFoundText=""
        notFoundAction={null}
        loadingLabel={t('news.list.loading')}
        errorTitle={t('news.list.error')}
      >
        {(data) => (
          <>
            <section className="section" aria-labelledby="my-news-heading">
              <h2 id="my-news-heading" className="section__heading">
                {t('news.mine.heading')}
              </h2>
              {submit.isError ? <FormAlert title={t('news.mine.submitFailed')} message={errorMessage(submit.error, t)} /> : null}
              <p role="status" className={saved ? 'form-success' : undefined}>
                {saved}
              </p>
              {data.myNewsItems.length === 0 ? (
                <EmptyState title={t('news.mine.empty')} />
              ) : (
                <ul className="entry-list">
                  {data.myNewsItems.map((item) => (
                    <li key={item.id}>
                      <NewsCard item={item} />
                      <SentBackNote item={item} />
                      {item.status === 'DRAFT' && editing === item.id ? (
                        <NewsDraftForm
                          organisations={data.myOrganisations}
                          offices={data.myNewsOffices}
                          item={item}
                          onUpdated={(text) => {
                            setEditing(null);
                            setSaved(text);
                          }}
                        >
                          <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
                            {t('shared.cancel')}
                          </button>
                        </NewsDraftForm>
                      ) : item.status === 'DRAFT' ? (
                        <div className="news-queue__actions">
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => {
                              setSaved(null);
                              setEditing(item.id);
                            }}
                          >
                            {t('news.edit.start', { title: item.title })}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={submit.isPending}
                            onClick={() => {
                              setSaved(null);
                              submit.mutate(item.id);
                            }}
                          >
                            {t('news.mine.submit', { title: item.title })}
                          </button>
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {data.myOrganisations.length ? (
              <NewsDraftForm organisations={data.myOrganisations} offices={data.myNewsOffices} />
            ) : (
              <p className="muted">{t('news.mine.noOrganisation')}</p>
            )}
          </>
        )}
      </QueryStates>
    </div>
  );
}
