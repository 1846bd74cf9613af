import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Meeting, MeetingRegistration, Prisma } from '@wiw/db';
import { calendarFile } from '../common/calendar/ics';
import { formatWhen } from '../common/calendar/when';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService, type OutboxMailRequest } from '../mail';
import { meetingEvent, meetingFileName } from './meeting-calendar';
import { acceptedInvitees, invitationRecipients, registeredPeople, type MailRecipient } from './meeting-recipients';

type Db = Prisma.TransactionClient;
type MeetingMailTemplate = 'meeting-invitation' | 'meeting-promoted' | 'meeting-changed' | 'meeting-cancelled' | 'meeting-reminder';

const ONLINE = {
  de: { withLink: 'online (Link im Kalendereintrag)', withoutLink: 'online' },
  en: { withLink: 'online (link in the calendar entry)', withoutLink: 'online' },
} as const;

/** Where the meeting takes place, in words: the place, "online" or both. */
export function placeText(meeting: Pick<Meeting, 'format' | 'place'>, locale: Locale, withLink: boolean): string {
  const online = ONLINE[locale][withLink ? 'withLink' : 'withoutLink'];
  if (meeting.format === 'ONLINE') return online;
  if (meeting.format === 'IN_PERSON') return meeting.place ?? '–';
  return `${meeting.place ?? '–'} ${locale === 'de' ? 'und' : 'and'} ${online}`;
}

/** The sender's address from MAIL_FROM ("Name <address>" or a bare address): the ORGANIZER of a cancellation. */
function senderAddress(from: string): string {
  return /<([^<>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

/**
 * The mails of meetings, written into the outbox in the transaction of the event that causes them,
 * each in the recipient's language with the meeting's calendar entry attached: the same UID as
 * the per-meeting file and the personal feed, the meeting's SEQUENCE, METHOD:PUBLISH, and
 * METHOD:CANCEL with STATUS:CANCELLED (and an ORGANIZER, which iTIP requires) for a cancellation.
 * A person gets each mail once, however many invitations or registrations lead to them.
 */
@Injectable()
export class MeetingMails {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** To whoever holds each invited office now, and to the owners of each invited organisation. */
  async invited(tx: Db, meeting: Meeting, invitationIds: readonly string[]): Promise<void> {
    if (invitationIds.length === 0) return;
    const organiser = await tx.organisation.findUniqueOrThrow({ where: { id: meeting.organiserId }, select: { name: true } });
    const seen = new Set<string>();
    for (const recipient of await invitationRecipients(tx, invitationIds)) {
      if (seen.has(recipient.id)) continue;
      seen.add(recipient.id);
      await this.send(tx, 'meeting-invitation', meeting, recipient, false, { invitee: recipient.invitee!, organiser: organiser.name });
    }
  }

  /** To each participant moved up from the waitlist, with their registration code. */
  async promoted(tx: Db, meeting: Meeting, registrations: readonly MeetingRegistration[]): Promise<void> {
    if (registrations.length === 0) return;
    const people = await registeredPeople(
      tx,
      meeting.id,
      registrations.map((row) => row.id),
    );
    for (const person of people) await this.send(tx, 'meeting-promoted', meeting, person, true, { code: person.code! });
  }

  /** When time or place changed: to the registered participants and the invitees who accepted. */
  async changed(tx: Db, before: Meeting, after: Meeting): Promise<void> {
    const moved =
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime() ||
      before.format !== after.format ||
      before.place !== after.place ||
      before.municipalityId !== after.municipalityId ||
      before.onlineLink !== after.onlineLink;
    if (!moved) return;
    for (const person of await this.attendees(tx, after.id)) {
      await this.send(tx, 'meeting-changed', after, person, true, {
        previousWhen: formatWhen(before.startsAt, before.endsAt, person.locale),
        previousPlace: placeText(before, person.locale, false),
      });
    }
  }

  /**
   * The cancellation, for the operation that cancels a meeting: call it in that transaction after
   * the meeting's status is CANCELLED and its sequence raised. Goes to everyone who holds a seat or
   * waits for one and to the invitees who accepted.
   */
  async cancelled(tx: Db, meetingId: string): Promise<void> {
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const waiting = await registeredPeople(tx, meetingId, null, ['REGISTERED', 'WAITLISTED']);
    const people = uniqueById([...waiting, ...(await acceptedInvitees(tx, { meetingId }))]);
    for (const person of people) await this.send(tx, 'meeting-cancelled', { ...meeting, status: 'CANCELLED' }, person, false, {});
  }

  /** The reminder a day ahead, to one person (the reminder job picks whom). */
  async reminder(tx: Db, meeting: Meeting, person: MailRecipient): Promise<void> {
    await this.send(tx, 'meeting-reminder', meeting, person, true, {});
  }

  /** Registered participants and accepted invitees, each once. */
  async attendees(tx: Db, meetingId: string): Promise<MailRecipient[]> {
    return uniqueById([...(await registeredPeople(tx, meetingId, null, ['REGISTERED'])), ...(await acceptedInvitees(tx, { meetingId }))]);
  }

  private async send(
    tx: Db,
    template: MeetingMailTemplate,
    meeting: Meeting,
    person: MailRecipient,
    withLink: boolean,
    extra: Record<string, string>,
  ): Promise<void> {
    const { locale } = person;
    const cancelled = template === 'meeting-cancelled';
    const method = cancelled ? 'CANCEL' : 'PUBLISH';
    const organiser = { name: 'Wirtschaftsinitiative Westfalen', email: senderAddress(this.config.mail.from) };
    const event = { ...meetingEvent(meeting, this.config.publicUrl, withLink), ...(cancelled ? { organizer: organiser } : {}) };
    await this.outbox.enqueue(tx, {
      template,
      recipient: person.email,
      locale,
      payload: {
        title: meeting.title,
        when: formatWhen(meeting.startsAt, meeting.endsAt, locale),
        place: placeText(meeting, locale, withLink),
        link: `${this.config.publicUrl}/veranstaltungen/${meeting.id}`,
        ...extra,
      },
      attachments: [
        {
          filename: meetingFileName(meeting, cancelled ? 'abgesagt' : null),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: calendarFile([event], { name: meeting.title, method }),
        },
      ],
    } as OutboxMailRequest);
  }
}

function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
