import type { NewsItemFieldsFragment } from '../../../gql/graphql';

/** A news item as the API answers it: published on behalf of the mayor's office, version 1. */
export function newsItem(overrides: Partial<NewsItemFieldsFragment> = {}): NewsItemFieldsFragment {
  return {
    __typename: 'NewsItem',
    id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    status: 'PUBLISHED',
    title: 'Schnellbus Dortmund–Lüdenscheid startet',
    teaser: 'Ab März verbindet eine Schnellbuslinie beide Städte.',
    body: 'Die neue Linie fährt im Stundentakt.',
    language: 'de',
    links: ['https://www.dortmund.de/verkehr'],
    version: 1,
    authorName: null,
    topicField: 'INFRASTRUCTURE',
    organisation: { __typename: 'NewsRef', id: 'org-do', name: 'Stadt Dortmund' },
    office: { __typename: 'NewsRef', id: 'office-ob', name: 'Oberbürgermeister Dortmund (Amt)' },
    project: null,
    meeting: null,
    media: [],
    promotion: null,
    approval: {
      __typename: 'NewsApproval',
      role: 'COORDINATOR',
      office: null,
      approverName: null,
      approvedAt: '2026-11-02T09:00:00.000Z',
    },
    versions: [
      {
        __typename: 'NewsVersion',
        version: 1,
        title: 'Schnellbus Dortmund–Lüdenscheid startet',
        reason: null,
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    submittedAt: '2026-11-02T08:00:00.000Z',
    publishedAt: '2026-11-02T09:00:00.000Z',
    withdrawnAt: null,
    withdrawalReason: null,
    sentBack: null,
    ...overrides,
  } as NewsItemFieldsFragment;
}

/** The same item waiting for approval, written by Anna Beispiel. */
export const submittedItem = (overrides: Partial<NewsItemFieldsFragment> = {}) =>
  newsItem({ status: 'SUBMITTED', approval: null, versions: [], publishedAt: null, authorName: 'Anna Beispiel', ...overrides });
