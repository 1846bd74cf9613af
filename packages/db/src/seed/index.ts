export { loadReferenceData, MIN_CURATED_SKILLS } from './reference-data';
export type { ReferenceData, SeedSkill } from './reference-data';
export { loadDemoData } from './demo-data';
export type { DemoData } from './demo-data';
export { seedReferenceData, seedSkills } from './reference';
export type { ReferenceReport } from './reference';
export { seedDemoData } from './demo';
export type { DemoReport } from './demo';
