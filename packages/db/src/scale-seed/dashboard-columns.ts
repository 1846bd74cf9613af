import type { Progress } from './insert';

/** Shared by the parts of the dashboard benchmark's data set (dashboard.ts). */
export const DAY_MS = 86_400_000;
/** Needs, offers, organisations and contact requests go back three years; slots too, and two months ahead. */
export const HISTORY_DAYS = 3 * 365;
const BATCH = 10_000;

/** Columns of one table, inserted 10,000 rows at a time. */
export async function insertColumns<C extends Record<string, unknown[]>>(
  columns: C,
  what: string,
  progress: Progress,
  insert: (batch: C) => Promise<unknown>,
): Promise<void> {
  const total = Object.values(columns)[0]?.length ?? 0;
  for (let start = 0; start < total; start += BATCH) {
    const batch = Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, values.slice(start, start + BATCH)])) as C;
    await insert(batch);
    progress(Math.min(start + BATCH, total), total, what);
  }
}
