/**
 * Recognises database refusals (constraints, deadlocks, serialization failures). Prisma wraps PostgreSQL's errors
 * differently per call (P2002, P2010, P2039, driver errors), but every form carries the
 * constraint's name or the SQLSTATE in its message or metadata.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const meta = (error as { meta?: unknown }).meta;
  const cause = (error as { cause?: unknown }).cause;
  return `${error.message} ${meta ? JSON.stringify(meta) : ''} ${cause instanceof Error ? cause.message : ''}`;
}

export function violates(error: unknown, constraint: string): boolean {
  return describe(error).includes(constraint);
}

/** Deadlock (40P01) or serialization failure (40001): the transaction may simply be tried again. */
export function isRetryable(error: unknown): boolean {
  const text = describe(error);
  return text.includes('40P01') || text.includes('40001') || /deadlock detected|could not serialize/i.test(text);
}
