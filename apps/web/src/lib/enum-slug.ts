/** "IT_COMPETENCE" → "it-competence" (enum value to a lower-case kebab URL segment). */
export function enumToSlug(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** "it-competence" → "IT_COMPETENCE" when that is one of `values`, else null. */
export function slugToEnum<T extends string>(slug: string | null | undefined, values: readonly T[]): T | null {
  if (!slug) return null;
  const normalised = slug.trim().toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(normalised)) return null;
  const candidate = normalised.replace(/-/g, '_').toUpperCase();
  return values.find((value) => value === candidate) ?? null;
}
