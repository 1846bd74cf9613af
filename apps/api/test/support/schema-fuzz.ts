import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/*
 * Malformed requests derived from a schema: for every root field with arguments, every argument
 * and every input field below it (list items included) gets malformed values, one at a time, with
 * plausible values everywhere else. Nothing here names an operation, so fields added later are
 * covered without editing. Pure: the suite sends the cases and judges the answers.
 */

/** What a malformed value must lead to. */
export type Expect =
  /** Refused before anything runs: BAD_USER_INPUT. */
  | 'input'
  /** Some coded error (a limit, an id that cannot exist): anything but INTERNAL_SERVER_ERROR. */
  | 'error'
  /** May even succeed (an id of nothing, a boundary number); if it fails, then with a code. */
  | 'any';

export interface FuzzCase {
  /** e.g. "Mutation.cancelBooking(input.reason) = NUL". */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  expect: Expect;
}

export interface FuzzOptions {
  /** A well-formed id for an argument or input field (by its name and the field's type), e.g. the fuzzing person's own organisation. */
  idFor(name: string, rootField: GraphQLField<unknown, unknown>): string;
  /** How deep input objects are followed. */
  maxDepth?: number;
}

interface Variant {
  name: string;
  value: unknown;
  expect: Expect;
}

const NUL = 'a\u0000b';
const LONG = 'x'.repeat(10_001);
const NO_ENTITY = '00000000-0000-4000-8000-000000000000';

/** A plausible value of a leaf type, by the field's name where the type alone says too little. */
function plausibleLeaf(type: GraphQLInputType, name: string, options: FuzzOptions, root: GraphQLField<unknown, unknown>): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value as unknown;
  switch (named.name) {
    case 'ID':
      return options.idFor(name, root);
    case 'Int':
      return name === 'weekday' ? 1 : name === 'durationMinutes' ? 60 : 10;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2027-06-01';
    case 'DateTime':
      return '2027-06-01T08:00:00Z';
    default:
      if (/email/i.test(name)) return 'fuzz-nobody@example.org';
      if (/password/i.test(name)) return 'Sauerländer Drahtzieher 2026';
      if (/url|link|website/i.test(name)) return 'https://example.org/fuzz';
      if (name === 'start') return '09:00';
      if (name === 'end') return '17:00';
      if (name === 'idempotencyKey') return 'fuzz-key-0001';
      return 'Beispieltext für die Prüfung';
  }
}

/** A plausible value of any input type: required input fields filled in, optional ones left out. */
export function plausible(type: GraphQLInputType, name: string, options: FuzzOptions, root: GraphQLField<unknown, unknown>): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(nullable.ofType, name, options, root)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plausible(field.type, field.name, options, root);
    }
    return value;
  }
  return plausibleLeaf(nullable, name, options, root);
}

/** Malformed values for one position of type `type`. */
function variants(type: GraphQLInputType, plausibleValue: unknown): Variant[] {
  const nullable = getNullableType(type);
  const own: Variant[] = isNonNullType(type) ? [{ name: 'null', value: null, expect: 'input' }] : [];
  if (isListType(nullable)) {
    return [
      ...own,
      { name: 'object for list', value: { a: 1 }, expect: 'input' },
      { name: '1001 items', value: Array.from({ length: 1001 }, () => (plausibleValue as unknown[])[0]), expect: 'error' },
    ];
  }
  if (isInputObjectType(nullable)) {
    return [
      ...own,
      { name: 'string for object', value: 'x', expect: 'input' },
      { name: 'unknown field', value: { ...(plausibleValue as object), zzUnknown: 1 }, expect: 'input' },
    ];
  }
  const named = getNamedType(type);
  const wrong: Variant[] = [
    { name: 'object', value: { a: 1 }, expect: 'input' },
    { name: 'list of lists', value: [['x']], expect: 'input' },
  ];
  if (isEnumType(named)) {
    const first = named.getValues()[0]!.name;
    const otherCase = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
    return [
      ...own,
      ...wrong,
      { name: 'unknown enum value', value: 'NOT_A_VALUE', expect: 'input' },
      { name: 'enum value in the other case', value: otherCase, expect: 'input' },
      { name: 'number for enum', value: 1, expect: 'input' },
    ];
  }
  switch (named.name) {
    case 'Int':
      return [
        ...own,
        ...wrong,
        { name: '2^31', value: 2 ** 31, expect: 'input' },
        { name: '1e308', value: 1e308, expect: 'input' },
        { name: 'fraction', value: 1.5, expect: 'input' },
        { name: 'numeric string', value: '12', expect: 'input' },
        { name: '-1', value: -1, expect: 'any' },
        { name: '0', value: 0, expect: 'any' },
        { name: '2^31-1', value: 2 ** 31 - 1, expect: 'any' },
      ];
    case 'Float':
      return [
        ...own,
        ...wrong,
        { name: 'string', value: '1.5', expect: 'input' },
        { name: '1e308', value: 1e308, expect: 'any' },
        { name: '-1e308', value: -1e308, expect: 'any' },
      ];
    case 'Boolean':
      return [...own, ...wrong, { name: 'string', value: 'true', expect: 'input' }, { name: 'number', value: 1, expect: 'input' }];
    case 'Date':
      return [
        ...own,
        ...wrong,
        { name: 'no such day', value: '2027-02-29', expect: 'input' },
        { name: 'far future', value: '9999-12-31', expect: 'input' },
        { name: 'year 1', value: '0001-01-01', expect: 'input' },
        { name: 'date-time', value: '2027-06-01T10:00:00Z', expect: 'input' },
        { name: 'number', value: 20270601, expect: 'input' },
        { name: 'NUL', value: `2027-06-01${NUL}`, expect: 'input' },
      ];
    case 'DateTime':
      return [
        ...own,
        ...wrong,
        { name: 'naive date-time', value: '2027-03-28T02:30:00', expect: 'input' },
        { name: 'date only', value: '2027-03-28', expect: 'input' },
        { name: 'far future', value: '9999-12-31T23:59:59Z', expect: 'input' },
        { name: 'expanded year', value: '+275760-09-13T00:00:00Z', expect: 'input' },
        { name: 'month 13', value: '2027-13-01T00:00:00Z', expect: 'input' },
        { name: 'epoch number', value: 1_800_000_000_000, expect: 'input' },
        { name: 'lone surrogate', value: '2027-03-28T01:30:00Z\uD800', expect: 'input' },
      ];
    case 'ID':
      return [
        ...own,
        ...wrong,
        { name: 'NUL', value: `${NO_ENTITY}\u0000`, expect: 'input' },
        { name: 'lone surrogate', value: `\uDC00${NO_ENTITY}`, expect: 'input' },
        { name: 'boolean', value: true, expect: 'input' },
        { name: '1e308', value: 1e308, expect: 'error' },
        { name: 'not a uuid', value: 'not-a-uuid', expect: 'error' },
        { name: 'empty', value: '', expect: 'error' },
        { name: '10,001 characters', value: LONG, expect: 'error' },
        { name: 'id of nothing', value: NO_ENTITY, expect: 'any' },
      ];
    default:
      // String and any scalar added later: text problems first, then wrong types and length.
      return [
        ...own,
        ...wrong,
        { name: 'NUL', value: NUL, expect: 'input' },
        { name: 'lone high surrogate', value: 'a\uD800b', expect: 'input' },
        { name: 'lone low surrogate', value: '\uDC00', expect: 'input' },
        { name: 'escape', value: 'a\u001b[31mb', expect: 'input' },
        { name: 'number', value: 12345, expect: 'input' },
        { name: 'boolean', value: false, expect: 'input' },
        { name: '10,001 characters', value: LONG, expect: 'error' },
      ];
  }
}

