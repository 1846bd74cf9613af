export { importEscoSkillsFile } from './importer';
export { createProgressReporter } from './progress';
export { formatImportReport } from './summary';
export { parseImportSkillsArgs } from './cli-args';
