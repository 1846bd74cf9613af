import type { TranslationResource } from '../types';

/** English texts of the legal pages (same keys as ./de-legal.ts). */
export const legal: TranslationResource['legal'] = {
  titles: {
    IMPRINT: 'Legal notice',
    PRIVACY: 'Privacy policy',
    ACCESSIBILITY: 'Accessibility statement',
  },
  footerLabel: 'Legal',
  updated: 'As of {{date}} (version {{version}})',
  loading: 'Loading the page …',
  error: 'The page could not be loaded.',
  missing: 'No text has been provided for this page yet.',
  edit: 'Edit',
  editor: {
    title: 'Edit: {{page}}',
    intro:
      'Every save publishes a new version; earlier ones stay in the list of versions. Fill in every "[To be completed by the operator: …]" before the portal goes public.',
    formatHint:
      'Blank lines separate paragraphs. "## " at the start of a line begins a heading, "- " a list item; **bold**, [link text](https://…) and e-mail links [text](mailto:…) are possible. HTML is shown as text.',
    bodyDe: 'German text',
    bodyEn: 'English text',
    length: 'Please enter {{min}} to {{max}} characters.',
    invalidCharacters: 'The text contains control characters that cannot be saved. Please remove them.',
    rejected: 'The server did not accept this text: 20 to 40000 characters, no control characters.',
    submit: 'Publish new version',
    submitting: 'Publishing …',
    saved: 'Version {{version}} is published.',
    failed: 'The new version was not saved.',
    reload: 'Load the newest version',
    basedOn: 'You are editing version {{version}}.',
    backToPage: 'To the published page',
    noAccessTitle: 'For administrators only',
    noAccessRole: 'Only administrators edit the legal pages.',
    noAccessSignedOut: 'Please sign in as an administrator.',
    history: {
      title: 'Versions',
      loading: 'Loading versions …',
      error: 'The versions could not be loaded.',
      entry: 'Version {{version}} of {{date}}, {{author}}',
      defaultAuthor: 'default of the portal',
      current: 'published',
      showText: 'Text of this version',
    },
  },
};
