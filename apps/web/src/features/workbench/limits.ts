/** Limits of the API's inputs (see apps/api/schema.graphql). */
export const AGENDA_MIN = 10;
export const AGENDA_MAX = 2000;
export const REASON_MIN = 3;
export const REASON_MAX = 1000;
export const NOTE_MAX = 1000;

/** Characters of a text as the API counts them: trimmed, emoji as one. */
export function textLength(value: string): number {
  return [...value.trim()].length;
}

export function withinLimits(value: string, min: number, max: number): boolean {
  const length = textLength(value);
  return length >= min && length <= max;
}
