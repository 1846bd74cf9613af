import { useEffect, useState } from 'react';
import { berlinDay, type Day } from '../week';

/** The current time in ms, read once and then every `intervalMs` (not during render: renders stay pure). */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Today in Europe/Berlin; changes at midnight while the page is open. */
export function useBerlinToday(): Day {
  return berlinDay(new Date(useNow()));
}
