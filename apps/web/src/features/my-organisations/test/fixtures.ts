import type { MyOrganisationsQuery } from '../../../gql/graphql';

export type OwnFiguresData = MyOrganisationsQuery['myOrganisations'][number]['ownFigures'];

/** An organisation's own figures: all zero unless overridden. */
export const ownFiguresData = (overrides: Partial<OwnFiguresData> = {}): OwnFiguresData => ({
  needsOpen: 0,
  needsFilled: 0,
  offersOpen: 0,
  contactRequestsSent: 0,
  contactRequestsReceived: 0,
  contactsAccepted: 0,
  bookingsUpcoming: 0,
  bookingsAttended: 0,
  bookingsMissed: 0,
  ...overrides,
});
