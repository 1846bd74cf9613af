import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../cli/command-line';
import { parseImportSkillsArgs } from './cli-args';

describe('parseImportSkillsArgs', () => {
  it('reads file, language, category and dry run; a relative file is taken from where the command was typed', () => {
    expect(parseImportSkillsArgs(['--file', 'esco/skills_de.csv', '--lang', 'de', '--category', 'metalworking', '--dry-run'], '/home/me')).toEqual({
      file: path.resolve('/home/me', 'esco/skills_de.csv'),
      lang: 'de',
      category: 'METALWORKING',
      dryRun: true,
    });
    expect(parseImportSkillsArgs(['--file', '/data/skills_en.csv', '--lang', 'en'], '/x')).toEqual({
      file: '/data/skills_en.csv',
      lang: 'en',
      category: 'OTHER',
      dryRun: false,
    });
  });

  it('names every problem as a usage error (the command then shows its help)', () => {
    expect(() => parseImportSkillsArgs(['--lang', 'fr', '--category', 'COOKING'], '/x')).toThrow(
      /^--file is missing; --lang must be de or en, not "fr"; --category must be one of SOFTWARE, .*, OTHER, not "COOKING"$/,
    );
    expect(() => parseImportSkillsArgs(['--file', 'a.csv'], '/x')).toThrow(new UsageError('--lang is missing'));
    expect(() => parseImportSkillsArgs(['--file', 'a.csv', '--lang', 'de', '--force'], '/x')).toThrow(UsageError);
    expect(() => parseImportSkillsArgs(['--file', 'a.csv', '--lang', 'de', '--force'], '/x')).toThrow(/Unknown option '--force'/);
    expect(() => parseImportSkillsArgs(['--file', 'a.csv', '--lang', 'de', 'extra.csv'], '/x')).toThrow(/Unexpected argument 'extra.csv'/);
  });
});
