import { DisclosedTable, DisclosureTable, piecesBetween, type FigureKind, type TableBuilder } from './disclosure.js';

/**
 * Disclosure control decided once per refresh (docs/STATISTICS.md, "Disclosure control"): one
 * table holds every served period of a panel — each month, quarter and year of the covered years —
 * with the lines that tie them together (a quarter is its months, a year its quarters; a cumulative
 * figure of a period is the one of its last month; a cumulative total is the month before's plus
 * what came in). Protecting that table once hides, in every period, what no combination of
 * answers for any periods and regions may derive. Answers only read the hidden keys: a preset
 * period is one stored block; any other run of whole months is cut into blocks (years, quarters,
 * months) and shows a figure only when every block shows it, so it tells nothing the blocks do not.
 */

export interface Block {
  kind: 'MONTH' | 'QUARTER' | 'YEAR';
  /** First day ("YYYY-MM-DD"). */
  from: string;
  /** Last day, included. */
  to: string;
}

/** The name of a period in the stored control: "from..to". */
export const blockKey = (period: { from: string; to: string }): string => `${period.from}..${period.to}`;

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const block = (kind: Block['kind'], year: number, month: number, months: number): Block => ({
  kind,
  from: `${year}-${String(month).padStart(2, '0')}-01`,
  to: lastDay(year, month + months - 1),
});

/** Every month, quarter and year of the years `firstYear` to `lastYear`. */
export function servedBlocks(firstYear: number, lastYear: number): Block[] {
  const blocks: Block[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) blocks.push(block('MONTH', year, month, 1));
    for (let month = 1; month <= 12; month += 3) blocks.push(block('QUARTER', year, month, 3));
    blocks.push(block('YEAR', year, 1, 12));
  }
  return blocks;
}

/** Whole months from `from` to `to` cut into the fewest stored blocks: whole years, then quarters, then months. */
export function blocksOf(period: { from: string; to: string }): Block[] {
  const blocks: Block[] = [];
  for (const first of piecesBetween(period.from, period.to)) {
    const [year, month] = first.split('-').map(Number) as [number, number];
    const last = blocks.at(-1);
    if (last && first <= last.to) continue;
    if (month === 1 && lastDay(year, 12) <= period.to) blocks.push(block('YEAR', year, 1, 12));
    else if (month % 3 === 1 && lastDay(year, month + 2) <= period.to) blocks.push(block('QUARTER', year, month, 3));
    else blocks.push(block('MONTH', year, month, 1));
  }
  return blocks;
}

/** The blocks a stored block is made of (a year its quarters, a quarter its months). */
function partsOf(whole: Block): Block[] {
  const [year, month] = whole.from.split('-').map(Number) as [number, number];
  if (whole.kind === 'YEAR') return [1, 4, 7, 10].map((m) => block('QUARTER', year, m, 3));
  if (whole.kind === 'QUARTER') return [0, 1, 2].map((i) => block('MONTH', year, month + i, 1));
  return [];
}

/** One period of a StoredDisclosure: keys are the panel's own, prefixed with the period. */
class PeriodTable implements TableBuilder {
  constructor(
    private readonly table: DisclosureTable,
    private readonly prefix: string,
    /** The prefix of the month before the period, when it is in the table. */
    private readonly before: string | null,
    /** Keys of what a figure was before a period (carry): a period's is its first month's. */
    private readonly openings: Set<string>,
  ) {}

  private key = (key: string) => `${this.prefix}#${key}`;

  add(key: string, day: string, amount: number, kind?: FigureKind): void {
    this.table.add(this.key(key), day, amount, kind);
  }

  ensure(key: string, kind?: FigureKind): void {
    this.table.ensure(this.key(key), kind);
  }

  sum(total: string, parts: readonly string[]): void {
    this.table.sum(
      this.key(total),
      parts.map((part) => this.key(part)),
    );
  }

  rest(key: string, total: string, parts: readonly string[]): void {
    this.table.rest(
      this.key(key),
      this.key(total),
      parts.map((part) => this.key(part)),
    );
  }

  carry(key: string, total: string, parts: readonly string[]): void {
    this.openings.add(key);
    this.rest(key, total, parts);
    if (this.before) this.table.sum(this.key(total), [...parts.map((part) => this.key(part)), `${this.before}#${total}`]);
  }
}

