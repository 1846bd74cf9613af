export const REGION_KEYS = [
  'DORTMUND',
  'HOCHSAUERLANDKREIS',
  'MAERKISCHER_KREIS',
  'OLPE',
  'SIEGEN_WITTGENSTEIN',
  'SOEST',
  'OTHER',
] as const;
export type RegionKey = (typeof REGION_KEYS)[number];

export const SIDES = ['DORTMUND', 'SUEDWESTFALEN'] as const;
export type Side = (typeof SIDES)[number];

/** Which side of the partnership a region belongs to; OTHER belongs to neither. */
export function sideOfRegion(region: RegionKey): Side | null {
  if (region === 'DORTMUND') return 'DORTMUND';
  if (region === 'OTHER') return null;
  return 'SUEDWESTFALEN';
}

/** Regions on one side of the partnership. */
export function regionsOfSide(side: Side): RegionKey[] {
  return REGION_KEYS.filter((region) => sideOfRegion(region) === side);
}
