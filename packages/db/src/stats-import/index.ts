export { importRegionStatisticsFile } from './importer';
export { formatStatsImportReport } from './summary';
export { parseImportStatsArgs } from './cli-args';
