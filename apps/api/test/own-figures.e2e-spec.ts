import type { ContactRequestStatus, ContactSide, NeedStatus } from '@wiw/db';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { BOOK, berlinAt, workbenchScene } from './support/workbench';

const { app, municipality: dortmund } = useDemoApp();

const client = accountsClient(app, dortmund);
const { call } = client;
const { advisor, format, company } = workbenchScene(app, client);
const OWN = `{ myOrganisations { id ownFigures { needsOpen needsFilled offersOpen contactRequestsSent contactRequestsReceived contactsAccepted bookingsUpcoming bookingsAttended bookingsMissed } } }`;
const ADVISOR = `{ myAdvisorFigures { bookings upcoming attended noShows noShowRate utilisation byFormat { formatId title bookings upcoming attended noShows noShowRate utilisation } } }`;

async function need(organisationId: string, status: NeedStatus) {
  return app().db.database.prisma.skillNeed.create({
    data: {
      organisationId,
      title: 'Bedarf',
      description: 'x',
      headcount: 1,
      kind: 'PROJECT',
      municipalityId: dortmund(),
      remoteMode: 'REMOTE',
      topicFieldKey: 'RECOVERY',
      status,
      publishedAt: status === 'DRAFT' ? null : new Date(),
      searchText: 'bedarf',
    },
  });
}
async function offer(organisationId: string) {
  return app().db.database.prisma.skillOffer.create({
    data: {
      kind: 'ADVISORY',
      organisationId,
      title: 'Angebot',
      description: 'x',
      municipalityId: dortmund(),
      radiusKm: 30,
      availableFrom: new Date('2026-01-01'),
      remoteWilling: true,
      status: 'OPEN',
      publishedAt: new Date(),
      searchText: 'angebot',
    },
  });
}
async function contact(needId: string, offerId: string, fromSide: ContactSide, requestingOrganisationId: string, status: ContactRequestStatus) {
  await app().db.database.prisma.contactRequest.create({
    data: { needId, offerId, fromSide, requestingOrganisationId, message: 'Guten Tag', status },
  });
}

describe('own figures', () => {
  it('show a company its needs, offers, contacts and consultations, and nothing of other organisations', async () => {
    const c = await company();
    const mine = c.organisationIds[0]!;
    const other = await company();
    const theirs = other.organisationIds[0]!;
    const [open1, , filled] = [await need(mine, 'OPEN'), await need(mine, 'OPEN'), await need(mine, 'FILLED'), await need(mine, 'DRAFT')];
    const myOffer = await offer(mine);
    const [theirNeed, theirOffer] = [await need(theirs, 'OPEN'), await offer(theirs)];
    await contact(open1.id, theirOffer.id, 'NEED', mine, 'ACCEPTED'); // sent, accepted
    await contact(filled.id, theirOffer.id, 'NEED', mine, 'PENDING'); // sent
    await contact(open1.id, theirOffer.id, 'OFFER', theirs, 'DECLINED'); // received
    await contact(theirNeed.id, myOffer.id, 'NEED', theirs, 'ACCEPTED'); // received, accepted
    const third = (await company()).organisationIds[0]!;
    await contact(theirNeed.id, (await offer(third)).id, 'NEED', theirs, 'ACCEPTED'); // not ours

    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    for (const days of [5, 6]) {
      const reply = await call(
        BOOK,
        { input: { formatId, startsAt: berlinAt(days, '10:00'), organisationId: mine, agenda: 'Förderprogramme für die Fertigung' } },
        c.cookie,
      );
      expect(reply.body.errors).toBeUndefined();
    }
    const bookings = await app().db.database.prisma.booking.findMany({ where: { organisationId: mine } });
    await app().db.database.prisma.booking.update({ where: { id: bookings[0]!.id }, data: { status: 'ATTENDED' } });

    const reply = await call(OWN, {}, c.cookie);
    const figures = (reply.body.data?.myOrganisations as Array<{ id: string; ownFigures: Record<string, number> }>).find(
      (o) => o.id === mine,
    )!.ownFigures;
    expect(figures).toEqual({
      needsOpen: 2,
      needsFilled: 1,
      offersOpen: 1,
      contactRequestsSent: 2,
      contactRequestsReceived: 2,
      contactsAccepted: 2,
      bookingsUpcoming: 1,
      bookingsAttended: 1,
      bookingsMissed: 0,
    });
    // The other company sees its own, which differ.
    const theirsReply = await call(OWN, {}, other.cookie);
    const theirFigures = (theirsReply.body.data?.myOrganisations as Array<{ id: string; ownFigures: Record<string, number> }>)[0]!;
    expect(theirFigures.id).toBe(theirs);
    expect(theirFigures.ownFigures).toMatchObject({
      needsOpen: 1,
      offersOpen: 1,
      contactRequestsSent: 3,
      contactRequestsReceived: 2,
      contactsAccepted: 3,
      bookingsUpcoming: 0,
    });
  });

  it('show an advisor bookings, attendance, no-shows and utilisation per format', async () => {
    const a = await advisor();
    const single = await format(a.cookie, a.organisationId, { title: 'A Einzelberatung' });
    const group = await format(a.cookie, a.organisationId, { title: 'B Denkraum', capacity: 4 });
    const c = await company(3);
    const book = async (formatId: string, days: number, organisationId: string) => {
      const reply = await call(
        BOOK,
        { input: { formatId, startsAt: berlinAt(days, '09:00'), organisationId, agenda: 'Digitalisierung im Betrieb' } },
        c.cookie,
      );
      if (!reply.body.data) throw new Error(JSON.stringify(reply.body.errors));
      return (reply.body.data.bookConsultation as { id: string }).id;
    };
    const s1 = await book(single, 3, c.organisationIds[0]!);
    const s2 = await book(single, 4, c.organisationIds[0]!);
    await book(group, 5, c.organisationIds[0]!);
    await book(group, 5, c.organisationIds[1]!);
    const prisma = app().db.database.prisma;
    await prisma.booking.update({ where: { id: s1 }, data: { status: 'ATTENDED' } });
    await prisma.booking.update({ where: { id: s2 }, data: { status: 'NO_SHOW' } });

    const reply = await call(ADVISOR, {}, a.cookie);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.myAdvisorFigures).toEqual({
      bookings: 4,
      upcoming: 2,
      attended: 1,
      noShows: 1,
      noShowRate: 0.5,
      utilisation: 4 / 6,
      byFormat: [
        { formatId: single, title: 'A Einzelberatung', bookings: 2, upcoming: 0, attended: 1, noShows: 1, noShowRate: 0.5, utilisation: 1 },
        { formatId: group, title: 'B Denkraum', bookings: 2, upcoming: 2, attended: 0, noShows: 0, noShowRate: null, utilisation: 0.5 },
      ],
    });
    const other = await advisor();
    expect((await call(ADVISOR, {}, other.cookie)).body.data?.myAdvisorFigures).toEqual({
      bookings: 0,
      upcoming: 0,
      attended: 0,
      noShows: 0,
      noShowRate: null,
      utilisation: null,
      byFormat: [],
    });
  });
});
