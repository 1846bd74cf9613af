import { Prisma } from '@wiw/db';
import { searchTerms } from '@wiw/domain';

/**
 * Conditions on a `searchText` column (folded by searchText() of @wiw/domain): every word of the
 * search is contained in one of its spellings ("Lüdenscheid" also as "ludenscheid"). Plain LIKE
 * on folded text, so PostgreSQL and PGlite answer alike whatever their collation.
 */
export function searchTextWhere(search: string | null | undefined): Array<{ OR: Array<{ searchText: { contains: string } }> }> {
  return searchTerms(search).map((spellings) => ({ OR: spellings.map((spelling) => ({ searchText: { contains: spelling } })) }));
}

/** The same conditions for a raw query, on `column` (e.g. Prisma.sql`b."searchText"`). */
export function searchTextSql(column: Prisma.Sql, search: string | null | undefined): Prisma.Sql[] {
  return searchTerms(search).map(
    (spellings) =>
      Prisma.sql`(${Prisma.join(
        spellings.map((spelling) => Prisma.sql`${column} LIKE ${`%${spelling}%`}`),
        ' OR ',
      )})`,
  );
}
