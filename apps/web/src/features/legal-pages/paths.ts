import type { LegalPageKind } from '../../gql/graphql';

/** The legal pages' addresses, the same in both languages (the language switch changes the text). */
export const LEGAL_PATHS: Readonly<Record<LegalPageKind, string>> = {
  IMPRINT: '/impressum',
  PRIVACY: '/datenschutz',
  ACCESSIBILITY: '/barrierefreiheit',
};

/** Footer order. */
export const LEGAL_PAGES: readonly LegalPageKind[] = ['IMPRINT', 'PRIVACY', 'ACCESSIBILITY'];

export const EDIT_SEGMENT = 'bearbeiten';

export const legalEditPath = (page: LegalPageKind): string => `${LEGAL_PATHS[page]}/${EDIT_SEGMENT}`;
