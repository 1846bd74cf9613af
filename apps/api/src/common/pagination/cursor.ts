/**
 * Opaque keyset cursors: base64url of a JSON tuple of strings. Decoding validates the shape
 * (arity, strings without control characters) and returns null for anything malformed, so callers
 * can answer with a clear BAD_USER_INPUT; callers check the meaning of each part (e.g. a UUID).
 */
export function encodeCursor(values: ReadonlyArray<string>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] | null {
  if (cursor.length === 0 || cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== arity) return null;
    const valid = parsed.every((value) => typeof value === 'string' && value.length <= 512 && !/\p{Cc}/u.test(value));
    return valid ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}
