import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useFormatters } from '../../../lib/use-formatters';
import { isEditable, type EntryView } from '../entry-view';
import { editEntryPath, newEntryPath, type EntrySide } from '../paths';
import { EntryCard } from './EntryCard';

interface Props<T> {
  side: EntrySide;
  query: UseQueryResult<T[]>;
  toView: (item: T) => EntryView;
}

/** "Meine Bedarfe" / "Meine Angebote": every status, with links to the entry and to edit it. */
export function MyEntryList<T>({ side, query, toView }: Props<T>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const texts = side === 'need' ? 'needs' : 'offers';

  let content;
  if (query.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t(`matchmaking.mine.${texts}Loading`)} />
      </div>
    );
  } else if (query.isError) {
    content = (
      <ErrorState title={t(`matchmaking.mine.${texts}Error`)} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  } else if (query.data.length === 0) {
    content = <EmptyState title={t(`matchmaking.mine.${texts}Empty`)} />;
  } else {
    content = (
      <ul className="entry-list" aria-labelledby={`${id}-heading`}>
        {query.data.map((item) => {
          const entry = toView(item);
          return (
            <li key={entry.id}>
              <EntryCard entry={entry} showStatus>
                <p className="entry-card__footer">
                  <span className="muted">{t('matchmaking.mine.updatedAt', { date: format.dateTime(entry.updatedAt) })}</span>
                  {isEditable(entry.status) ? (
                    <Link to={editEntryPath(side, entry.id)}>
                      {t('matchmaking.owner.edit')}
                      <span className="visually-hidden"> {entry.title}</span>
                    </Link>
                  ) : null}
                </p>
              </EntryCard>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <div className="section__head">
        <h2 id={`${id}-heading`} className="section__heading">
          {t(`matchmaking.mine.${texts}Heading`)}
        </h2>
        <Link to={newEntryPath(side)} className="button button--secondary">
          {t(side === 'need' ? 'matchmaking.board.newNeed' : 'matchmaking.board.newOffer')}
        </Link>
      </div>
      {content}
    </section>
  );
}
