import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatProgressBar, formatProgressLine } from './progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('progress', () => {
  it('formats a bar and a plain line', () => {
    expect(formatProgressBar(4200, 9 * 1024 * 1024, 30 * 1024 * 1024, 10)).toBe('[###·······]  30%  4,200 rows  9.0 MB of 30.0 MB');
    expect(formatProgressLine(14000, 512 * 1024, 512 * 1024)).toBe('… 14,000 rows read (100%, 512.0 KB of 512.0 KB)');
    expect(formatProgressBar(0, 0, 0, 4)).toBe('[####] 100%  0 rows  0.0 KB of 0.0 KB');
  });

  it('redraws a bar in place on a terminal, at most once per interval, and ends its line', () => {
    let time = 0;
    const { stream, writes } = fakeStream(true);
    const progress = createProgressReporter({ totalBytes: 1000, stream, intervalMs: 100, now: () => time });
    progress.update(1, 10);
    time = 50;
    progress.update(2, 20);
    time = 120;
    progress.update(3, 500);
    progress.finish();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toBe(`\r[${'#'.repeat(15)}${'·'.repeat(15)}]  50%  3 rows  0.5 KB of 1.0 KB\x1b[K`);
    expect(writes[2]).toBe('\n');
  });

  it('writes plain lines elsewhere, and nothing for an import shorter than one interval', () => {
    let time = 0;
    const quick = fakeStream(false);
    const short = createProgressReporter({ totalBytes: 100, stream: quick.stream, now: () => time });
    short.update(5, 100);
    short.finish();
    expect(quick.writes).toEqual([]);

    const slow = fakeStream(false);
    const long = createProgressReporter({ totalBytes: 100, stream: slow.stream, now: () => time });
    time = 5000;
    long.update(5, 50);
    time = 6000;
    long.update(9, 100);
    long.finish();
    expect(slow.writes).toEqual(['… 5 rows read (50%, 0.0 KB of 0.1 KB)\n', '… 9 rows read (100%, 0.1 KB of 0.1 KB)\n']);
  });
});
