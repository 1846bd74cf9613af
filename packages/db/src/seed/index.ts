export { loadSeedData } from './data';
export type { SeedData, SeedSkill } from './data';
export { seedDemoData, seedSkills } from './seed';
export type { SeedReport } from './seed';
