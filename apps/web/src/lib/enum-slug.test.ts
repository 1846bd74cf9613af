import { describe, expect, it } from 'vitest';
import { enumToSlug, slugToEnum } from './enum-slug';

describe('enum slugs', () => {
  const values = ['MAERKISCHER_KREIS', 'SOEST'] as const;

  it('turns enum values into lower-case kebab slugs and back', () => {
    expect(enumToSlug('MAERKISCHER_KREIS')).toBe('maerkischer-kreis');
    expect(slugToEnum('maerkischer-kreis', values)).toBe('MAERKISCHER_KREIS');
  });

  it('accepts upper case but nothing outside the list or the slug alphabet', () => {
    expect(slugToEnum('SOEST', values)).toBe('SOEST');
    expect(slugToEnum('dortmund', values)).toBeNull();
    expect(slugToEnum('maerkischer_kreis', values)).toBeNull();
    expect(slugToEnum('-soest', values)).toBeNull();
    expect(slugToEnum('', values)).toBeNull();
    expect(slugToEnum(null, values)).toBeNull();
  });
});
