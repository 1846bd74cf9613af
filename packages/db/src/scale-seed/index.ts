export { generateScaleData, type DataLabel, type ScaleData, type ScaleOptions } from './generate';
export { insertScaleData, removeScaleData } from './insert';
export {
  insertActivity,
  insertDashboardData,
  SeededRandom,
  type ActivityOptions,
  type ContactContext,
  type DashboardDataCounts,
  type DashboardDataOptions,
} from './dashboard';
export { contactColumns, pushContact, type ContactColumns } from './dashboard-contacts';
