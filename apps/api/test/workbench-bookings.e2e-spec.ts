import { accountsClient, PASSWORD } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { AGENDA, BOOK, booked, codeOf, SET_RULES, SLOTS, berlinAt, berlinDay, workbenchScene } from './support/workbench';

const { app, municipality: dortmund } = useDemoApp();

const client = accountsClient(app, dortmund);
const { call } = client;
const { advisor, format, company } = workbenchScene(app, client);
const agenda = AGENDA;

describe('booking a consultation', () => {
  it('books a free slot, takes it off the list, and tells both sides with the calendar entry attached', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const c = await company();
    const day = berlinDay(7);
    const slots = async () => {
      const r = await call(SLOTS, { formatId, from: day, to: day });
      if (!r.body.data) throw new Error(JSON.stringify(r.body));
      return r.body.data.bookableSlots as Array<{ startsAt: string }>;
    };
    const before = await slots();
    const start = berlinAt(7, '10:00');
    expect(before.map((slot) => slot.startsAt)).toContain(start);

    const reply = await call(BOOK, { input: { formatId, startsAt: start, organisationId: c.organisationIds[0], agenda } }, c.cookie);
    expect(booked(reply)).toMatchObject({
      status: 'CONFIRMED',
      startsAt: start,
      endsAt: new Date(Date.parse(start) + 3_600_000).toISOString(),
      meetingLink: 'https://meet.example.org/werkbank',
      viewerCanChange: true,
    });
    expect((await slots()).map((slot) => slot.startsAt)).not.toContain(start);
    expect(await slots()).toHaveLength(before.length - 1);

    const mails = await app().db.database.prisma.outboxMessage.findMany({
      where: { template: 'booking-confirmed', recipient: { in: [a.email, c.email] } },
    });
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([a.email, c.email].sort());
    for (const mail of mails) {
      const [attachment] = mail.attachments as Array<{ filename: string; content: string }>;
      expect(attachment!.filename).toMatch(/^termin-\d{4}-\d{2}-\d{2}\.ics$/);
      expect(attachment!.content).toContain('BEGIN:VEVENT');
      expect(attachment!.content).toContain('TZID=Europe/Berlin');
    }
  });

  it('refuses times outside availability, notice and horizon with their own codes', async () => {
    const a = await advisor([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 3, start: '09:00', end: '12:00' },
      { weekday: 4, start: '09:00', end: '12:00' },
      { weekday: 5, start: '09:00', end: '12:00' },
    ]);
    const formatId = await format(a.cookie, a.organisationId, { minimumNoticeHours: 48, bookingHorizonDays: 30 });
    const c = await company();
    const input = (startsAt: string) => ({ input: { formatId, startsAt, organisationId: c.organisationIds[0], agenda } });
    expect(codeOf(await call(BOOK, input(berlinAt(0, '23:30')), c.cookie))).toBe('BOOKING_TOO_SHORT_NOTICE');
    expect(codeOf(await call(BOOK, input(berlinAt(40, '10:00')), c.cookie))).toBe('BOOKING_OUTSIDE_HORIZON');
    // Evening: no rule covers it; and 09:30 is off the format's hourly grid.
    expect(codeOf(await call(BOOK, input(berlinAt(10, '19:00')), c.cookie))).toBe('BOOKING_SLOT_UNAVAILABLE');
    expect(codeOf(await call(BOOK, input(berlinAt(10, '09:30')), c.cookie))).toBe('BOOKING_SLOT_UNAVAILABLE');
    const reply = await call(BOOK, input(berlinAt(0, '10:00')), c.cookie, 'en');
    expect(reply.body.errors![0]!.message).toBe('This slot must be booked at least 48 hours in advance.');
  });

  it('needs a member of a verified organisation', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const c = await company();
    const stranger = await company();
    const input = { formatId, startsAt: berlinAt(8, '10:00'), organisationId: c.organisationIds[0], agenda };
    expect(codeOf(await call(BOOK, { input }, stranger.cookie))).toBe('NOT_ORGANISATION_MEMBER');
    await app().db.database.prisma.organisation.update({ where: { id: c.organisationIds[0] }, data: { verifiedAt: null } });
    expect(codeOf(await call(BOOK, { input }, c.cookie))).toBe('ORGANISATION_NOT_VERIFIED');
    expect(codeOf(await call(BOOK, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(BOOK, { input: { ...input, agenda: 'kurz' } }, c.cookie))).toBe('BAD_USER_INPUT');
  });

  it('returns the same booking for a retried request with the same idempotency key, also when both arrive at once', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const other = await format(a.cookie, a.organisationId, { title: 'Andere Sprechstunde' });
    const c = await company();
    const input = { formatId, startsAt: berlinAt(9, '11:00'), organisationId: c.organisationIds[0], agenda, idempotencyKey: 'retry-key-0001' };
    const replies = await Promise.all([1, 2, 3].map(() => call(BOOK, { input }, c.cookie)));
    const ids = new Set(replies.map((reply) => booked(reply).id));
    expect(ids.size).toBe(1);
    const again = await call(BOOK, { input }, c.cookie);
    expect(booked(again).id).toBe([...ids][0]);
    expect(await app().db.database.prisma.booking.count({ where: { bookedById: c.id } })).toBe(1);
    expect(codeOf(await call(BOOK, { input: { ...input, formatId: other } }, c.cookie))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(codeOf(await call(BOOK, { input: { ...input, startsAt: berlinAt(9, '12:00') } }, c.cookie))).toBe('IDEMPOTENCY_KEY_REUSED');
    // Ids in upper case are the same ids.
    expect(booked(await call(BOOK, { input: { ...input, formatId: formatId.toUpperCase() } }, c.cookie)).id).toBe([...ids][0]);
  });
});

