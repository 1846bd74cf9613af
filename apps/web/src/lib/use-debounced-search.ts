import { useState } from 'react';
import { useDebouncedCallback } from './use-debounced-callback';
import { SEARCH_DEBOUNCE_MS } from './search';
import { normaliseSearch } from './search';

/**
 * The text of a search box whose committed value lives elsewhere (the URL, a parent's state):
 * typing commits after a pause, Enter at once; a committed value changed from outside (back
 * button, reset) replaces the text.
 */
export function useDebouncedSearch(committed: string, commit: (value: string) => void) {
  const [text, setText] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);

  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    if (committed !== normaliseSearch(text)) setText(committed);
  }

  const debounced = useDebouncedCallback(commit, SEARCH_DEBOUNCE_MS);

  return {
    text,
    onInput: (value: string) => {
      setText(value);
      debounced.run(value);
    },
    commitNow: () => {
      debounced.cancel();
      commit(text);
    },
    clear: () => {
      debounced.cancel();
      setText('');
    },
  };
}
