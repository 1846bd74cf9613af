/**
 * Privacy of the dashboard: a figure describing fewer than three people or organisations is not
 * shown ("< 3"). Zero describes nobody and is shown. The value of a hidden figure never leaves the
 * server, so no export can reveal it. Tables whose figures add up are protected as a whole by
 * DisclosureTable (disclosure.ts).
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
