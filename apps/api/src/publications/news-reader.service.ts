import { Inject, Injectable } from '@nestjs/common';
import type { NewsItemStatus, Prisma, PrismaClient } from '@wiw/db';
import { seesAll } from '../access';
import { AuditLogService, type AuditEventRow } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { afterInstant, instantConnection, instantPage, isUuid, type Connection, type PageArgs } from '../common/pagination/pagination';
import { PRISMA } from '../database/database.module';
import type { NewsFilter } from './inputs/news-item.input';
import { PUBLIC_STATES, seesUnpublished, viewerActions } from './news-access';
import { NEWS_INCLUDE, type NewsRow } from './news-rows';
import { NewsItemNotFoundError } from './publications.errors';

type Person = AuthState['user'];

/** One event of an item's trail, with the actor's name (the export is for the joint office). */
export interface TrailEvent extends AuditEventRow {
  actorName: string | null;
}

/** Reading news items: the public list, one item, my items, the approval queue, the audit trail. */
@Injectable()
export class NewsReaderService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Published and withdrawn items, newest publication first; keyset pagination on (publishedAt, id). */
  async list(filter: NewsFilter | null | undefined, pageArgs: PageArgs): Promise<Connection<NewsRow>> {
    const page = instantPage(pageArgs);
    const where: Prisma.NewsItemWhereInput = {
      status: { in: [...PUBLIC_STATES] },
      ...(filter?.topicField ? { topicFieldKey: filter.topicField } : {}),
      ...(filter?.organisationId ? { organisationId: filter.organisationId } : {}),
      ...(filter?.officeId ? { officeId: filter.officeId } : {}),
    };
    const after = afterInstant('publishedAt', page);
    const [rows, totalCount] = await this.prisma.$transaction([
      this.prisma.newsItem.findMany({
        where: after ? { AND: [where, after] } : where,
        include: NEWS_INCLUDE,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: page.take + 1,
      }),
      this.prisma.newsItem.count({ where }),
    ]);
    return instantConnection(rows, page, totalCount, (row) => row.publishedAt!);
  }

  /** Organisations and offices with public items: the options of the list's filters. */
  async publishers() {
    const where = { status: { in: [...PUBLIC_STATES] } };
    const [organisations, offices] = await Promise.all([
      this.prisma.organisation.findMany({ where: { newsItems: { some: where } }, select: { id: true, name: true }, orderBy: { sortName: 'asc' } }),
      this.prisma.office.findMany({
        where: { newsItems: { some: where } },
        select: { id: true, titleDe: true, titleEn: true },
        orderBy: { titleDe: 'asc' },
      }),
    ]);
    return { organisations, offices };
  }

  /** Offices an author may publish on behalf of: those of organisations I belong to (the joint office: all). */
  officeChoices(user: Person) {
    return this.prisma.office.findMany({
      where: seesAll(user) ? {} : { organisation: { memberships: { some: { userId: user.id } } } },
      select: { id: true, titleDe: true, titleEn: true, organisationId: true },
      orderBy: { titleDe: 'asc' },
    });
  }

  /** An item the caller may see (public ones for everyone); NEWS_ITEM_NOT_FOUND otherwise. */
  async find(user: Person | null, id: string): Promise<{ row: NewsRow; showAuthor: boolean }> {
    const row = isUuid(id) ? await this.prisma.newsItem.findUnique({ where: { id }, include: NEWS_INCLUDE }) : null;
    if (!row) throw new NewsItemNotFoundError();
    const privileged = await seesUnpublished(this.prisma, user, row);
    if (!privileged && !(PUBLIC_STATES as readonly string[]).includes(row.status)) throw new NewsItemNotFoundError();
    return { row, showAuthor: privileged };
  }

  /** What the caller may do with an item now (see NewsViewerActions). */
  actions(user: Person | null, item: { authorId: string; officeId: string | null; status: NewsItemStatus }) {
    return viewerActions(this.prisma, user, item);
  }

  /** Items I wrote, in every state, newest first. */
  mine(user: Person): Promise<NewsRow[]> {
    return this.prisma.newsItem.findMany({
      where: { authorId: user.id },
      include: NEWS_INCLUDE,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 200,
    });
  }

  /** Submitted items I may approve (as coordinator: all; as office holder: my offices'), never my own; oldest first. */
  async queue(user: Person): Promise<NewsRow[]> {
    const coordinator = user.roles.some((held) => held.role === 'COORDINATOR');
    const offices = (await this.prisma.officeTerm.findMany({ where: { userId: user.id, endedAt: null }, select: { officeId: true } })).map(
      (term) => term.officeId,
    );
    if (!coordinator && offices.length === 0) return [];
    return this.prisma.newsItem.findMany({
      where: { status: 'SUBMITTED', authorId: { not: user.id }, ...(coordinator ? {} : { officeId: { in: offices } }) },
      include: NEWS_INCLUDE,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: 200,
    });
  }

  /** Every audit event of one item, oldest first, with actor names (joint office and administrators only). */
  async trail(user: Person, id: string): Promise<TrailEvent[]> {
    if (!seesAll(user) || !isUuid(id) || !(await this.prisma.newsItem.count({ where: { id } }))) throw new NewsItemNotFoundError();
    // Oldest first; steps written in one transaction (approval publishes) keep their order of writing.
    const events = (await this.auditLog.trailOf('NewsItem', id, 1000)).reverse();
    const ids = [...new Set(events.map((event) => event.actorUserId).filter((value): value is string => value !== null))];
    const names = new Map(
      (await this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
    );
    return events.map((event) => ({ ...event, actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null }));
  }
}
