import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../cli/command-line';
import { parseImportStatsArgs } from './cli-args';

describe('parseImportStatsArgs', () => {
  it('reads the file (relative to where the command was typed) and dry run', () => {
    expect(parseImportStatsArgs(['--file', 'data/pendler.csv', '--dry-run'], '/home/me')).toEqual({
      file: path.resolve('/home/me', 'data/pendler.csv'),
      dryRun: true,
    });
    expect(parseImportStatsArgs(['--file', '/data/pendler.csv'], '/x')).toEqual({ file: '/data/pendler.csv', dryRun: false });
  });

  it('asks for --file and refuses unknown options as usage errors', () => {
    expect(() => parseImportStatsArgs(['--dry-run'], '/x')).toThrow(new UsageError('--file is missing'));
    expect(() => parseImportStatsArgs(['--file', 'a.csv', '--lang', 'de'], '/x')).toThrow(UsageError);
    expect(() => parseImportStatsArgs(['--file', 'a.csv', '--lang', 'de'], '/x')).toThrow(/Unknown option '--lang'/);
  });
});