/** Every position below an argument: [path inside the argument, its type]. */
function positions(type: GraphQLInputType, depth: number, maxDepth: number): Array<[Array<string | number>, GraphQLInputType]> {
  const result: Array<[Array<string | number>, GraphQLInputType]> = [[[], type]];
  if (depth >= maxDepth) return result;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const [path, inner] of positions(nullable.ofType, depth + 1, maxDepth)) result.push([[0, ...path], inner]);
  } else if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      for (const [path, inner] of positions(field.type, depth + 1, maxDepth)) result.push([[field.name, ...path], inner]);
    }
  }
  return result;
}

/** `base` with the value at `path` replaced (containers on the way created as plausible ones). */
function replaced(
  base: unknown,
  path: Array<string | number>,
  value: unknown,
  type: GraphQLInputType,
  options: FuzzOptions,
  root: GraphQLField<unknown, unknown>,
): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const list = Array.isArray(base) && base.length > 0 ? [...(base as unknown[])] : [plausible(nullable.ofType, '', options, root)];
    list[0] = replaced(list[0], rest, value, nullable.ofType, options, root);
    return list;
  }
  if (isInputObjectType(nullable)) {
    const field = nullable.getFields()[head as string]!;
    const object = { ...((base ?? {}) as Record<string, unknown>) };
    object[field.name] = replaced(object[field.name] ?? plausible(field.type, field.name, options, root), rest, value, field.type, options, root);
    return object;
  }
  return value;
}

/** What to select of a field's result: nothing for leaves, __typename otherwise. */
const selectionOf = (field: GraphQLField<unknown, unknown>): string => (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }');

function describePath(argument: GraphQLArgument, path: Array<string | number>): string {
  return [argument.name, ...path].join('.');
}

/** All cases for the root fields of `schema` that take arguments. */
export function fuzzCases(schema: GraphQLSchema, options: FuzzOptions): FuzzCase[] {
  const maxDepth = options.maxDepth ?? 4;
  const cases: FuzzCase[] = [];
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [operation, rootType] of roots) {
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      if (field.args.length === 0) continue;
      const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const query = `${operation}(${declarations}) { ${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selectionOf(field)} }`;
      // Required arguments get plausible values; optional ones are left out unless fuzzed.
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const base = Object.fromEntries(required.map((arg) => [arg.name, plausible(arg.type, arg.name, options, field)]));
      for (const argument of field.args) {
        for (const [path, type] of positions(argument.type, 0, maxDepth)) {
          const plausibleHere = plausible(type, String(path.at(-1) ?? argument.name), options, field);
          for (const variant of variants(type, plausibleHere)) {
            const value = replaced(base[argument.name], path, variant.value, argument.type, options, field);
            cases.push({
              label: `${rootType!.name}.${field.name}(${describePath(argument, path)}) = ${variant.name}`,
              query,
              variables: { ...base, [argument.name]: value },
              expect: variant.expect,
            });
          }
        }
      }
    }
  }
  return cases;
}
