/** Titles and descriptions: no control characters except line breaks and tabs in descriptions. */
export const SINGLE_LINE = /^[^\p{Cc}]*$/u;
export const MULTI_LINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;

export const TITLE_LENGTH = { min: 3, max: 120 } as const;
export const DESCRIPTION_MAX = 5000;
export const MAX_SKILLS = 30;
