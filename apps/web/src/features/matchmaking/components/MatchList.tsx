import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { EntrySide } from '../paths';
import { MatchItem, type MatchItemData } from './MatchItem';

interface Props<T> {
  /** The side of the viewer's own entry; the matches are of the other side. */
  side: EntrySide;
  query: UseQueryResult<T[]>;
  toItem: (match: T) => MatchItemData;
  /** The viewer's entry is open: only then can contact be requested. */
  ownOpen: boolean;
}

/** "Passende Angebote" for a need, "Passende Bedarfe" for an offer, best first, each explained. */
export function MatchList<T>({ side, query, toItem, ownOpen }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const texts = side === 'need' ? 'offers' : 'needs';

  let content;
  if (query.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('matchmaking.match.loading')} />
      </div>
    );
  } else if (query.isError) {
    content = (
      <ErrorState title={t('matchmaking.match.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  } else if (query.data.length === 0) {
    content = <EmptyState title={t(`matchmaking.match.${texts}Empty`)} />;
  } else {
    content = (
      <ol className="match-list" aria-labelledby={`${id}-heading`}>
        {query.data.map((match) => {
          const item = toItem(match);
          return <MatchItem key={item.entry.id} match={item} canRequest={ownOpen} />;
        })}
      </ol>
    );
  }

  return (
    <section className="section matches" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t(`matchmaking.match.${texts}Heading`)}
      </h2>
      <p className="muted">{ownOpen ? t('matchmaking.match.intro') : t(`matchmaking.match.notOpen.${side}`)}</p>
      {content}
    </section>
  );
}
