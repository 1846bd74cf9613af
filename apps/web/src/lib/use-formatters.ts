import { useMemo } from 'react';
import { useLanguage } from './use-language';
import { formatDate, formatDateTime, formatDateTimeAsDate, formatNumber, formatPercent } from './format';

/** Formatters bound to the active language. */
export function useFormatters() {
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      date: (value: string) => formatDate(value, language),
      dateTime: (value: string) => formatDateTime(value, language),
      dateTimeAsDate: (value: string) => formatDateTimeAsDate(value, language),
      percent: (share: number) => formatPercent(share, language),
      number: (value: number) => formatNumber(value, language),
    }),
    [language],
  );
}
