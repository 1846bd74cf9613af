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