/** What the refresh stores of one block: its figures and which of them it hides. */
export interface BlockFigures {
  /** The non-zero figures that may be shown (never a rest), by the panel's key. */
  figures: Record<string, number>;
  /** The keys of the figures counting everything up to the block's end (CUMULATIVE). */
  cumulative: string[];
  /** The keys the control hides in this block. */
  hidden: string[];
}

/**
 * Protects every block of the years `firstYear`..`lastYear` at once; `fill` puts one block's full
 * table into the builder it is given. Returns per block (blockKey) its figures and the keys it hides.
 */
export function protectBlocks(firstYear: number, lastYear: number, fill: (table: TableBuilder, period: Block) => void): Map<string, BlockFigures> {
  const blocks = servedBlocks(firstYear, lastYear);
  const table = new DisclosureTable(piecesBetween(`${firstYear}-01-01`, `${lastYear}-12-31`));
  const months = blocks.filter((b) => b.kind === 'MONTH');
  const openings = new Set<string>();
  for (const b of blocks) {
    const index = months.findIndex((m) => m.from === b.from);
    fill(new PeriodTable(table, blockKey(b), index > 0 ? blockKey(months[index - 1]!) : null, openings), b);
  }
  const kinds = table.kinds();
  const keysOf = new Map<string, Set<string>>(blocks.map((b) => [blockKey(b), new Set()]));
  for (const key of kinds.keys()) {
    const at = key.indexOf('#');
    keysOf.get(key.slice(0, at))!.add(key.slice(at + 1));
  }
  for (const whole of blocks) {
    const parts = partsOf(whole).map(blockKey);
    if (parts.length === 0) continue;
    const name = blockKey(whole);
    for (const key of new Set([name, ...parts].flatMap((b) => [...keysOf.get(b)!]))) {
      const cumulative = kinds.get(`${name}#${key}`) === 'CUMULATIVE';
      const same = openings.has(key) ? parts.slice(0, 1) : cumulative ? parts.slice(-1) : parts;
      table.sum(
        `${name}#${key}`,
        same.map((part) => `${part}#${key}`),
      );
    }
  }
  const hidden = new Set(table.protect().hiddenKeys());
  const stored = new Map<string, BlockFigures>(blocks.map((b) => [blockKey(b), { figures: {}, cumulative: [], hidden: [] }]));
  for (const [key, { value, kind }] of table.shownFigures()) {
    const at = key.indexOf('#');
    const [block, figure] = [stored.get(key.slice(0, at))!, key.slice(at + 1)];
    if (value !== 0) block.figures[figure] = value;
    if (kind === 'CUMULATIVE') block.cumulative.push(figure);
    if (hidden.has(key)) block.hidden.push(figure);
  }
  return stored;
}

/** The far end of the stored row holding, for every period after the covered years, the figures and hidden keys of their last month. */
export const LATER = '9999-12-31';

/** A stored block as answers read it: its first and last day, its figures and hidden keys. */
export interface StoredBlock extends BlockFigures {
  from: string;
  to: string;
}

/**
 * An answer's figures for a run of whole months, from the stored blocks (any superset of the
 * period's blocksOf and of the row for periods after the covered years): a figure counting within
 * the period is the sum of its blocks', a cumulative one is that of the block holding the period's
 * last month (after the covered years: their last month's). A figure is hidden when any of those
 * blocks hides it. `values` are the raw figures, for what a panel lists; never shown when hidden.
 */
export function storedFigures(
  period: { from: string; to: string },
  stored: readonly StoredBlock[],
): { shown: DisclosedTable; values: Map<string, number> } {
  const cut = blocksOf(period);
  const blocks = cut.map(blockKey);
  const inPeriod = stored.filter((row) => blocks.includes(blockKey(row)));
  const later = stored.find((row) => row.to === LATER && row.from <= period.to);
  const cumulative = new Set(stored.flatMap((row) => row.cumulative));
  const values = new Map<string, number>();
  for (const row of inPeriod)
    for (const [key, value] of Object.entries(row.figures)) if (!cumulative.has(key)) values.set(key, (values.get(key) ?? 0) + value);
  const last = cut.at(-1);
  const end = inPeriod.find((row) => last && blockKey(row) === blockKey(last)) ?? (later && last && last.from >= later.from ? later : undefined);
  for (const key of end?.cumulative ?? []) values.set(key, end!.figures[key] ?? 0);
  const hidden = new Set([...inPeriod, ...(later ? [later] : [])].flatMap((row) => row.hidden));
  return { shown: DisclosedTable.of(values, hidden), values };
}
