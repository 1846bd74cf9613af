/** CSV files the way German Excel opens them, safe against formula injection (shared by the dashboard and the meetings' registrations). */

/** Byte order mark: Excel then reads the file as UTF-8 (umlauts). */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/** Quotes a field when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string, isText: boolean): string {
  const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Saves `content` as a CSV file in the browser. */
export const downloadCsv = (fileName: string, content: string) => downloadFile(fileName, content, 'text/csv;charset=utf-8');

/** Saves `content` as a file in the browser (a Blob URL; nothing leaves the machine). */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
