import { hashToken, newToken } from '../../src/common/auth/tokens';
import { SESSION_COOKIE } from '../../src/common/auth/cookies';
import type { TestApp } from './test-app';

export const PLACE_FIELDS = `id name desks dayPriceCents freeForMembers distanceKm viewerCanEdit cancellationDeadlineHours
  operator { id name } municipality { id name region { key } }`;
export const DESK_FIELDS = `id date status viewerCanCancel cancellationDeadline calendarPath place { id name }`;
export const PLACES = `query($near: ID) { coworkingPlaces(nearMunicipalityId: $near) { ${PLACE_FIELDS} } }`;
export const DESKS_LEFT = `query($id: ID!, $date: Date!) { coworkingPlace(id: $id) { desksLeft(date: $date) } }`;
export const CREATE_PLACE = `mutation($input: CreateCoworkingPlaceInput!) { createCoworkingPlace(input: $input) { ${PLACE_FIELDS} } }`;
export const UPDATE_PLACE = `mutation($input: UpdateCoworkingPlaceInput!) { updateCoworkingPlace(input: $input) { ${PLACE_FIELDS} } }`;
export const BOOK_DESK = `mutation($input: BookDeskInput!) { bookDesk(input: $input) { ${DESK_FIELDS} } }`;
export const CANCEL_DESK = `mutation($input: CancelDeskBookingInput!) { cancelDeskBooking(input: $input) { ${DESK_FIELDS} } }`;
export const MY_DESKS = `query($past: Boolean) { myDeskBookings(past: $past) { ${DESK_FIELDS} } }`;

export function placeInput(municipalityId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Testhalle Coworking',
    municipalityId,
    street: 'Teststraße 1',
    postalCode: '57072',
    openingHours: 'Mo–Fr 8–18 Uhr',
    amenities: ['WIFI', 'KITCHEN'],
    accessibility: ['STEP_FREE_ENTRANCE'],
    desks: 10,
    dayPriceCents: 1500,
    freeForMembers: true,
    photoCredit: 'Foto: Testbetreiber, CC BY 4.0',
    cancellationDeadlineHours: 24,
    ...overrides,
  };
}

let people = 0;

/**
 * Many signed-in people at once, written straight into the database (an account and a session
 * each, as sign-in leaves them): the desk race needs 200 different people, and 200 sign-ups with
 * password hashing would take minutes. The requests then go through the real session check.
 */
export async function manyPeople(t: () => TestApp, count: number, lastSeenAt = new Date()): Promise<Array<{ id: string; cookie: string }>> {
  const prisma = t().db.database.prisma;
  const batch = (people += 1);
  const rows = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `pendler.${batch}.${i}.${Date.now()}@example.org`,
    name: `Pendlerin ${i}`,
    passwordHash: 'not-a-usable-hash',
    emailVerifiedAt: new Date(),
    token: newToken(),
  }));
  await prisma.user.createMany({ data: rows.map(({ token: _token, ...user }) => user) });
  await prisma.session.createMany({
    data: rows.map((row) => ({
      userId: row.id,
      tokenHash: hashToken(row.token),
      lastSeenAt,
      expiresAt: new Date(lastSeenAt.getTime() + 7 * 86_400_000),
    })),
  });
  return rows.map((row) => ({ id: row.id, cookie: `${SESSION_COOKIE}=${row.token}` }));
}
