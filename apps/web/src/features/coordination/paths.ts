import { COORDINATION_PATH } from '../../lib/site-paths';

/** The joint-office area: the verification queue at its root, five further pages below it. */
export const COORDINATION_PATHS = {
  verification: COORDINATION_PATH,
  people: `${COORDINATION_PATH}/personen`,
  offices: `${COORDINATION_PATH}/aemter`,
  log: `${COORDINATION_PATH}/protokoll`,
  proposals: `${COORDINATION_PATH}/projektvorschlaege`,
  mail: `${COORDINATION_PATH}/postausgang`,
} as const;

export type CoordinationSection = keyof typeof COORDINATION_PATHS;

export const COORDINATION_SECTIONS = Object.keys(COORDINATION_PATHS) as CoordinationSection[];
