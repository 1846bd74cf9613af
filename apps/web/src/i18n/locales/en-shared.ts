import type { TranslationResource } from '../types';

/** English texts of the shared layer (src/components, src/lib): form kit, paging, confirm step, loading (spread into ./en.ts). */
export const shared: TranslationResource['shared'] = {
  filters: {
    toggle: 'Filters',
    toggleActive: 'Filters (active)',
  },
  loading: 'Loading …',
  loadError: 'The page could not be loaded.',
  cancel: 'Cancel',
  form: {
    optional: '(optional)',
    errorPrefix: 'Error:',
    summaryTitle: 'Please check your entries',
    validation: {
      nameRequired: 'Please enter your name.',
      nameInvalid: 'The name must not be longer than 100 characters or contain control characters.',
      emailRequired: 'Please enter your e-mail address.',
      emailInvalid: 'Please enter a valid e-mail address, e.g. name@example.org.',
      passwordRequired: 'Please enter your password.',
      passwordTooShort: 'The password must be at least 12 characters long. A sentence of several words is easy to remember and hard to guess.',
      passwordTooLong: 'The password must not be longer than 256 characters.',
      passwordCommon: 'This password is too common or appears in lists of leaked passwords. Please choose another one.',
      passwordContainsEmailOrName: 'The password must not contain your e-mail address or your name.',
      passwordInvalid: 'We cannot accept this password. Please choose another one.',
      localeInvalid: 'Please choose German or English.',
      organisationNameRequired: 'Please enter the name of your organisation.',
      organisationNameInvalid: 'The name of the organisation must be 2 to 150 characters long.',
      kindRequired: 'Please choose the kind of your organisation.',
      municipalityRequired: 'Please choose the seat of your organisation.',
      websiteInvalid: 'Please enter a complete address, e.g. https://www.example.org (at most 200 characters).',
      currentPasswordRequired: 'Please enter your current password.',
    },
  },
  paging: {
    shown: '{{shown}} of {{total}} shown',
    loadMore: 'Load more',
    loadingMore: 'Loading more …',
    loadMoreError: 'More entries could not be loaded.',
  },
};
