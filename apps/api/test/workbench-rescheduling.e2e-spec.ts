import ICAL from 'ical.js';
import { accountsClient } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { AGENDA, BOOK, booked, CANCEL, codeOf, formatInput, RESCHEDULE, berlinAt, berlinDay, workbenchScene } from './support/workbench';

const { app, municipality: dortmund } = useDemoApp();

const client = accountsClient(app, dortmund);
const { call } = client;
const { advisor, format, company } = workbenchScene(app, client);
const agenda = AGENDA;

describe('cancelling and rescheduling', () => {
  async function oneBooking(overrides: Record<string, unknown> = {}, days = 10) {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId, overrides);
    const c = await company(2);
    const reply = await call(
      BOOK,
      { input: { formatId, startsAt: berlinAt(days, '10:00'), organisationId: c.organisationIds[0], agenda } },
      c.cookie,
    );
    return { a, c, formatId, booking: booked(reply) };
  }

  it('lets the company cancel before the deadline with a reason, and frees the slot', async () => {
    const { a, c, formatId, booking } = await oneBooking();
    expect(codeOf(await call(CANCEL, { input: { id: booking.id, reason: '' } }, c.cookie))).toBe('BAD_USER_INPUT');
    const reply = await call(CANCEL, { input: { id: booking.id, reason: 'Terminkonflikt im Werk' } }, c.cookie);
    expect(reply.body.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Terminkonflikt im Werk',
      viewerCanChange: false,
      meetingLink: null,
    });
    expect(codeOf(await call(CANCEL, { input: { id: booking.id, reason: 'Noch einmal' } }, c.cookie))).toBe('BOOKING_NOT_CANCELLABLE');
    expect(codeOf(await call(RESCHEDULE, { input: { id: booking.id, startsAt: berlinAt(10, '12:00') } }, c.cookie))).toBe('BOOKING_NOT_CANCELLABLE');
    // The time is free again: another company books it.
    const other = await company();
    expect(
      (await call(BOOK, { input: { formatId, startsAt: booking.startsAt, organisationId: other.organisationIds[0], agenda } }, other.cookie)).body
        .data,
    ).toBeTruthy();
    const mails = await app().db.database.prisma.outboxMessage.findMany({
      where: { template: 'booking-cancelled', recipient: { in: [a.email, c.email] } },
    });
    expect(mails).toHaveLength(2);
    expect((mails[0]!.attachments as Array<{ content: string }>)[0]!.content).toContain('STATUS:CANCELLED');
  });

  it('refuses the company after the deadline but lets the advisor cancel at any time', async () => {
    const { a, c, booking } = await oneBooking({ cancellationDeadlineHours: 24 * 20 });
    expect(booking.viewerCanChange).toBe(false);
    expect(codeOf(await call(CANCEL, { input: { id: booking.id, reason: 'Zu spät' } }, c.cookie))).toBe('BOOKING_NOT_CANCELLABLE');
    expect(codeOf(await call(RESCHEDULE, { input: { id: booking.id, startsAt: berlinAt(10, '12:00') } }, c.cookie))).toBe('BOOKING_NOT_CANCELLABLE');
    const reply = await call(CANCEL, { input: { id: booking.id, reason: 'Krankheit' } }, a.cookie);
    expect(reply.body.data!.cancelBooking).toMatchObject({ status: 'CANCELLED' });
  });

  it('keeps the cancellation deadline of the time of booking when the format changes later', async () => {
    const { a, c, formatId, booking } = await oneBooking({ cancellationDeadlineHours: 24 });
    const edited = await call(
      `mutation($id: ID!, $input: ConsultationFormatInput!) { updateConsultationFormat(id: $id, input: $input) { cancellationDeadlineHours } }`,
      { id: formatId, input: { ...formatInput(a.organisationId, { cancellationDeadlineHours: 24 * 20 }), organisationId: undefined } },
      a.cookie,
    );
    expect(edited.body.data).toEqual({ updateConsultationFormat: { cancellationDeadlineHours: 480 } });
    const ONE = `query($id: ID!) { booking(id: $id) { cancellationDeadline viewerCanChange } }`;
    expect((await call(ONE, { id: booking.id }, c.cookie)).body.data!.booking).toEqual({
      cancellationDeadline: new Date(Date.parse(booking.startsAt) - 24 * 3_600_000).toISOString(),
      viewerCanChange: true,
    });
    // A booking made after the edit follows the new rule.
    const later = booked(
      await call(BOOK, { input: { formatId, startsAt: berlinAt(10, '14:00'), organisationId: c.organisationIds[1], agenda } }, c.cookie),
    );
    expect(later.viewerCanChange).toBe(false);
    const target = berlinAt(11, '09:00');
    const moved = await call(RESCHEDULE, { input: { id: booking.id, startsAt: target } }, c.cookie);
    expect(moved.body.data!.rescheduleBooking).toMatchObject({ startsAt: target, viewerCanChange: true });
  });

  it('refuses to reschedule in an archived format, with a code, but still cancels', async () => {
    const { a, c, formatId, booking } = await oneBooking();
    await call(`mutation($id: ID!) { archiveConsultationFormat(id: $id) { status } }`, { id: formatId }, a.cookie);
    for (const who of [c, a]) {
      expect(codeOf(await call(RESCHEDULE, { input: { id: booking.id, startsAt: berlinAt(11, '09:00') } }, who.cookie))).toBe(
        'BOOKING_FORMAT_ARCHIVED',
      );
    }
    expect((await call(CANCEL, { input: { id: booking.id, reason: 'Format eingestellt' } }, c.cookie)).body.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
    });
  });

  it('reschedules in one step: the new slot is taken and the old one freed', async () => {
    const { c, formatId, booking } = await oneBooking();
    const target = berlinAt(11, '14:00');
    const reply = await call(RESCHEDULE, { input: { id: booking.id, startsAt: target, reason: 'Lieber nachmittags' } }, c.cookie);
    expect(reply.body.data!.rescheduleBooking).toMatchObject({ id: booking.id, status: 'CONFIRMED', startsAt: target });
    const slots = await app().db.database.prisma.slot.findMany({ where: { formatId }, orderBy: { startsAt: 'asc' } });
    expect(slots.map((slot) => [slot.startsAt.toISOString(), slot.status, slot.seatsTaken])).toEqual([
      [booking.startsAt, 'CANCELLED', 0],
      [target, 'SCHEDULED', 1],
    ]);
    expect((await app().db.database.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).sequence).toBe(1);
  });

  it('sends the advisor the left slot cancelled (METHOD:CANCEL, same UID, higher SEQUENCE) with the new one', async () => {
    const { a, c, booking } = await oneBooking();
    const prisma = app().db.database.prisma;
    const old = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { slot: true } });
    const target = berlinAt(11, '14:00');
    expect((await call(RESCHEDULE, { input: { id: booking.id, startsAt: target } }, c.cookie)).body.errors).toBeUndefined();
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { template: 'booking-rescheduled', recipient: a.email } });
    const files = (mail.attachments as Array<{ contentType: string; content: string }>).map((file) => ({
      contentType: file.contentType,
      vevent: new ICAL.Component(ICAL.parse(file.content)),
    }));
    expect(files.map((file) => [file.contentType, file.vevent.getFirstPropertyValue('method')])).toEqual([
      ['text/calendar; charset=utf-8; method=CANCEL', 'CANCEL'],
      ['text/calendar; charset=utf-8; method=PUBLISH', 'PUBLISH'],
    ]);
    const [left, now] = files.map((file) => new ICAL.Event(file.vevent.getFirstSubcomponent('vevent')!));
    expect(left!.uid).toBe(`slot-${old.slotId}@wirtschaftsinitiative-westfalen.de`);
    expect(left!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(left!.sequence).toBeGreaterThan(old.slot.sequence);
    expect(left!.startDate.toJSDate().toISOString()).toBe(booking.startsAt);
    expect(now!.startDate.toJSDate().toISOString()).toBe(target);
    expect(now!.uid).not.toBe(left!.uid);

    // Both sides see the move: old → new, the slot left behind names where the booking went.
    const ONE = `query($id: ID!) { booking(id: $id) { startsAt previousStartsAt } }`;
    expect((await call(ONE, { id: booking.id }, c.cookie)).body.data!.booking).toEqual({ startsAt: target, previousStartsAt: booking.startsAt });
    const SCHEDULE = `query($from: Date!, $to: Date!) { advisorSchedule(from: $from, to: $to) { startsAt cancelled format { title } movedAway { id startsAt } } }`;
    const schedule = (await call(SCHEDULE, { from: berlinDay(10), to: berlinDay(11) }, a.cookie)).body.data!.advisorSchedule;
    expect(schedule).toEqual([
      {
        startsAt: booking.startsAt,
        cancelled: true,
        format: { title: 'Digitalisierungs-Sprechstunde' },
        movedAway: [{ id: booking.id, startsAt: target }],
      },
      { startsAt: target, cancelled: false, format: { title: 'Digitalisierungs-Sprechstunde' }, movedAway: [] },
    ]);
  });

  it('raises the slot’s sequence on every seat taken or given back', async () => {
    const a = await advisor();
    const formatId = await format(a.cookie, a.organisationId, { capacity: 3 });
    const c = await company(3);
    const startsAt = berlinAt(9, '10:00');
    const prisma = app().db.database.prisma;
    const sequence = async () => (await prisma.slot.findFirstOrThrow({ where: { formatId } })).sequence;
    const ids: string[] = [];
    for (const organisationId of c.organisationIds)
      ids.push(booked(await call(BOOK, { input: { formatId, startsAt, organisationId, agenda } }, c.cookie)).id);
    const full = await sequence();
    expect(full).toBe(2);
    await call(CANCEL, { input: { id: ids[0], reason: 'Doch nicht' } }, c.cookie);
    expect(await sequence()).toBe(full + 1);
    await call(RESCHEDULE, { input: { id: ids[1], startsAt: berlinAt(9, '14:00') } }, c.cookie);
    expect(await sequence()).toBe(full + 2);
  });

  it('changes nothing when the new slot is taken', async () => {
    const { c, formatId, booking } = await oneBooking();
    const target = berlinAt(10, '15:00');
    const blocker = await company();
    expect(
      (await call(BOOK, { input: { formatId, startsAt: target, organisationId: blocker.organisationIds[0], agenda } }, blocker.cookie)).body.data,
    ).toBeTruthy();
    expect(codeOf(await call(RESCHEDULE, { input: { id: booking.id, startsAt: target } }, c.cookie))).toBe('BOOKING_SLOT_TAKEN');
    const after = await app().db.database.prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { slot: true } });
    expect([after.status, after.slot.startsAt.toISOString(), after.slot.status, after.sequence]).toEqual([
      'CONFIRMED',
      booking.startsAt,
      'SCHEDULED',
      0,
    ]);
    // The old slot is still held: nobody else gets it.
    const third = await company();
    expect(
      codeOf(await call(BOOK, { input: { formatId, startsAt: booking.startsAt, organisationId: third.organisationIds[0], agenda } }, third.cookie)),
    ).toBe('BOOKING_SLOT_TAKEN');
  });

  it('hides bookings from everyone but their organisation and the advisor', async () => {
    const { c, booking } = await oneBooking();
    const stranger = await company();
    const ONE = `query($id: ID!) { booking(id: $id) { id } }`;
    expect(codeOf(await call(ONE, { id: booking.id }, stranger.cookie))).toBe('BOOKING_NOT_FOUND');
    expect(codeOf(await call(CANCEL, { input: { id: booking.id, reason: 'Sabotage' } }, stranger.cookie))).toBe('BOOKING_NOT_FOUND');
    expect(codeOf(await call(RESCHEDULE, { input: { id: booking.id, startsAt: berlinAt(10, '12:00') } }, stranger.cookie))).toBe('BOOKING_NOT_FOUND');
    expect(codeOf(await call(`mutation($id: ID!) { markAttendance(id: $id, status: ATTENDED) { id } }`, { id: booking.id }, c.cookie))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await call(ONE, { id: 'nonsense' }, c.cookie))).toBe('BOOKING_NOT_FOUND');
  });

  it('lets the advisor record attendance from the start on', async () => {
    const { a, booking } = await oneBooking();
    const MARK = `mutation($id: ID!, $status: AttendanceStatus!) { markAttendance(id: $id, status: $status) { status } }`;
    expect(codeOf(await call(MARK, { id: booking.id, status: 'NO_SHOW' }, a.cookie))).toBe('ATTENDANCE_TOO_EARLY');
    const prisma = app().db.database.prisma;
    const { slotId } = await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    const past = Date.now() - 2 * 3_600_000;
    await prisma.slot.update({
      where: { id: slotId },
      data: { blockedFrom: new Date(past), startsAt: new Date(past), endsAt: new Date(past + 3_600_000), blockedUntil: new Date(past + 3_600_000) },
    });
    expect((await call(MARK, { id: booking.id, status: 'NO_SHOW' }, a.cookie)).body.data!.markAttendance).toEqual({ status: 'NO_SHOW' });
    expect((await call(MARK, { id: booking.id, status: 'ATTENDED' }, a.cookie)).body.data!.markAttendance).toEqual({ status: 'ATTENDED' });
  });
});
