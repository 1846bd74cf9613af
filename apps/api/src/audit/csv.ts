/**
 * One CSV field (RFC 4180): quoted when needed, quotes doubled. Values a spreadsheet would run as
 * a formula (starting with = + - @ or a tab/CR) get a leading apostrophe (CSV injection).
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | null | undefined>): string {
  return values.map(csvField).join(',') + '\r\n';
}
