import { isSuppressed } from './suppression.js';

/**
 * Disclosure control of the dashboard, for every panel: the one entry point is DisclosureTable.
 *
 * A panel puts the full table of a period into it — every region, not only the one asked for —
 * as figures with their amounts per time piece, declares which figures add up to which, and reads
 * back what may be shown. Because the answer depends only on the data and the period, never on
 * the region or panel asked for, answers for different regions agree with each other cell by cell.
 *
 * - Primary: a figure of 1 or 2 is hidden ("< 3", protection SMALL).
 * - Time: a period's figure is hidden as well when the sum of its first or last pieces (calendar
 *   months) is 1 or 2; a figure up to a day (cumulative) when the sum of its last pieces is. Two
 *   periods that both show a figure then differ by pieces of 0 or 3 and more, so no pair of
 *   periods (custom ones snap to whole months) gives away a count of 1 or 2.
 * - Secondary: for every sum (a line: total = parts, requests = accepted + the rest), while what
 *   the line's shown figures tell about its hidden ones (their sum) would be sensitive by the two
 *   rules above, or exactly one figure of it is hidden, the line's smallest other non-zero figure
 *   is hidden too ("geschützt", protection PROTECTED), until no line changes.
 * Rests (figures never shown, e.g. requests not accepted) take part like the others.
 * The dashboard's view panels protect every month, quarter and year at once and store the figures
 * and what they hide (stored.ts); their answers only read them (DisclosedTable.of).
 */
export type Protection = 'SMALL' | 'PROTECTED';

export interface DisclosedCount {
  /** Null when suppressed. */
  value: number | null;
  suppressed: boolean;
  /** Why a figure is hidden: SMALL ("< 3") or PROTECTED (hidden so that another hidden one cannot be derived). */
  protection: Protection | null;
}

/** PERIOD: counts events inside the period. CUMULATIVE: counts everything up to the period's end. */
export type FigureKind = 'PERIOD' | 'CUMULATIVE';

interface Figure {
  series: number[];
  kind: FigureKind;
  /** Never shown (a rest): hidden from the start. */
  unseen: boolean;
}

/** The first day of the time piece holding `day`: its calendar month. */
export function pieceOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The first days of the pieces from the one holding `from` to the one holding `to`. */
export function piecesBetween(from: string, to: string): string[] {
  const pieces: string[] = [];
  for (let day = pieceOf(from); day <= to;) {
    pieces.push(day);
    day = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10);
  }
  return pieces;
}

/** True when a sum of the first or the last pieces of `series` (only the last for CUMULATIVE) is 1 or 2. */
function edgeSensitive(series: ArrayLike<number>, kind: FigureKind, [first, last]: Span = spanOf(series)): boolean {
  // Outside its span a series is 0: sums reaching there add nothing.
  let suffix = 0;
  for (let i = last; i >= first; i -= 1) if (isSuppressed(Math.abs((suffix += series[i]!)))) return true;
  if (kind === 'CUMULATIVE') return false;
  let prefix = 0;
  for (let i = first; i <= last; i += 1) if (isSuppressed(Math.abs((prefix += series[i]!)))) return true;
  return false;
}

/** The first and last piece holding a non-zero amount ([0, -1] when none). */
type Span = readonly [first: number, last: number];
function spanOf(series: ArrayLike<number>): Span {
  let first = 0;
  let last = series.length - 1;
  while (first <= last && series[first] === 0) first += 1;
  while (last >= first && series[last] === 0) last -= 1;
  return first > last ? [0, -1] : [first, last];
}

/** How a panel fills a table: the figures, their sums and rests (DisclosureTable, or one period of a StoredDisclosure). */
export interface TableBuilder {
  add(key: string, day: string, amount: number, kind?: FigureKind): void;
  ensure(key: string, kind?: FigureKind): void;
  sum(total: string, parts: readonly string[]): void;
  rest(key: string, total: string, parts: readonly string[]): void;
  /**
   * A cumulative `total` is `parts` (within the period) plus what it was before: `key` here, a rest
   * like any other; the figure `total` at the end of the month before where periods are linked.
   */
  carry(key: string, total: string, parts: readonly string[]): void;
}

