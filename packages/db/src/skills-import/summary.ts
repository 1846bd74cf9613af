import { REPORTED_ISSUES, type SkillImportReport } from './importer';

/** The import's closing summary for people: counts, then the first skipped and rejected rows. */
export function formatImportReport(report: SkillImportReport, source: string): string {
  const total = report.skipped + report.rejected;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${source} (${report.lang}), ${report.rows} rows`,
    `  inserted   ${report.inserted}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  skipped    ${report.skipped} (status not "released")`,
    `  rejected   ${report.rejected}`,
  ];
  if (total) {
    lines.push(`Skipped and rejected rows (${total}${total > REPORTED_ISSUES ? `, the first ${REPORTED_ISSUES} listed` : ''}):`);
    for (const issue of report.issues) lines.push(`  line ${issue.line}: ${issue.kind}: ${issue.reason}`);
    if (total > report.issues.length) lines.push(`  … and ${total - report.issues.length} more`);
  }
  return lines.join('\n');
}
