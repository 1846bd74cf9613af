export { importRegionStatisticsFile } from './importer';
export { formatStatsImportReport } from './summary';
export { IMPORT_STATS_HELP, parseImportStatsArgs } from './cli-args';
