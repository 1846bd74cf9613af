/**
 * Privacy of the dashboard: a figure describing fewer than three people or organisations is not
 * shown ("< 3"). Zero describes nobody and is shown. The value of a hidden figure never leaves the
 * server, so no export can reveal it.
 */
export const MIN_REPORTED_COUNT = 3;

export interface ReportedCount {
  /** Null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export interface ReportedRate {
  /** Share 0..1; null when suppressed or when the basis is 0. */
  value: number | null;
  suppressed: boolean;
  basis: ReportedCount;
}

export const isSuppressed = (count: number): boolean => count > 0 && count < MIN_REPORTED_COUNT;

export function suppressCount(count: number): ReportedCount {
  return isSuppressed(count) ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

const HIDDEN: ReportedCount = { value: null, suppressed: true };

/**
 * `part` of `basis` (e.g. no-shows of held consultations). Hidden when the part, the rest or the
 * basis describe one or two: 12 of 13 would tell that exactly one did not. A hidden rate hides its
 * basis too, so that the basis minus a shown part cannot give the hidden one away.
 */
export function rate(part: number, basis: number): ReportedRate {
  if (basis === 0) return { value: null, suppressed: false, basis: suppressCount(0) };
  const suppressed = isSuppressed(part) || isSuppressed(basis - part) || isSuppressed(basis);
  return suppressed ? { value: null, suppressed, basis: HIDDEN } : { value: part / basis, suppressed, basis: suppressCount(basis) };
}

/**
 * Cells some of which add up to totals shown elsewhere: each line is a set of cell indexes whose
 * sum is shown (the regions of a column, the cells of a matrix, the cross-region cells of it).
 * Primary: 1 and 2 are hidden (and cells in `forced`). Secondary: while the hidden cells of a
 * line are all small ones, the total minus the rest would tell their sum (two hidden 1s sum to 2),
 * so the line's smallest other non-zero cell (the first of equals) is hidden as well; repeated
 * until no line changes. Returns which cells are hidden.
 */
export function hiddenCells(counts: readonly number[], lines: ReadonlyArray<readonly number[]>, forced: readonly boolean[] = []): boolean[] {
  const hidden = counts.map((count, index) => isSuppressed(count) || forced[index] === true);
  const small = (index: number) => counts[index]! < MIN_REPORTED_COUNT;
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const hiddenHere = line.filter((index) => hidden[index]);
      if (hiddenHere.length === 0 || !hiddenHere.every(small)) continue;
      let next = -1;
      for (const index of line) if (!hidden[index] && counts[index]! > 0 && (next < 0 || counts[index]! < counts[next]!)) next = index;
      if (next >= 0) {
        hidden[next] = true;
        changed = true;
      }
    }
  }
  return hidden;
}

/** One line of cells adding up to a total shown elsewhere (see hiddenCells). */
export function suppressLine(counts: readonly number[]): ReportedCount[] {
  const hidden = hiddenCells(counts, [counts.map((_, index) => index)]);
  return counts.map((count, index) => (hidden[index] ? HIDDEN : { value: count, suppressed: false }));
}
