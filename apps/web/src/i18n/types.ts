import type de from './locales/de';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Shape every language resource must have: the German keys, any string values. */
export type TranslationResource = DeepStrings<typeof de>;