export class DisclosureTable implements TableBuilder {
  private readonly figures = new Map<string, Figure>();
  private readonly lines: string[][] = [];
  private readonly position: Map<string, number>;

  /** `pieces`: first days of the time pieces the figures are given in (piecesBetween), oldest first. */
  constructor(private readonly pieces: readonly string[]) {
    this.position = new Map(pieces.map((day, index) => [day, index]));
  }

  private figure(key: string, kind: FigureKind = 'PERIOD'): Figure {
    let figure = this.figures.get(key);
    if (!figure) {
      figure = { series: new Array<number>(this.pieces.length).fill(0), kind, unseen: false };
      this.figures.set(key, figure);
    }
    return figure;
  }

  /** Adds `amount` on `day` (any day of a piece) to the figure `key`, creating it. */
  add(key: string, day: string, amount: number, kind: FigureKind = 'PERIOD'): void {
    const index = this.position.get(pieceOf(day));
    if (index === undefined) throw new RangeError(`${day} lies outside the table's pieces`);
    this.figure(key, kind).series[index]! += amount;
  }

  /** Makes sure a figure exists (0 when nothing was added). */
  ensure(key: string, kind: FigureKind = 'PERIOD'): void {
    this.figure(key, kind);
  }

  /** The figure `total` is the sum of `parts` (computed here unless it was given), and that sum is shown. */
  sum(total: string, parts: readonly string[]): void {
    const members = parts.map((part) => this.figure(part));
    if (!this.figures.has(total)) {
      const figure = this.figure(total, members[0]?.kind ?? 'PERIOD');
      for (const member of members) member.series.forEach((amount, i) => (figure.series[i]! += amount));
    }
    this.lines.push([total, ...parts]);
  }

  /** A figure never shown: `total` minus `parts` (e.g. requests not accepted), protected like the others. */
  rest(key: string, total: string, parts: readonly string[]): void {
    const whole = this.figure(total);
    const figure = this.figure(key, whole.kind);
    figure.unseen = true;
    figure.series = whole.series.map((amount, i) => parts.reduce((left, part) => left - this.figure(part).series[i]!, amount));
    this.lines.push([total, ...parts, key]);
  }

  carry(key: string, total: string, parts: readonly string[]): void {
    this.rest(key, total, parts);
  }

  /** The keys and kinds of the figures filled so far. */
  kinds(): Map<string, FigureKind> {
    return new Map([...this.figures].map(([key, figure]) => [key, figure.kind]));
  }

  /** Each figure that may be shown (not the rests): its value over all pieces and its kind. */
  shownFigures(): Map<string, { value: number; kind: FigureKind }> {
    const shown = [...this.figures].filter(([, figure]) => !figure.unseen);
    return new Map(shown.map(([key, figure]) => [key, { value: figure.series.reduce((sum, amount) => sum + amount, 0), kind: figure.kind }]));
  }

  /** Applies the three rules; returns what each figure may show. */
  protect(): DisclosedTable {
    const keys = [...this.figures.keys()];
    const figures = keys.map((key) => this.figures.get(key)!);
    const index = new Map(keys.map((key, i) => [key, i]));
    const sensitive = figures.map((figure) => edgeSensitive(figure.series, figure.kind));
    const hidden = figures.map((figure, i) => sensitive[i]! || figure.unseen);
    const free = figures.map((figure, i) => figure.unseen && !sensitive[i]);
    const lines = this.lines.map((line) => line.map((key) => index.get(key)!));
    hideSecondary(figures, hidden, free, lines);
    const values = figures.map((figure) => figure.series.reduce((sum, amount) => sum + amount, 0));
    const unseen = new Set(keys.filter((_, i) => figures[i]!.unseen));
    return new DisclosedTable(new Map(keys.map((key, i) => [key, disclosed(values[i]!, hidden[i]!)])), unseen);
  }
}

function disclosed(value: number, hidden: boolean): DisclosedCount {
  if (!hidden) return { value, suppressed: false, protection: null };
  return { value: null, suppressed: true, protection: isSuppressed(value) ? 'SMALL' : 'PROTECTED' };
}

