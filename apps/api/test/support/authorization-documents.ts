/** Helpers for the authorization matrix's documents (authorization-operations*.ts). */

/** An id that names nothing: an operation that gets past the guard answers "not found" (or a validation error), never changes anything. */
export const NO_ID = '00000000-0000-4000-8000-000000000000';

/** An enum value in a document, written bare (`answer: YES`), where a string would be quoted. */
class EnumValue {
  constructor(readonly name: string) {}
}
export const enumValue = (name: string) => new EnumValue(name);

type Value = string | number | boolean | EnumValue | readonly Value[] | { readonly [key: string]: Value };

function literal(value: Value): string {
  if (value instanceof EnumValue) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const fields = Object.entries(value).map(([key, field]) => `${key}: ${literal(field)}`);
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

function call(field: string, args: Record<string, Value>, selection: string | null): string {
  const list = Object.entries(args).map(([key, value]) => `${key}: ${literal(value)}`);
  return `${field}${list.length ? `(${list.join(', ')})` : ''}${selection ? ` ${selection}` : ''}`;
}

/** `mutation { field(args) { id } }`; `selection` null for a scalar answer. */
export const mutationFor = (field: string, args: Record<string, Value>, selection: string | null = '{ id }') =>
  `mutation { ${call(field, args, selection)} }`;

/** `{ field(args) { id } }`; `selection` null for a scalar answer. */
export const queryFor = (field: string, args: Record<string, Value>, selection: string | null = '{ id }') => `{ ${call(field, args, selection)} }`;
