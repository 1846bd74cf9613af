import { SEARCH_MAX_LENGTH } from '@wiw/domain';

/** Free-text search boxes (directory, board, workbench, people, skills): one normal form, one pause. */

/** Pause after the last keystroke before a search box commits its text. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Trimmed, inner white space collapsed, cut to {@link SEARCH_MAX_LENGTH}. */
export function normaliseSearch(value: string): string {
  return value.trim().replace(/\s+/g, ' ').slice(0, SEARCH_MAX_LENGTH);
}
