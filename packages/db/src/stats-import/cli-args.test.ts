import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportStatsArgs } from './cli-args';

describe('parseImportStatsArgs', () => {
  it('reads the file (relative to where the command was typed) and dry run', () => {
    expect(parseImportStatsArgs(['--file', 'data/pendler.csv', '--dry-run'], '/home/me')).toEqual({ file: path.resolve('/home/me', 'data/pendler.csv'), dryRun: true });
    expect(parseImportStatsArgs(['--file', '/data/pendler.csv'], '/x')).toEqual({ file: '/data/pendler.csv', dryRun: false });
  });

  it('asks for --file and refuses unknown options, showing the usage', () => {
    expect(() => parseImportStatsArgs(['--dry-run'], '/x')).toThrow('--file is missing\nUsage: npm run stats:import -- --file <region-statistics.csv> [--dry-run]');
    expect(() => parseImportStatsArgs(['--file', 'a.csv', '--lang', 'de'], '/x')).toThrow(/Unknown option '--lang'[\s\S]*Usage: npm run stats:import/);
  });
});
