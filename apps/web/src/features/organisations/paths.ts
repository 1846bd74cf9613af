import { ORGANISATIONS_PATH } from '../../lib/site-paths';

/** Router state carried from the directory to an organisation page, for the back link. */
export interface FromDirectoryState {
  directorySearch: string;
}

/** The directory URL to go back to: with the filters the user came from, if known. */
export function directoryHref(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'directorySearch' in state) {
    const search = (state as FromDirectoryState).directorySearch;
    if (typeof search === 'string' && (search === '' || search.startsWith('?'))) return `${ORGANISATIONS_PATH}${search}`;
  }
  return ORGANISATIONS_PATH;
}
