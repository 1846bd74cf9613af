import { contentLanguage } from '@wiw/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { isGraphQLRequestError } from '../../../lib/graphql-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { boardPath, type EntrySide } from '../paths';

/** Router state a form leaves for the page it goes to: what was just done. */
export interface EntryNoticeState {
  notice: string;
}

function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && typeof (state as EntryNoticeState).notice === 'string'
    ? (state as EntryNoticeState).notice
    : null;
}

interface Props<T extends { title: string; description?: string | null }> {
  side: EntrySide;
  query: UseQueryResult<T>;
  notFoundCode: string;
  children: (entry: T) => ReactNode;
}

/** The frame of a detail page: back link, heading, not-found/loading/error states, a notice from the form. */
export function DetailFrame<T extends { title: string; description?: string | null }>({ side, query, notFoundCode, children }: Props<T>) {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const texts = side === 'need' ? 'need' : 'offer';
  const notFound = isGraphQLRequestError(query.error) && query.error.code === notFoundCode;
  useDocumentTitle(query.data?.title ?? t(`matchmaking.detail.${texts}Title`));

  return (
    <div className="page matchmaking entry-detail">
      <Link to={boardPath(side)} className="back-link">
        <ArrowLeftIcon />
        {t(`matchmaking.detail.${texts}Back`)}
      </Link>
      <PageHeading>
        {query.data ? (
          <span lang={contentLanguage(query.data.title, query.data.description)}>{query.data.title}</span>
        ) : (
          t(`matchmaking.detail.${texts}Title`)
        )}
      </PageHeading>
      {notice && query.data ? (
        <p role="status" className="form-notice">
          {notice}
        </p>
      ) : null}
      <QueryStates
        query={query}
        notFound={notFound}
        notFoundText={t(`matchmaking.detail.${texts}NotFound`)}
        notFoundAction={
          <Link to={boardPath(side)} className="button button--secondary">
            {t(`matchmaking.detail.${texts}Back`)}
          </Link>
        }
        loadingLabel={t('matchmaking.detail.loading')}
        errorTitle={t(`matchmaking.detail.${texts}Error`)}
      >
        {children}
      </QueryStates>
    </div>
  );
}
