import { Inject, Injectable } from '@nestjs/common';
import {
  Prisma,
  type ContactRequest,
  type ContactRequestStatus,
  type ContactSide,
  type Locale,
  type PrismaClient,
  type SkillNeed,
  type SkillOffer,
} from '@wiw/db';
import { AuditService } from '../../audit';
import { afterInstant, instantConnection, instantPage, isUuid, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PRISMA } from '../../database/database.module';
import { OutboxService } from '../../mail';
import { isMember } from '../../access';
import { InvalidTransitionError, NeedNotFoundError, OfferNotFoundError } from '../common/matchmaking.errors';
import { ownsOffer } from '../offers/offers.service';
import { ContactBox, type RequestContactInput } from './contact-request.input';
import {
  ContactNotPartyError,
  ContactRequestExistsError,
  ContactRequestLimitError,
  ContactRequestNotFoundError,
  ContactSelfError,
  ContactTargetNotOpenError,
} from './contacts.errors';

/** Contact requests one organisation (or one individual) may send per 24 hours. */
export const CONTACT_REQUESTS_PER_DAY = 20;
const DAY_MS = 86_400_000;
type Db = Prisma.TransactionClient;

export interface ContactPerson {
  name: string;
  email: string;
  organisationName: string | null;
}

type Recipient = { email: string; locale: Locale; name: string };

const other = (side: ContactSide): ContactSide => (side === 'NEED' ? 'OFFER' : 'NEED');

/**
 * Contact requests between the two sides of a need–offer pair. Contact details of the other side
 * are only handed out for ACCEPTED requests; every transition is audited and notifies the other
 * side through the outbox in the same transaction.
 */
