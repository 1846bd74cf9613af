import { REPORTED_ISSUES } from '../skills-import/importer';
import type { StatsImportReport } from './importer';

/** The import's closing summary for people: counts, then the first superseded and rejected rows with the reason in German and English. */
export function formatStatsImportReport(report: StatsImportReport, source: string): string {
  const total = report.superseded + report.rejected;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${source}, ${report.rows} rows`,
    `  inserted    ${report.inserted}`,
    `  updated     ${report.updated}`,
    `  unchanged   ${report.unchanged}`,
    `  superseded  ${report.superseded} (a later row gives the same figure)`,
    `  rejected    ${report.rejected}`,
  ];
  if (total) {
    lines.push(`Superseded and rejected rows (${total}${total > REPORTED_ISSUES ? `, the first ${REPORTED_ISSUES} listed` : ''}):`);
    for (const issue of report.issues) lines.push(`  line ${issue.line}: ${issue.kind}`, `    de: ${issue.de}`, `    en: ${issue.en}`);
    if (total > report.issues.length) lines.push(`  … and ${total - report.issues.length} more`);
  }
  return lines.join('\n');
}