describe('the database never double-books', () => {
  it('gives one slot to exactly one of 50 concurrent requests', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId);
    const c = await company(10);
    const startsAt = berlinAt(12, '10:00');
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(BOOK, { input: { formatId, startsAt, organisationId: c.organisationIds[i % 10], agenda } }, c.cookie),
      ),
    );
    const ok = replies.filter((reply) => reply.body.data);
    expect(ok).toHaveLength(1);
    expect(replies.filter((reply) => !reply.body.data).map(codeOf)).toEqual(Array(49).fill('BOOKING_SLOT_TAKEN'));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    expect(await app().db.database.prisma.booking.count({ where: { slot: { formatId }, status: 'CONFIRMED' } })).toBe(1);
  });

  it('refuses overlapping but different intervals of two formats of one advisor, one after the other and at once', async () => {
    const a = await advisor();
    const hour = await format(a.cookie, a.organisationId);
    const half = await format(a.cookie, a.organisationId, { title: 'Kurzberatung', durationMinutes: 30 });
    const c = await company(4);
    const first = await call(
      BOOK,
      { input: { formatId: hour, startsAt: berlinAt(13, '10:00'), organisationId: c.organisationIds[0], agenda } },
      c.cookie,
    );
    expect(first.body.data).toBeTruthy();
    expect(
      codeOf(
        await call(BOOK, { input: { formatId: half, startsAt: berlinAt(13, '10:30'), organisationId: c.organisationIds[1], agenda } }, c.cookie),
      ),
    ).toBe('BOOKING_SLOT_TAKEN');
    // 11:00 touches 10:00–11:00 without overlapping: fine.
    expect(
      (await call(BOOK, { input: { formatId: half, startsAt: berlinAt(13, '11:00'), organisationId: c.organisationIds[1], agenda } }, c.cookie)).body
        .data,
    ).toBeTruthy();

    const racing = await Promise.all([
      call(BOOK, { input: { formatId: hour, startsAt: berlinAt(14, '14:00'), organisationId: c.organisationIds[2], agenda } }, c.cookie),
      call(BOOK, { input: { formatId: half, startsAt: berlinAt(14, '14:30'), organisationId: c.organisationIds[3], agenda } }, c.cookie),
    ]);
    expect(racing.filter((reply) => reply.body.data)).toHaveLength(1);
    expect(racing.map(codeOf).filter(Boolean)).toEqual(['BOOKING_SLOT_TAKEN']);
  });

  it('keeps buffers free: a slot inside another one’s buffer is taken', async () => {
    const a = await advisor();
    const buffered = await format(a.cookie, a.organisationId, { bufferAfterMinutes: 30 });
    const c = await company(2);
    expect(
      (await call(BOOK, { input: { formatId: buffered, startsAt: berlinAt(15, '10:00'), organisationId: c.organisationIds[0], agenda } }, c.cookie))
        .body.data,
    ).toBeTruthy();
    const day = berlinDay(15);
    const free = ((await call(SLOTS, { formatId: buffered, from: day, to: day })).body.data!.bookableSlots as Array<{ startsAt: string }>).map(
      (slot) => slot.startsAt,
    );
    expect(free).not.toContain(berlinAt(15, '11:00'));
    expect(free).toContain(berlinAt(15, '12:00'));
    expect(
      codeOf(
        await call(BOOK, { input: { formatId: buffered, startsAt: berlinAt(15, '11:00'), organisationId: c.organisationIds[1], agenda } }, c.cookie),
      ),
    ).toBe('BOOKING_SLOT_TAKEN');
  });

  it('fills a group session of capacity 3 with exactly 3 of 20 concurrent requests', async () => {
    const a = await advisor();
    const group = await format(a.cookie, a.organisationId, { title: 'Denkraum KI im Mittelstand', capacity: 3, durationMinutes: 120 });
    const c = await company(20);
    const startsAt = berlinAt(16, '10:00');
    const replies = await Promise.all(
      c.organisationIds.map((organisationId) => call(BOOK, { input: { formatId: group, startsAt, organisationId, agenda } }, c.cookie)),
    );
    expect(replies.filter((reply) => reply.body.data)).toHaveLength(3);
    expect(replies.filter((reply) => !reply.body.data).map(codeOf)).toEqual(Array(17).fill('BOOKING_FULL'));
    const slots = await app().db.database.prisma.slot.findMany({ where: { formatId: group } });
    expect(slots.map((slot) => [slot.status, slot.seatsTaken])).toEqual([['SCHEDULED', 3]]);
    const day = berlinDay(16);
    const free = (await call(SLOTS, { formatId: group, from: day, to: day })).body.data!.bookableSlots as Array<{ startsAt: string }>;
    expect(free.map((slot) => slot.startsAt)).not.toContain(startsAt);
  });

  it('offers the seats left of a group session and keeps one seat per organisation', async () => {
    const a = await advisor();
    const group = await format(a.cookie, a.organisationId, { title: 'Denkraum Logistik', capacity: 5 });
    const c = await company(2);
    const startsAt = berlinAt(17, '09:00');
    expect(
      (await call(BOOK, { input: { formatId: group, startsAt, organisationId: c.organisationIds[0], agenda } }, c.cookie)).body.data,
    ).toBeTruthy();
    expect(codeOf(await call(BOOK, { input: { formatId: group, startsAt, organisationId: c.organisationIds[0], agenda } }, c.cookie))).toBe(
      'BOOKING_ALREADY_BOOKED',
    );
    const day = berlinDay(17);
    const free = (await call(SLOTS, { formatId: group, from: day, to: day })).body.data!.bookableSlots as Array<{
      startsAt: string;
      seatsLeft: number;
    }>;
    expect(free.find((slot) => slot.startsAt === startsAt)).toEqual(expect.objectContaining({ seatsLeft: 4 }));
    // The session keeps offering its seats after the advisor cleared the weekly rules.
    await call(SET_RULES, { input: { rules: [] } }, a.cookie);
    const later = (await call(SLOTS, { formatId: group, from: day, to: day })).body.data!.bookableSlots as Array<{
      startsAt: string;
      seatsLeft: number;
    }>;
    expect(later).toEqual([expect.objectContaining({ startsAt, seatsLeft: 4 })]);
  });
});