@Injectable()
export class ContactsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async request(actorUserId: string, input: RequestContactInput, requestId: string): Promise<ContactRequest> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const need = await tx.skillNeed.findUnique({ where: { id: input.needId } });
        if (!need) throw new NeedNotFoundError();
        const offer = await tx.skillOffer.findUnique({ where: { id: input.offerId } });
        if (!offer) throw new OfferNotFoundError();
        const side = await this.sideOf(tx, actorUserId, need, offer);
        if (need.status !== 'OPEN' || offer.status !== 'OPEN') throw new ContactTargetNotOpenError();
        const requestingOrganisationId = side === 'NEED' ? need.organisationId : offer.organisationId;

        // One sender at a time per organisation (or individual), so the daily limit holds under concurrency.
        const key = requestingOrganisationId ?? `user:${actorUserId}`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contact:${key}`}))`;
        const since = new Date(Date.now() - DAY_MS);
        const sent = await tx.contactRequest.count({
          where: requestingOrganisationId
            ? { requestingOrganisationId, createdAt: { gte: since } }
            : { requestingOrganisationId: null, requestedById: actorUserId, createdAt: { gte: since } },
        });
        if (sent >= CONTACT_REQUESTS_PER_DAY) throw new ContactRequestLimitError(CONTACT_REQUESTS_PER_DAY);

        const created = await tx.contactRequest.create({
          data: {
            needId: need.id,
            offerId: offer.id,
            fromSide: side,
            requestedById: actorUserId,
            requestingOrganisationId,
            message: input.message.trim(),
          },
        });
        const senderLabel = await this.senderLabel(tx, side, need, offer);
        for (const recipient of await this.actors(tx, other(side), need, offer)) {
          await this.outbox.enqueue(tx, {
            template: 'contact-requested',
            recipient: recipient.email,
            locale: recipient.locale,
            payload: {
              senderLabel: senderLabel[recipient.locale],
              needTitle: need.title,
              offerTitle: offer.title,
              message: created.message,
              link: this.link(),
            },
          });
        }
        await this.audit.record(tx, {
          actorUserId,
          actingOrganisationId: requestingOrganisationId,
          action: 'contact.requested',
          entityType: 'ContactRequest',
          entityId: created.id,
          changes: { needId: need.id, offerId: offer.id, fromSide: side },
          requestId,
        });
        return created;
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new ContactRequestExistsError();
      throw error;
    }
  }

  /** The receiving side accepts (contact details become visible to both) or declines. */
  answer(actorUserId: string, id: string, accept: boolean, requestId: string): Promise<ContactRequest> {
    const to: ContactRequestStatus = accept ? 'ACCEPTED' : 'DECLINED';
    return this.prisma.$transaction(async (tx) => {
      const { request, need, offer } = await this.lock(tx, id);
      const side = await this.sideOf(tx, actorUserId, need, offer, true);
      if (side !== other(request.fromSide)) throw new ContactRequestNotFoundError();
      if (request.status !== 'PENDING') throw new InvalidTransitionError(request.status, to);
      const answered = await tx.contactRequest.update({ where: { id }, data: { status: to, answeredById: actorUserId, answeredAt: new Date() } });
      for (const recipient of await this.recipients(tx, request.fromSide, need, offer, request.requestedById)) {
        await this.outbox.enqueue(tx, {
          template: 'contact-answered',
          recipient: recipient.email,
          locale: recipient.locale,
          payload: { needTitle: need.title, offerTitle: offer.title, outcome: accept ? 'accepted' : 'declined', link: this.link() },
        });
      }
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: side === 'NEED' ? need.organisationId : offer.organisationId,
        action: accept ? 'contact.accepted' : 'contact.declined',
        entityType: 'ContactRequest',
        entityId: id,
        changes: { status: { from: request.status, to } },
        requestId,
      });
      return answered;
    });
  }

  /** Either side ends a pending or accepted request; contact details are hidden again. */
  withdraw(actorUserId: string, id: string, requestId: string): Promise<ContactRequest> {
    return this.prisma.$transaction(async (tx) => {
      const { request, need, offer } = await this.lock(tx, id);
      const side = await this.sideOf(tx, actorUserId, need, offer, true);
      if (request.status !== 'PENDING' && request.status !== 'ACCEPTED') throw new InvalidTransitionError(request.status, 'WITHDRAWN');
      const withdrawn = await tx.contactRequest.update({ where: { id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } });
      const otherSide = other(side);
      for (const recipient of await this.recipients(
        tx,
        otherSide,
        need,
        offer,
        otherSide === request.fromSide ? request.requestedById : request.answeredById,
      )) {
        await this.outbox.enqueue(tx, {
          template: 'contact-withdrawn',
          recipient: recipient.email,
          locale: recipient.locale,
          payload: { needTitle: need.title, offerTitle: offer.title, link: this.link() },
        });
      }
      await this.audit.record(tx, {
        actorUserId,
        actingOrganisationId: side === 'NEED' ? need.organisationId : offer.organisationId,
        action: 'contact.withdrawn',
        entityType: 'ContactRequest',
        entityId: id,
        changes: { status: { from: request.status, to: 'WITHDRAWN' } },
        requestId,
      });
      return withdrawn;
    });
  }

  /** Requests to the user's side (INBOX) or from it (OUTBOX), newest first; keyset on (createdAt, id). */
  async list(
    userId: string,
    box: ContactBox,
    status: ContactRequestStatus | null | undefined,
    pageArgs: PageArgs,
  ): Promise<Connection<ContactRequest>> {
    const page = instantPage(pageArgs);
    const needSide: Prisma.ContactRequestWhereInput = { need: { organisation: { memberships: { some: { userId } } } } };
    const offerSide: Prisma.ContactRequestWhereInput = {
      offer: { OR: [{ organisationId: null, ownerId: userId }, { organisation: { memberships: { some: { userId } } } }] },
    };
    const mine: Prisma.ContactRequestWhereInput =
      box === ContactBox.OUTBOX
        ? {
            OR: [
              { fromSide: 'NEED', ...needSide },
              { fromSide: 'OFFER', ...offerSide },
            ],
          }
        : {
            OR: [
              { fromSide: 'OFFER', ...needSide },
              { fromSide: 'NEED', ...offerSide },
            ],
          };
    const where: Prisma.ContactRequestWhereInput = { AND: [mine, status ? { status } : {}] };
    const after = afterInstant('createdAt', page) ?? {};
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.contactRequest.findMany({ where: { AND: [where, after] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.take + 1 }),
      this.prisma.contactRequest.count({ where }),
    ]);
    return instantConnection(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * The other side's contact person, for a party of an ACCEPTED request only; null otherwise.
   * This is the only way to another side's name and e-mail address.
   */
  async counterpart(viewerUserId: string, request: ContactRequest): Promise<ContactPerson | null> {
    if (request.status !== 'ACCEPTED') return null;
    const need = await this.prisma.skillNeed.findUniqueOrThrow({ where: { id: request.needId } });
    const offer = await this.prisma.skillOffer.findUniqueOrThrow({ where: { id: request.offerId } });
    const side = await this.sideOf(this.prisma, viewerUserId, need, offer, true).catch(() => null);
    if (!side) return null;
    const otherSide = other(side);
    const [person] = await this.recipients(
      this.prisma,
      otherSide,
      need,
      offer,
      otherSide === request.fromSide ? request.requestedById : request.answeredById,
    );
    if (!person) return null;
    const organisationId = otherSide === 'NEED' ? need.organisationId : offer.organisationId;
    const organisation = organisationId ? await this.prisma.organisation.findUnique({ where: { id: organisationId }, select: { name: true } }) : null;
    return { name: person.name, email: person.email, organisationName: organisation?.name ?? null };
  }

  /** Which side the user acts for; with `either`, a party of both sides counts as the need side. */
  async sideOf(db: Db, userId: string, need: SkillNeed, offer: SkillOffer, either = false): Promise<ContactSide> {
    const forNeed = await isMember(db, userId, need.organisationId);
    const forOffer = await ownsOffer(db, userId, offer);
    if (forNeed && forOffer && !either) throw new ContactSelfError();
    if (forNeed) return 'NEED';
    if (forOffer) return 'OFFER';
    throw new ContactNotPartyError();
  }

  private async lock(tx: Db, id: string): Promise<{ request: ContactRequest; need: SkillNeed; offer: SkillOffer }> {
    const locked = isUuid(id) ? await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "ContactRequest" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw new ContactRequestNotFoundError();
    const request = await tx.contactRequest.findUniqueOrThrow({ where: { id }, include: { need: true, offer: true } });
    return { request, need: request.need, offer: request.offer };
  }

  /**
   * Who to tell on a side: the given person if they still act for it, else the author of the need
   * or offer, else the organisation's owners. Deleted accounts are never written to.
   */
  private async recipients(db: Db, side: ContactSide, need: SkillNeed, offer: SkillOffer, preferredUserId?: string | null): Promise<Recipient[]> {
    const organisationId = side === 'NEED' ? need.organisationId : offer.organisationId;
    const authorId = side === 'NEED' ? need.createdById : offer.ownerId;
    const select = { email: true, locale: true, name: true, deletedAt: true } as const;
    for (const candidate of [preferredUserId, authorId]) {
      if (!candidate) continue;
      const user = await db.user.findUnique({ where: { id: candidate }, select });
      const stillActs = organisationId ? await isMember(db, candidate, organisationId) : candidate === offer.ownerId;
      if (user && !user.deletedAt && stillActs) return [user];
    }
    if (!organisationId) return [];
    return db.user.findMany({
      where: { deletedAt: null, memberships: { some: { organisationId, role: 'OWNER' } } },
      select: { email: true, locale: true, name: true },
    });
  }

  /**
   * Who can act on a new request to a side, each once: the entry's author (while still acting for
   * it) and the organisation's owners; an organisation without either has its members told.
   * Deleted accounts are never written to.
   */
  private async actors(db: Db, side: ContactSide, need: SkillNeed, offer: SkillOffer): Promise<Recipient[]> {
    const organisationId = side === 'NEED' ? need.organisationId : offer.organisationId;
    if (!organisationId) return this.recipients(db, side, need, offer);
    const authorId = side === 'NEED' ? need.createdById : offer.ownerId;
    const select = { id: true, email: true, locale: true, name: true } as const;
    const member = (role?: 'OWNER') => ({ deletedAt: null, memberships: { some: { organisationId, ...(role ? { role } : {}) } } });
    const author: Prisma.UserWhereInput[] = authorId ? [{ id: authorId, ...member() }] : [];
    const people = await db.user.findMany({ where: { OR: [...author, member('OWNER')] }, select, orderBy: { createdAt: 'asc' } });
    const told = people.length > 0 ? people : await db.user.findMany({ where: member(), select, orderBy: { createdAt: 'asc' } });
    return told.map(({ email, locale, name }) => ({ email, locale, name }));
  }

  private async senderLabel(db: Db, side: ContactSide, need: SkillNeed, offer: SkillOffer): Promise<Record<Locale, string>> {
    const organisationId = side === 'NEED' ? need.organisationId : offer.organisationId;
    if (!organisationId) return { de: 'Eine Fachkraft (pseudonym)', en: 'A skilled individual (pseudonymous)' };
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
    return { de: organisation.name, en: organisation.name };
  }

  private link(): string {
    return `${this.config.publicUrl}/boerse/kontakte`;
  }
}