/**
 * Secondary suppression in place. In a line (its first figure the sum of the others), what the
 * shown figures tell is the signed sum of the hidden ones. The line is unsafe while that sum is
 * sensitive (1 or 2, or 1 or 2 in its first or last pieces), or while exactly one figure is hidden
 * and it is not a harmless rest (it would be told exactly, and with it whatever it protects in
 * another line). Then the line's smallest other non-zero figure (the first of equals) is hidden too,
 * until every line is safe. `free`: rests never shown that may be derived.
 */
function hideSecondary(figures: readonly Figure[], hidden: boolean[], free: readonly boolean[], lines: ReadonlyArray<readonly number[]>): void {
  const values = figures.map((figure) => figure.series.reduce((sum, amount) => sum + amount, 0));
  const spans = figures.map((figure) => spanOf(figure.series));
  const told = new Float64Array(figures[0]?.series.length ?? 0);
  const unsafe = (line: readonly number[]) => {
    const hiddenHere = line.flatMap((figure, position) => (hidden[figure] ? [{ figure, sign: position === 0 ? 1 : -1 }] : []));
    if (hiddenHere.length === 0) return false;
    if (hiddenHere.length === 1 && !free[hiddenHere[0]!.figure]) return true;
    // What the shown figures tell: the signed sum of the hidden ones, over the pieces where any of them is not 0.
    const first = Math.min(...hiddenHere.map(({ figure }) => spans[figure]![0]));
    const last = Math.max(...hiddenHere.map(({ figure }) => spans[figure]![1]));
    told.fill(0, first, last + 1);
    for (const { figure, sign } of hiddenHere) {
      const series = figures[figure]!.series;
      for (let piece = spans[figure]![0]; piece <= spans[figure]![1]; piece += 1) told[piece]! += sign * series[piece]!;
    }
    const kind = hiddenHere.every(({ figure }) => figures[figure]!.kind === 'PERIOD') ? 'PERIOD' : 'CUMULATIVE';
    return first <= last && edgeSensitive(told, kind, [first, last]);
  };
  // A work list of lines: a line is checked again whenever one of its figures is hidden.
  const linesOf: number[][] = figures.map(() => []);
  lines.forEach((line, i) => line.forEach((figure) => linesOf[figure]!.push(i)));
  const queue = lines.map((_, i) => i);
  const queued = new Uint8Array(lines.length).fill(1);
  for (let head = 0; head < queue.length; head += 1) {
    const i = queue[head]!;
    queued[i] = 0;
    const line = lines[i]!;
    if (!unsafe(line)) continue;
    let next = -1;
    for (const f of line) if (!hidden[f] && values[f]! > 0 && (next < 0 || values[f]! < values[next]!)) next = f;
    if (next < 0) continue;
    hidden[next] = true;
    for (const j of linesOf[next]!)
      if (!queued[j]) {
        queued[j] = 1;
        queue.push(j);
      }
  }
}

/** What a DisclosureTable may show, figure by figure. */
export class DisclosedTable {
  constructor(
    private readonly counts: ReadonlyMap<string, DisclosedCount>,
    private readonly unseen: ReadonlySet<string> = new Set(),
  ) {}

  /** The figures `values` (a key missing there is 0) with the control decided elsewhere (stored.ts): `hidden` are hidden. */
  static of(values: ReadonlyMap<string, number>, hidden: ReadonlySet<string>): DisclosedTable {
    const keys = new Set([...values.keys(), ...hidden]);
    return new DisclosedTable(new Map([...keys].map((key) => [key, disclosed(values.get(key) ?? 0, hidden.has(key))])));
  }

  /** The keys of the hidden figures, without the rests (never shown anyway). */
  hiddenKeys(): string[] {
    return [...this.counts].filter(([key, count]) => count.suppressed && !this.unseen.has(key)).map(([key]) => key);
  }

  /** The figure as it may be shown; a figure never filled is 0. */
  count(key: string): DisclosedCount {
    const count = this.counts.get(key);
    if (!count) return { value: 0, suppressed: false, protection: null };
    if (this.unseen.has(key)) throw new Error(`${key} is a rest and is never shown`);
    return count;
  }
}
