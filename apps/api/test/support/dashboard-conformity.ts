/*
 * The dashboard's figures as they must be, and the check of an answer against them. The second
 * computation (dashboard-expected.ts) gives each count exactly (Exact) and each share as part and
 * basis (ExactShare); which figures the disclosure control hides is the server's (secondary and
 * time protection are checked by the differencing attacks, dashboard-differencing.e2e-spec.ts).
 * What is checked here: a shown figure is exact and never 1 or 2; a hidden one says why, and truly
 * — SMALL only for 1 and 2, PROTECTED only for 3 and more.
 */

const small = (n: number): boolean => n === 1 || n === 2;

/** A count as computed from the base tables. `derived`: a difference of two counts (hidden whenever either is). */
export class Exact {
  constructor(
    readonly n: number,
    readonly derived = false,
  ) {}
}

/** A share as computed from the base tables. */
export class ExactShare {
  constructor(
    readonly part: number,
    readonly basis: number,
  ) {}
}

interface ShownCount {
  value: number | null;
  suppressed: boolean;
  protection?: string | null;
}

function countProblems(shown: ShownCount, exact: Exact, path: string): string[] {
  if (shown === null || typeof shown !== 'object') return [`${path}: ${JSON.stringify(shown)} is not a count`];
  if (!shown.suppressed) {
    if (shown.value !== exact.n) return [`${path}: shows ${shown.value}, is ${exact.n}`];
    if (small(exact.n)) return [`${path}: shows ${exact.n}`];
    return shown.protection ? [`${path}: shown with protection ${shown.protection}`] : [];
  }
  if (shown.value !== null) return [`${path}: hidden with value ${shown.value}`];
  if (shown.protection === undefined) return small(exact.n) ? [] : [`${path}: hidden, is ${exact.n}`];
  if (shown.protection === 'SMALL') return small(exact.n) || exact.derived ? [] : [`${path}: SMALL, is ${exact.n}`];
  if (shown.protection === 'PROTECTED') return exact.n >= 3 || (exact.derived && exact.n > 0) ? [] : [`${path}: PROTECTED, is ${exact.n}`];
  return [`${path}: hidden without a reason`];
}

function shareProblems(shown: ShownCount & { basis: ShownCount }, exact: ExactShare, path: string): string[] {
  const { part, basis } = exact;
  if (!shown.suppressed) {
    const value = basis === 0 ? null : part / basis;
    if (shown.value === null ? value !== null : Math.abs(shown.value - value!) > 1e-9) return [`${path}: shows ${shown.value}, is ${value}`];
    return countProblems(shown.basis, new Exact(basis), `${path}.basis`);
  }
  const problems = shown.value === null && shown.basis.suppressed && shown.basis.value === null ? [] : [`${path}: hidden with a value or basis`];
  const smallShare = small(part) || small(basis - part) || small(basis);
  if (shown.protection === 'SMALL' && !smallShare) problems.push(`${path}: SMALL, is ${part} of ${basis}`);
  return problems;
}

/** Where `answer` departs from `expected` (plain values equal, Exact and ExactShare as above); empty when it conforms. */
export function departures(answer: unknown, expected: unknown, path = '$'): string[] {
  if (expected instanceof Exact) return countProblems(answer as ShownCount, expected, path);
  if (expected instanceof ExactShare) return shareProblems(answer as ShownCount & { basis: ShownCount }, expected, path);
  if (Array.isArray(expected)) {
    if (!Array.isArray(answer) || answer.length !== expected.length)
      return [`${path}: ${JSON.stringify(answer)?.slice(0, 200)} is not ${expected.length} items`];
    return expected.flatMap((item, i) => departures(answer[i], item, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (answer === null || typeof answer !== 'object') return [`${path}: ${JSON.stringify(answer)} is not an object`];
    const keys = new Set([...Object.keys(expected), ...Object.keys(answer)]);
    return [...keys].flatMap((key) =>
      departures((answer as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return answer === expected ? [] : [`${path}: ${JSON.stringify(answer)} instead of ${JSON.stringify(expected)}`];
}
