import { InvalidCursorError, PageSizeError } from '../errors/common.errors';
import { encodeCursor } from './cursor';
import { afterInstant, instantConnection, instantPage } from './pagination';

const ID = '0b1c2d3e-4f50-4617-8899-aabbccddeeff';
const AT = '2026-12-05T10:00:00.000Z';

describe('instant keyset paging', () => {
  it('has no bound on the first page and checks the page size', () => {
    const page = instantPage({ first: 2 });
    expect(page).toEqual({ take: 2, after: null, at: null });
    expect(afterInstant('createdAt', page)).toBeNull();
    expect(() => instantPage({ first: 0 })).toThrow(PageSizeError);
  });

  it('refuses a cursor whose instant is no date or whose id is no UUID', () => {
    expect(() => instantPage({ first: 2, after: encodeCursor(['gestern', ID]) })).toThrow(InvalidCursorError);
    expect(() => instantPage({ first: 2, after: encodeCursor([AT, 'x']) })).toThrow(InvalidCursorError);
  });

  it('bounds newest-first and oldest-first orders on the instant, ties broken by id either way', () => {
    const page = instantPage({ first: 2, after: encodeCursor([AT, ID]) });
    const at = new Date(AT);
    expect(afterInstant('createdAt', page)).toEqual({ AND: [{ createdAt: { lte: at } }, { OR: [{ createdAt: { lt: at } }, { id: { lt: ID } }] }] });
    expect(afterInstant('createdAt', page, 'desc', 'asc')).toEqual({
      AND: [{ createdAt: { lte: at } }, { OR: [{ createdAt: { lt: at } }, { id: { gt: ID } }] }],
    });
    expect(afterInstant('startsAt', page, 'asc')).toEqual({
      AND: [{ startsAt: { gte: at } }, { OR: [{ startsAt: { gt: at } }, { id: { gt: ID } }] }],
    });
  });

  it('builds the connection from take + 1 rows, the cursor of the last shown row continuing', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `${n}`, createdAt: new Date(Date.UTC(2026, 11, n)) }));
    const connection = instantConnection(rows, { take: 2, after: null }, 7, (row) => row.createdAt);
    expect(connection.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 2));
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['2026-12-02T00:00:00.000Z', '2']) });
    expect(connection.totalCount).toBe(7);
  });
});
