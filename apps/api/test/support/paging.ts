/** One page of a GraphQL connection as the tests ask for it. */
export interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: N }>;
}

/** Every node of a connection, page after page from `after: null` on; each page's total must be `totalCount`. */
export async function everyPage<N>(page: (after: string | null) => Promise<Page<N>>, totalCount: number): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  do {
    const current: Page<N> = await page(after);
    expect(current.totalCount).toBe(totalCount);
    nodes.push(...current.edges.map((edge) => edge.node));
    after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}
