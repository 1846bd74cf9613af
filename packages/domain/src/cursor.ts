/**
 * Opaque keyset cursors: base64url of a JSON tuple. Decoding validates shape and returns null
 * for anything a client made up, so callers can answer with a clear BAD_USER_INPUT.
 */
export function encodeCursor(values: ReadonlyArray<string>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] | null {
  if (cursor.length === 0 || cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== arity) return null;
    return parsed.every((value) => typeof value === 'string') ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}
