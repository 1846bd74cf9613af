import type { RegionKey } from '../generated/prisma/enums';
import type { RegionFigure } from '../stats-import/rows';

/*
 * Illustrative region figures for the demo's dashboard ("region context"). They are made up:
 * rounded numbers of the order of magnitude of IT.NRW's Pendlerrechnung, labelled as illustrative
 * in the table and in the UI. A real import (npm run stats:import) replaces them figure by figure,
 * and the seed never overwrites a figure that is not illustrative.
 */

export const DEMO_STATISTICS_YEAR = 2024;
export const DEMO_STATISTICS_SOURCE = 'Illustrative Demo-Zahlen, keine amtliche Statistik (Größenordnung angelehnt an IT.NRW Pendlerrechnung)';

/** Commuters: [where they live, where they work, how many]. */
const COMMUTERS: ReadonlyArray<[RegionKey, RegionKey, number]> = [
  ['HOCHSAUERLANDKREIS', 'DORTMUND', 2_800],
  ['DORTMUND', 'HOCHSAUERLANDKREIS', 900],
  ['MAERKISCHER_KREIS', 'DORTMUND', 6_100],
  ['DORTMUND', 'MAERKISCHER_KREIS', 3_000],
  ['OLPE', 'DORTMUND', 700],
  ['DORTMUND', 'OLPE', 300],
  ['SIEGEN_WITTGENSTEIN', 'DORTMUND', 1_100],
  ['DORTMUND', 'SIEGEN_WITTGENSTEIN', 500],
  ['SOEST', 'DORTMUND', 12_500],
  ['DORTMUND', 'SOEST', 4_600],
  // Between the districts of Südwestfalen.
  ['HOCHSAUERLANDKREIS', 'SOEST', 11_800],
  ['SOEST', 'HOCHSAUERLANDKREIS', 7_400],
  ['OLPE', 'SIEGEN_WITTGENSTEIN', 7_900],
  ['SIEGEN_WITTGENSTEIN', 'OLPE', 6_300],
  ['MAERKISCHER_KREIS', 'OLPE', 4_100],
  ['OLPE', 'MAERKISCHER_KREIS', 3_600],
  ['MAERKISCHER_KREIS', 'HOCHSAUERLANDKREIS', 3_200],
];

/** Employees subject to social insurance by place of work. */
const EMPLOYEES: ReadonlyArray<[RegionKey, number]> = [
  ['DORTMUND', 255_000],
  ['HOCHSAUERLANDKREIS', 104_000],
  ['MAERKISCHER_KREIS', 157_000],
  ['OLPE', 56_000],
  ['SIEGEN_WITTGENSTEIN', 117_000],
  ['SOEST', 111_000],
];

const figure = (rest: Pick<RegionFigure, 'kind' | 'fromRegionKey' | 'toRegionKey' | 'value'>): RegionFigure => ({
  ...rest,
  year: DEMO_STATISTICS_YEAR,
  source: DEMO_STATISTICS_SOURCE,
  illustrative: true,
});

export const DEMO_REGION_FIGURES: ReadonlyArray<RegionFigure> = [
  ...COMMUTERS.map(([from, to, value]) => figure({ kind: 'COMMUTERS', fromRegionKey: from, toRegionKey: to, value })),
  ...EMPLOYEES.map(([region, value]) => figure({ kind: 'EMPLOYEES', fromRegionKey: null, toRegionKey: region, value })),
];
