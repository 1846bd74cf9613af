export { importEscoSkillsFile } from './importer';
export { createProgressReporter } from './progress';
export { formatImportReport } from './summary';
export { IMPORT_SKILLS_HELP, parseImportSkillsArgs } from './cli-args';
