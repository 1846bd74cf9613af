/** The partnership dashboard. */

/** Longest custom period in days: ten years and a little, enough for any council report, small enough to stay fast. */
export const MAX_CUSTOM_PERIOD_DAYS = 3700;
