export { loadSeedData } from './data';
export type { SeedData } from './data';
export { seedDemoData } from './seed';
export type { SeedReport } from './seed';
