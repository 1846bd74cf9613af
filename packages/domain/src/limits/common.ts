/** Limits shared by lists and searches across features. */

/** Page size of a connection (`first`). */
export const MAX_PAGE_SIZE = 100;
/** A free-text search (directory, board, workbench formats, skills, audit log). */
export const SEARCH_MAX_LENGTH = 100;
/** Years a `Date` argument may name. */
export const DATE_YEAR_RANGE = { min: 1900, max: 2999 } as const;
