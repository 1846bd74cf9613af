import { applyDecorators } from '@nestjs/common';
import { Field, ID, type FieldOptions } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { MultiLine } from '../graphql/input-text';

type Decorator = PropertyDecorator;
type Described = Pick<FieldOptions, 'description'>;

/** Applies decorators as if written one above the other in this order (the lowest runs first, as TypeScript does). */
const stacked = (...decorators: Decorator[]): Decorator => applyDecorators(...decorators.reverse());

interface TextOptions {
  /** At least this many characters (after the central checks; none when left out). */
  min?: number;
  max: number;
  /** Tab and line breaks allowed (descriptions, bodies); otherwise one line. Control characters are refused centrally (common/graphql/input-text.ts). */
  multiLine?: boolean;
  /** Null or absent is fine; a given value is checked. */
  optional?: boolean;
}

/** A string input field: `@Text(TITLE_LENGTH)`, `@Text({ max, multiLine: true })`. The GraphQL `@Field` stays beside it. */
export function Text({ min, max, multiLine = false, optional = false }: TextOptions): Decorator {
  return stacked(
    ...(optional ? [IsOptional()] : []),
    IsString(),
    min === undefined ? MaxLength(max) : Length(min, max),
    ...(multiLine ? [MultiLine()] : []),
  );
}

/** A required ID input field: `ID!` in the schema, a UUID. */
export const Id = (options: Described = {}): Decorator =>
  stacked(
    Field(() => ID, options),
    IsUUID(),
  );

/** An optional ID input field: nullable `ID` in the schema, a UUID when given. */
export const OptionalId = (options: Described = {}): Decorator =>
  stacked(
    Field(() => ID, { nullable: true, ...options }),
    IsOptional(),
    IsUUID(),
  );

/** An optional enum input field (a filter's topic field, kind, region): nullable in the schema, one of the values when given. */
export const OptionalEnum = (type: object, options: Described = {}): Decorator =>
  stacked(
    Field(() => type, { nullable: true, ...options }),
    IsOptional(),
    IsEnum(type),
  );

/** An optional https link (a meeting or consultation link) of at most `max` characters. */
export const OptionalHttpsLink = (max: number): Decorator =>
  stacked(IsOptional(), IsUrl({ protocols: ['https'], require_protocol: true }), MaxLength(max));
