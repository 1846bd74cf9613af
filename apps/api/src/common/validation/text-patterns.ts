/** Text inputs: no control characters, except line breaks and tabs where several lines are allowed. */
export const SINGLE_LINE = /^[^\p{Cc}]*$/u;
export const MULTI_LINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
