import { useInfiniteQuery, type InfiniteData, type QueryKey } from '@tanstack/react-query';

/** The part of a GraphQL connection the list pages read. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: T }>;
}

/** All items loaded so far and how many match over all pages. */
export interface Paged<T> {
  items: T[];
  totalCount: number;
}

function flatten<T>(data: InfiniteData<Connection<T>, string | null>): Paged<T> {
  return {
    items: data.pages.flatMap((page) => page.edges.map((edge) => edge.node)),
    totalCount: data.pages.at(-1)?.totalCount ?? 0,
  };
}

/** A cursor-paginated list ("Weitere laden"): `fetchPage` loads the page after a cursor. */
export function useConnectionQuery<T>(
  queryKey: QueryKey,
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<Connection<T>>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const { hasNextPage, endCursor } = lastPage.pageInfo;
      return hasNextPage && endCursor ? endCursor : undefined;
    },
    select: flatten<T>,
    staleTime: 0,
    enabled,
  });
}
