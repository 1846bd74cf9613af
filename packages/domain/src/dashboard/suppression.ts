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

/**
 * `part` of `basis` (e.g. no-shows of held consultations). Hidden when the part, the rest or the
 * basis describe one or two: 12 of 13 would tell that exactly one did not.
 */
export function rate(part: number, basis: number): ReportedRate {
  const reportedBasis = suppressCount(basis);
  if (basis === 0) return { value: null, suppressed: false, basis: reportedBasis };
  const suppressed = isSuppressed(part) || isSuppressed(basis - part) || reportedBasis.suppressed;
  return { value: suppressed ? null : part / basis, suppressed, basis: reportedBasis };
}
