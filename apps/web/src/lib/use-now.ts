import { berlinDate } from '@wiw/domain';
import { useEffect, useState } from 'react';

/** The current time in ms, read once and then every `intervalMs` (not during render: renders stay pure). */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Today in Europe/Berlin ("YYYY-MM-DD"); changes at midnight while the page is open. */
export function useBerlinToday(): string {
  return berlinDate(new Date(useNow()));
}
