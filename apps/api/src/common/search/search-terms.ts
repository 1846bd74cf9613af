import { foldText } from '@wiw/domain';

/** Folded search words; LIKE wildcards are dropped so they match literally nothing special. */
export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  return foldText(search.replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter((term) => term.length > 0)
    .slice(0, 10);
}
