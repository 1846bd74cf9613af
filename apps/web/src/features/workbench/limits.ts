/** Characters of a text as the API counts them: trimmed, emoji as one. */
export function textLength(value: string): number {
  return [...value.trim()].length;
}

export function withinLimits(value: string, min: number, max: number): boolean {
  const length = textLength(value);
  return length >= min && length <= max;
}
