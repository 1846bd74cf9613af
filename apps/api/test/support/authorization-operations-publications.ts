import type { Operation } from './authorization-operations';
import { NO_ID, mutationFor, queryFor } from './authorization-documents';

/** The authorization matrix's rows for news items and the transparency report (publications). */
export const PUBLICATION_OPERATIONS: Record<string, Operation> = {
  'Query.newsItems': { access: 'public', document: queryFor('newsItems', { first: 1 }, '{ totalCount }') },
  'Query.newsItem': { access: 'public', document: queryFor('newsItem', { id: NO_ID }) },
  'Query.myNewsItems': { access: 'signed-in', document: '{ myNewsItems { id } }' },
  'Query.newsApprovalQueue': { access: 'signed-in', document: '{ newsApprovalQueue { id } }' },
  'Mutation.createNewsDraft': {
    access: 'signed-in',
    document: mutationFor('createNewsDraft', {
      input: { organisationId: NO_ID, title: 'Meldung', teaser: 'Ein kurzer Anreißer', body: 'Der Text der Meldung.' },
    }),
  },
  'Mutation.updateNewsDraft': {
    access: 'signed-in',
    document: mutationFor('updateNewsDraft', {
      id: NO_ID,
      input: { organisationId: NO_ID, title: 'Meldung', teaser: 'Ein kurzer Anreißer', body: 'Der Text der Meldung.' },
    }),
  },
  'Mutation.submitNewsItem': { access: 'signed-in', document: mutationFor('submitNewsItem', { id: NO_ID }) },
  'Mutation.approveNewsItem': { access: 'signed-in', document: mutationFor('approveNewsItem', { id: NO_ID }) },
  'Mutation.correctNewsItem': {
    access: 'signed-in',
    document: mutationFor('correctNewsItem', {
      id: NO_ID,
      input: { title: 'Meldung', teaser: 'Ein kurzer Anreißer', body: 'Der Text der Meldung.', reason: 'Tippfehler' },
    }),
  },
  'Mutation.withdrawNewsItem': {
    access: 'signed-in',
    document: mutationFor('withdrawNewsItem', { id: NO_ID, reason: 'Veraltet' }),
  },
  'Query.newsPublishers': { access: 'public', document: '{ newsPublishers { offices { id } } }' },
  'Query.myNewsOffices': { access: 'signed-in', document: '{ myNewsOffices { id } }' },
  'Mutation.sendBackNewsItem': {
    access: 'signed-in',
    document: mutationFor('sendBackNewsItem', { id: NO_ID, comment: 'Bitte Quelle ergänzen' }),
  },
  'Query.transparencyReport': { access: 'public', document: queryFor('transparencyReport', { year: 2026 }, '{ year }') },
};
