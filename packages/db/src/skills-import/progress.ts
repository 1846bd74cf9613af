/** Where progress goes: process.stderr, or anything alike in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressReporter {
  /** Rows and bytes read so far; draws at most every few moments. Safe to pass on as a callback. */
  update: (rows: number, bytes: number) => void;
  /** Draws the final state (ends the bar's line on a terminal). */
  finish: () => void;
}

export interface ProgressOptions {
  totalBytes: number;
  stream?: ProgressStream;
  /** Milliseconds between redraws: default 100 on a terminal, 5000 for plain lines. */
  intervalMs?: number;
  now?: () => number;
}

const BAR_WIDTH = 30;

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const share = (bytes: number, totalBytes: number): number => (totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1);
const rowsText = (rows: number): string => `${rows.toLocaleString('en-US')} rows`;

/** `[#########·····················]  30%  4,200 rows  8.1 of 27.0 MB` */
export function formatProgressBar(rows: number, bytes: number, totalBytes: number, width = BAR_WIDTH): string {
  const part = share(bytes, totalBytes);
  const filled = Math.round(part * width);
  const percent = `${Math.floor(part * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${percent}  ${rowsText(rows)}  ${formatBytes(bytes)} of ${formatBytes(totalBytes)}`;
}

/** `… 4,200 rows read (30%, 8.1 of 27.0 MB)` */
export function formatProgressLine(rows: number, bytes: number, totalBytes: number): string {
  return `… ${rowsText(rows)} read (${Math.floor(share(bytes, totalBytes) * 100)}%, ${formatBytes(bytes)} of ${formatBytes(totalBytes)})`;
}

/**
 * Progress of a long import: a bar redrawn in place when the stream is a terminal, otherwise a
 * plain line every few seconds (logs and CI keep readable output).
 */
export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const { totalBytes, stream = process.stderr, now = Date.now } = options;
  const tty = Boolean(stream.isTTY);
  const interval = options.intervalMs ?? (tty ? 100 : 5000);
  let last = now();
  let rows = 0;
  let bytes = 0;
  let drawn = false;

  const draw = () => {
    drawn = true;
    if (tty) stream.write(`\r${formatProgressBar(rows, bytes, totalBytes)}\x1b[K`);
    else stream.write(`${formatProgressLine(rows, bytes, totalBytes)}\n`);
  };

  return {
    update: (nextRows, nextBytes) => {
      rows = nextRows;
      bytes = nextBytes;
      const time = now();
      if (time - last < interval) return;
      last = time;
      draw();
    },
    finish: () => {
      if (tty) {
        draw();
        stream.write('\n');
      } else if (drawn) {
        draw();
      }
    },
  };
}
