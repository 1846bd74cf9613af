import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { decodeCursor, encodeCursor } from './cursor';
import { InvalidCursorError, PageSizeError } from '../errors/common.errors';
import { MAX_PAGE_SIZE } from '@wiw/domain';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  // The range is checked by keysetPage(), which answers with its own clear error.
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type: `<Name>Connection` with `<Name>Edge`, pageInfo and totalCount. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

export interface KeysetPage {
  take: number;
  after: string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * Validates `first`/`after`. Keyset cursors are tuples of `arity` strings whose last part is the
 * row's UUID, so a forged cursor is refused here instead of failing in SQL.
 */
export function keysetPage(args: PageArgs, arity: number): KeysetPage {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) throw new PageSizeError(args.first);
  if (args.after === undefined || args.after === null) return { take: args.first, after: null };
  const after = decodeCursor(args.after, arity);
  if (!after || !isUuid(after[arity - 1]!)) throw new InvalidCursorError();
  return { take: args.first, after };
}

/** Builds a connection from rows fetched with take + 1 (the extra row tells whether a next page exists). */
export function toConnection<Row, Node>(
  rows: Row[],
  page: KeysetPage,
  totalCount: number,
  cursorOf: (row: Row) => string[],
  toNode: (row: Row) => Node,
): Connection<Node> {
  const visible = rows.slice(0, page.take);
  const edges = visible.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.take, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

type Direction = 'asc' | 'desc';

/** A keyset page on (an instant, id): `first`/`after` checked, and the cursor's instant (null on the first page). */
export interface InstantPage extends KeysetPage {
  at: Date | null;
}

export function instantPage(args: PageArgs): InstantPage {
  const page = keysetPage(args, 2);
  const at = page.after ? new Date(page.after[0]!) : null;
  if (at && Number.isNaN(at.getTime())) throw new InvalidCursorError();
  return { ...page, at };
}

type Bound = { lt?: Date; lte?: Date; gt?: Date; gte?: Date };

/**
 * The rows after the cursor when sorted by (`field` `order`, id `idOrder`), null on the first page.
 * Written as `field ≤ at AND (field < at OR id beyond)` (mirrored when ascending), so that
 * PostgreSQL can bound the index scan on `field`.
 */
export function afterInstant<F extends string>(
  field: F,
  page: InstantPage,
  order: Direction = 'desc',
  idOrder: Direction = order,
): { AND: [Record<F, Bound>, { OR: [Record<F, Bound>, { id: { lt?: string; gt?: string } }] }] } | null {
  if (!page.at || !page.after) return null;
  const at = page.at;
  const on = (bound: Bound) => ({ [field]: bound }) as Record<F, Bound>;
  const id = page.after[1]!;
  return {
    AND: [
      on(order === 'desc' ? { lte: at } : { gte: at }),
      { OR: [on(order === 'desc' ? { lt: at } : { gt: at }), { id: idOrder === 'desc' ? { lt: id } : { gt: id } }] },
    ],
  };
}

/** The connection of rows paged on (instant, id), each row its own node. */
export function instantConnection<Row extends { id: string }>(
  rows: Row[],
  page: KeysetPage,
  totalCount: number,
  instantOf: (row: Row) => Date,
): Connection<Row> {
  return toConnection(
    rows,
    page,
    totalCount,
    (row) => [instantOf(row).toISOString(), row.id],
    (row) => row,
  );
}
