/** The legal pages (Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit). */

/** The text of one language of a legal page (plain text with a few Markdown marks). */
export const LEGAL_TEXT_LENGTH = { min: 20, max: 40_000 } as const;
