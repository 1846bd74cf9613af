import { foldText, searchText } from './text.js';

/**
 * The text a skill is found by: its German and English label and every synonym, folded like all
 * search text (see searchText), each distinct part once, in that order, then the loose spellings.
 */
export function skillSearchText(labelDe: string, labelEn: string, synonyms: ReadonlyArray<string>): string {
  const parts = new Set<string>();
  for (const part of [labelDe, labelEn, ...synonyms]) {
    const folded = foldText(part);
    if (folded) parts.add(folded);
  }
  return searchText([...parts]);
}

/** Synonyms are compared without regard to case, Unicode composition or runs of whitespace. */
export function synonymKey(synonym: string): string {
  return synonym.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The union of synonym lists: trimmed (inner whitespace collapsed), empty ones dropped, and of names
 * that differ only in case the first spelling kept. Order is kept, so merging a list that adds
 * nothing new returns the first list unchanged.
 */
export function mergeSynonyms(...lists: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const list of lists) {
    for (const synonym of list) {
      const cleaned = synonym.normalize('NFC').replace(/\s+/g, ' ').trim();
      const key = synonymKey(cleaned);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      merged.push(cleaned);
    }
  }
  return merged;
}
