import { describe, expect, it } from 'vitest';
import { regionsOfSide, sideOfRegion } from './regions';

describe('regions', () => {
  it('puts Dortmund on its own side and the five districts on the Südwestfalen side', () => {
    expect(regionsOfSide('DORTMUND')).toEqual(['DORTMUND']);
    expect(regionsOfSide('SUEDWESTFALEN')).toEqual([
      'HOCHSAUERLANDKREIS',
      'MAERKISCHER_KREIS',
      'OLPE',
      'SIEGEN_WITTGENSTEIN',
      'SOEST',
    ]);
  });

  it('gives regions outside the partnership no side', () => {
    expect(sideOfRegion('OTHER')).toBeNull();
    expect(sideOfRegion('OLPE')).toBe('SUEDWESTFALEN');
  });
});
