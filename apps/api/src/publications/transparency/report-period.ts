import { zonedToInstant } from '@wiw/domain';

/** A calendar year or one of its quarters, in Berlin time: [from, to). */
export interface ReportPeriod {
  year: number;
  quarter: number | null;
  from: Date;
  to: Date;
}

const pad = (month: number) => String(month).padStart(2, '0');

export function reportPeriod(year: number, quarter: number | null): ReportPeriod {
  const firstMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const endMonth = quarter ? firstMonth + 3 : 13;
  const from = zonedToInstant(`${year}-${pad(firstMonth)}-01`, '00:00');
  const to = endMonth > 12 ? zonedToInstant(`${year + 1}-01-01`, '00:00') : zonedToInstant(`${year}-${pad(endMonth)}-01`, '00:00');
  return { year, quarter, from, to };
}
