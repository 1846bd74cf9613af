/**
 * The idempotency key of a booking attempt: the same form submitted again (a retry after a
 * network error) sends the same key, so the API returns the booking of the first attempt instead
 * of booking twice. A changed form is a new attempt; after a success the next one starts fresh.
 */
export interface Attempt {
  fingerprint: string;
  key: string;
}

/** The attempt for this submission: the previous one while the form is unchanged, else a new key. */
export function attemptFor(previous: Attempt | null, fingerprint: string, newKey: () => string = randomKey): Attempt {
  return previous?.fingerprint === fingerprint ? previous : { fingerprint, key: newKey() };
}

/** What identifies a submission of the booking form. */
export function bookingFingerprint(input: { formatId: string; startsAt: string; organisationId: string; agenda: string }): string {
  return JSON.stringify([input.formatId, input.startsAt, input.organisationId, input.agenda]);
}

/** A random UUID (the API takes 8 to 100 of A–Z, a–z, 0–9, "-" and "_"). */
export function randomKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues is not.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
