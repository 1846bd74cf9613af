import { TIME_ZONE } from '../../lib/format';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Year, month (1–12) and day of a calendar day "YYYY-MM-DD", or null if there is no such day. */
function parseDay(day: string): [number, number, number] | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) return null;
  return [year, month, date];
}

export function isDay(value: string): boolean {
  return parseDay(value) !== null;
}

/** Minutes Europe/Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wallClock - instant) / 60_000);
}

/** The instant (ISO, UTC) at which a calendar day starts in Europe/Berlin: "2026-11-01" → "2026-10-31T23:00:00.000Z". */
export function berlinDayStart(day: string): string | null {
  const parsed = parseDay(day);
  if (!parsed) return null;
  const midnight = Date.UTC(parsed[0], parsed[1] - 1, parsed[2]);
  // Twice: the offset of the first guess may be the one from the other side of a clock change.
  let instant = midnight - berlinOffsetMinutes(midnight) * 60_000;
  instant = midnight - berlinOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** The calendar day after `day` ("2026-12-31" → "2027-01-01"). */
export function nextDay(day: string): string | null {
  const parsed = parseDay(day);
  if (!parsed) return null;
  return new Date(Date.UTC(parsed[0], parsed[1] - 1, parsed[2] + 1)).toISOString().slice(0, 10);
}
