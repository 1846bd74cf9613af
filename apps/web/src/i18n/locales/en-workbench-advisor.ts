import type { TranslationResource } from '../types';

/** English texts of the advisors' area of the workbench (/werkbank/beratung; spread into ./en.ts). */
export const workbenchAdvisor: TranslationResource['workbenchAdvisor'] = {
  title: 'Advisor area',
};
