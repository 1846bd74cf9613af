/*
 * What an attacker learns from several dashboard answers: every figure is a variable named by what
 * it counts (period, panel, column, cell), so the same quantity in two answers is one variable.
 * Shown figures are known; equations say which figures add up to which (regions to the whole,
 * kinds to a region, a period to a shorter one plus the days between, requests to accepted plus
 * the rest). Equations with one unknown left are solved until nothing changes; what is solved
 * that should not be is a disclosure.
 */

export interface Count {
  value: number | null;
  suppressed: boolean;
}

type Term = readonly [variable: string, coefficient: number];

export class Attacker {
  private readonly known = new Map<string, number>();
  private readonly hidden = new Set<string>();
  /** Variables never shown (the rest of a row, the days between two periods): a derived 1 or 2 discloses. */
  private readonly unseen = new Set<string>();
  private readonly equations: Term[][] = [];
  readonly conflicts: string[] = [];

  /** A figure as an answer shows it. */
  see(variable: string, count: Count | undefined): void {
    if (!count) return;
    if (count.suppressed) {
      this.hidden.add(variable);
      return;
    }
    const before = this.known.get(variable);
    if (before !== undefined && before !== count.value) this.conflicts.push(`${variable}: ${before} and ${count.value}`);
    this.known.set(variable, count.value!);
  }

  /** `total` = sum of `parts`. */
  sum(total: string, parts: readonly string[]): void {
    this.equations.push([[total, 1], ...parts.map((part) => [part, -1] as const)]);
  }

  /** `total` = sum of `parts` + one variable never shown (`rest`). */
  sumWithRest(total: string, parts: readonly string[], rest: string): void {
    this.unseen.add(rest);
    this.sum(total, [...parts, rest]);
  }

  /** Solves what can be solved; returns the disclosures: hidden figures derived, or unseen ones derived as 1 or 2. */
  disclosures(): string[] {
    const shownElsewhere = [...this.hidden].filter((variable) => this.known.has(variable));
    const derived = new Map<string, number>();
    for (let changed = true; changed;) {
      changed = false;
      for (const equation of this.equations) {
        const unknown = equation.filter(([variable]) => !this.known.has(variable));
        if (unknown.length !== 1) continue;
        const [variable, coefficient] = unknown[0]!;
        const rest = equation.reduce((sum, [v, c]) => (v === variable ? sum : sum + c * this.known.get(v)!), 0);
        const value = -rest / coefficient;
        this.known.set(variable, value);
        derived.set(variable, value);
        changed = true;
      }
    }
    const direct = shownElsewhere.map((variable) => `${variable} is hidden in one answer and shown as ${this.known.get(variable)} in another`);
    return [
      ...direct,
      ...[...derived].flatMap(([variable, value]) => {
        if (this.hidden.has(variable)) return [`${variable} is hidden but derived as ${value}`];
        if (this.unseen.has(variable) && value > 0 && value < 3) return [`${variable} is never shown but derived as ${value}`];
        return [];
      }),
    ];
  }

  /** Every variable seen or named in an equation. */
  variables(): string[] {
    return [...new Set([...this.known.keys(), ...this.hidden, ...this.equations.flatMap((equation) => equation.map(([variable]) => variable))])];
  }

  /** Hidden figures seen (so a test can tell it reached some). */
  get hiddenCount(): number {
    return this.hidden.size;
  }
}
