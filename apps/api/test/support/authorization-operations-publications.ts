import type { Operation } from './authorization-operations';

/** The authorization matrix's rows for news items and the transparency report (publications). */
export const PUBLICATION_OPERATIONS: Record<string, Operation> = {
  'Query.newsItems': { access: 'public', document: '{ newsItems(first: 1) { totalCount } }' },
  'Query.newsItem': { access: 'public', document: '{ newsItem(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.myNewsItems': { access: 'signed-in', document: '{ myNewsItems { id } }' },
  'Query.newsApprovalQueue': { access: 'signed-in', document: '{ newsApprovalQueue { id } }' },
  'Mutation.createNewsDraft': {
    access: 'signed-in',
    document:
      'mutation { createNewsDraft(input: { organisationId: "00000000-0000-4000-8000-000000000000", title: "Meldung", teaser: "Ein kurzer Anreißer", body: "Der Text der Meldung." }) { id } }',
  },
  'Mutation.updateNewsDraft': {
    access: 'signed-in',
    document:
      'mutation { updateNewsDraft(id: "00000000-0000-4000-8000-000000000000", input: { organisationId: "00000000-0000-4000-8000-000000000000", title: "Meldung", teaser: "Ein kurzer Anreißer", body: "Der Text der Meldung." }) { id } }',
  },
  'Mutation.submitNewsItem': { access: 'signed-in', document: 'mutation { submitNewsItem(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.approveNewsItem': { access: 'signed-in', document: 'mutation { approveNewsItem(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.correctNewsItem': {
    access: 'signed-in',
    document:
      'mutation { correctNewsItem(id: "00000000-0000-4000-8000-000000000000", input: { title: "Meldung", teaser: "Ein kurzer Anreißer", body: "Der Text der Meldung.", reason: "Tippfehler" }) { id } }',
  },
  'Mutation.withdrawNewsItem': {
    access: 'signed-in',
    document: 'mutation { withdrawNewsItem(id: "00000000-0000-4000-8000-000000000000", reason: "Veraltet") { id } }',
  },
  'Query.newsPublishers': { access: 'public', document: '{ newsPublishers { offices { id } } }' },
  'Query.myNewsOffices': { access: 'signed-in', document: '{ myNewsOffices { id } }' },
  'Mutation.sendBackNewsItem': {
    access: 'signed-in',
    document: 'mutation { sendBackNewsItem(id: "00000000-0000-4000-8000-000000000000", comment: "Bitte Quelle ergänzen") { id } }',
  },
  'Query.transparencyReport': { access: 'public', document: '{ transparencyReport(year: 2026) { year } }' },
};
