import { berlinDate } from '@wiw/domain';

/** The report's period in the URL (`?jahr=2026&quartal=4`); default: the current quarter in Berlin. */
export interface PeriodChoice {
  year: number;
  quarter: number | null;
}

export function periodFromSearchParams(params: URLSearchParams, today: string = berlinDate()): PeriodChoice {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const asked = Number(params.get('jahr'));
  const quarter = params.get('quartal');
  return {
    year: Number.isInteger(asked) && asked >= 2020 && asked <= year ? asked : year,
    quarter: quarter === 'alle' ? null : ['1', '2', '3', '4'].includes(quarter ?? '') ? Number(quarter) : Math.floor((month - 1) / 3) + 1,
  };
}

export function periodToSearchParams(period: PeriodChoice): URLSearchParams {
  return new URLSearchParams({ jahr: String(period.year), quartal: period.quarter ? String(period.quarter) : 'alle' });
}

/** The downloads of the API for a period. */
export const reportDownload = (file: 'report.csv' | 'report.json' | 'catalog.jsonld', period: PeriodChoice) =>
  `/transparency/${file}?year=${period.year}${period.quarter ? `&quarter=${period.quarter}` : ''}`;
