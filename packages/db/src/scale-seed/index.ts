export { generateScaleData, type ScaleData, type ScaleOptions } from './generate';
export { insertScaleData, removeScaleData } from './insert';
export { insertDashboardData, SeededRandom, type DashboardDataCounts, type DashboardDataOptions } from './dashboard';