describe('personal data', () => {
  it('exports bookings and offered formats, and takes a deleted advisor’s formats off the workbench', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId, { title: 'Sprechstunde Datenschutz' });
    const c = await company();
    const booking = booked(
      await call(BOOK, { input: { formatId, startsAt: berlinAt(9, '15:00'), organisationId: c.organisationIds[0], agenda } }, c.cookie),
    );
    const exported = async (cookie: string) =>
      (await (await fetch(`${app().url}/account/export.json`, { headers: { cookie } })).json()) as Record<string, Array<{ id: string }>>;
    expect((await exported(c.cookie)).bookings!.map((row) => row.id)).toEqual([booking.id]);
    const advisorData = await exported(a.cookie);
    expect(advisorData.consultationFormats!.map((row) => row.id)).toEqual([formatId]);
    expect(advisorData.availabilityRules).toHaveLength(7);

    expect((await call(`mutation($password: String!) { deleteMyAccount(password: $password) }`, { password: PASSWORD }, a.cookie)).body.data).toEqual(
      { deleteMyAccount: true },
    );
    expect(codeOf(await call(`query($id: ID!) { consultationFormat(id: $id) { id } }`, { id: formatId }))).toBe('FORMAT_NOT_FOUND');
    expect(await app().db.database.prisma.availabilityRule.count({ where: { advisorId: a.id } })).toBe(0);
    // The company keeps its booking record.
    expect((await call(`query($id: ID!) { booking(id: $id) { id status } }`, { id: booking.id }, c.cookie)).body.data).toEqual({
      booking: { id: booking.id, status: 'CONFIRMED' },
    });
  });
});
