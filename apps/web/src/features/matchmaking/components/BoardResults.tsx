import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { type Paged } from '../../../lib/use-connection-query';
import { effectiveSort, toNeedFilter, toOfferFilter, type BoardFilters } from '../board-filters';
import { needView, offerView, type EntryView } from '../entry-view';
import { useNeeds, useOffers } from '../hooks/use-board';
import type { EntrySide } from '../paths';
import { EntryCard } from './EntryCard';

interface ListProps<T> {
  side: EntrySide;
  query: UseInfiniteQueryResult<Paged<T>>;
  toView: (item: T) => EntryView;
}

function ResultList<T>({ side, query, toView }: ListProps<T>) {
  const { t } = useTranslation();
  const texts = side === 'need' ? 'needs' : 'offers';
  return (
    <section className="results" aria-labelledby="board-results-heading">
      <h2 id="board-results-heading" className="visually-hidden">
        {t(`matchmaking.board.${texts}Results`)}
      </h2>
      <PagedResults
        query={query}
        loadingLabel={t(`matchmaking.board.${texts}Loading`)}
        errorTitle={t(`matchmaking.board.${texts}Error`)}
        emptyTitle={t(`matchmaking.board.${texts}Empty`)}
      >
        {(items) => (
          <ul className="entry-list">
            {items.map((item) => {
              const entry = toView(item);
              return (
                <li key={entry.id}>
                  <EntryCard entry={entry} />
                </li>
              );
            })}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}

function NeedResults({ filters }: { filters: BoardFilters }) {
  return <ResultList side="need" query={useNeeds(toNeedFilter(filters), effectiveSort(filters))} toView={needView} />;
}

function OfferResults({ filters }: { filters: BoardFilters }) {
  return <ResultList side="offer" query={useOffers(toOfferFilter(filters), effectiveSort(filters))} toView={offerView} />;
}

/** The entries of one board matching the filters, "x von y" and "Weitere laden". */
export function BoardResults({ side, filters }: { side: EntrySide; filters: BoardFilters }) {
  return side === 'need' ? <NeedResults filters={filters} /> : <OfferResults filters={filters} />;
}
