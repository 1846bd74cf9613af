import { Inject, Injectable } from '@nestjs/common';
import type { NewsItem as NewsItemRow, NewsItemStatus, Prisma, PrismaClient } from '@wiw/db';
import { requireMember, seesAll } from '../access';
import { AuditService } from '../audit';
import type { AuthState } from '../common/graphql/context';
import { isUuid } from '../common/pagination/pagination';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PRISMA } from '../database/database.module';
import { firstDisallowed } from './host-check';
import type { NewsCorrectionInput, NewsDraftInput } from './inputs/news-item.input';
import { approverRole } from './news-access';
import { NEWS_INCLUDE, type NewsRow } from './news-rows';
import {
  NewsApproverRequiredError,
  NewsItemNotFoundError,
  NewsLinkDisallowedError,
  NewsNotAuthorError,
  NewsOfficeMismatchError,
  NewsOrganisationNotFoundError,
  NewsPromotionInvalidError,
  NewsSelfApprovalError,
  NewsStateInvalidError,
  NewsTieNotFoundError,
} from './publications.errors';

type Tx = Prisma.TransactionClient;
type Person = AuthState['user'];

/**
 * The life of a news item: draft → submitted → published (approved by a coordinator or the holder
 * of its office, never by its author) → corrected (new versions) → withdrawn. Every step is one
 * transaction that locks the item's row and writes its audit event.
 */
@Injectable()
export class NewsItemsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async createDraft(user: Person, input: NewsDraftInput, requestId: string): Promise<NewsRow> {
    return this.prisma.$transaction(async (tx) => {
      await this.checkDraft(tx, user, input);
      const item = await tx.newsItem.create({ data: { ...this.draftData(input), authorId: user.id }, select: { id: true } });
      await this.audit.record(
        tx,
        this.entry(user, item.id, input.organisationId, 'news.drafted', { title: input.title, officeId: input.officeId ?? null }, requestId),
      );
      return tx.newsItem.findUniqueOrThrow({ where: { id: item.id }, include: NEWS_INCLUDE });
    });
  }

  /** Replaces the whole draft, media included (author only, DRAFT only). */
  async updateDraft(user: Person, id: string, input: NewsDraftInput, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      if (item.authorId !== user.id) throw new NewsNotAuthorError();
      requireState(item.status, 'DRAFT');
      await this.checkDraft(tx, user, input);
      await tx.newsMedia.deleteMany({ where: { newsItemId: id } });
      await tx.newsItem.update({ where: { id }, data: this.draftData(input) });
      return this.entry(user, id, input.organisationId, 'news.updated', { title: input.title }, requestId);
    });
  }

  async submit(user: Person, id: string, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      if (item.authorId !== user.id) throw new NewsNotAuthorError();
      requireState(item.status, 'DRAFT');
      await tx.newsItem.update({ where: { id }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
      return this.entry(user, id, item.organisationId, 'news.submitted', { status: { from: 'DRAFT', to: 'SUBMITTED' } }, requestId);
    });
  }

  /** Four eyes: a coordinator or the holder of the item's office, not its author; approval publishes version 1. */
  async approve(user: Person, id: string, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      const role = await this.approver(tx, user, item);
      requireState(item.status, 'SUBMITTED');
      const now = new Date();
      await tx.newsItem.update({ where: { id }, data: { status: 'PUBLISHED', approvedById: user.id, approvedAs: role, publishedAt: now } });
      await tx.newsItemVersion.create({
        data: {
          newsItemId: id,
          version: 1,
          title: item.title,
          teaser: item.teaser,
          body: item.body,
          links: item.links,
          createdById: user.id,
          createdAt: now,
        },
      });
      await this.audit.record(
        tx,
        this.entry(
          user,
          id,
          item.organisationId,
          'news.approved',
          { approvedAs: role, officeId: role === 'OFFICE_HOLDER' ? item.officeId : null },
          requestId,
        ),
      );
      return this.entry(user, id, item.organisationId, 'news.published', { status: { from: 'SUBMITTED', to: 'PUBLISHED' }, version: 1 }, requestId);
    });
  }

  /**
   * Sends a submitted item back to its author with a comment (status back to DRAFT): the same four
   * eyes as approval, so the author cannot send back their own item. The comment stays on the item
   * for its author until the next send-back; the trail keeps every one.
   */
  async sendBack(user: Person, id: string, comment: string, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      const role = await this.approver(tx, user, item);
      requireState(item.status, 'SUBMITTED');
      await tx.newsItem.update({
        where: { id },
        data: { status: 'DRAFT', submittedAt: null, sentBackAt: new Date(), sentBackComment: comment, sentBackAs: role },
      });
      return this.entry(
        user,
        id,
        item.organisationId,
        'news.sent_back',
        { status: { from: 'SUBMITTED', to: 'DRAFT' }, comment, sentBackAs: role },
        requestId,
      );
    });
  }

  /** A new version with its reason, by someone who may approve the item (never its author alone). */
  async correct(user: Person, id: string, input: NewsCorrectionInput, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      const role = await this.approver(tx, user, item);
      requireState(item.status, 'PUBLISHED');
      this.checkLinks(input.links);
      const version = item.version + 1;
      const text = { title: input.title, teaser: input.teaser, body: input.body, links: input.links };
      await tx.newsItem.update({ where: { id }, data: { ...text, version } });
      await tx.newsItemVersion.create({ data: { newsItemId: id, version, ...text, reason: input.reason, createdById: user.id } });
      return this.entry(
        user,
        id,
        item.organisationId,
        'news.corrected',
        { version: { from: item.version, to: version }, reason: input.reason, correctedAs: role, title: { from: item.title, to: input.title } },
        requestId,
      );
    });
  }

  /** Withdrawn items stay visible, marked and with the reason; the author or whoever may approve the item withdraws. */
  async withdraw(user: Person, id: string, reason: string, requestId: string): Promise<NewsRow> {
    return this.transition(id, async (tx, item) => {
      if (item.authorId !== user.id && !(await approverRole(tx, user, item))) throw new NewsApproverRequiredError();
      requireState(item.status, 'PUBLISHED');
      await tx.newsItem.update({ where: { id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawalReason: reason } });
      return this.entry(user, id, item.organisationId, 'news.withdrawn', { status: { from: 'PUBLISHED', to: 'WITHDRAWN' }, reason }, requestId);
    });
  }

  /** Locks the item, runs one step (which returns its audit entry), records it, answers the item as it is now. */
  private async transition(id: string, step: (tx: Tx, item: NewsItemRow) => Promise<Parameters<AuditService['record']>[1]>): Promise<NewsRow> {
    if (!isUuid(id)) throw new NewsItemNotFoundError();
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "NewsItem" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!locked.length) throw new NewsItemNotFoundError();
      const item = await tx.newsItem.findUniqueOrThrow({ where: { id } });
      await this.audit.record(tx, await step(tx, item));
      return tx.newsItem.findUniqueOrThrow({ where: { id }, include: NEWS_INCLUDE });
    });
  }

  private async approver(tx: Tx, user: Person, item: NewsItemRow) {
    if (item.authorId === user.id) throw new NewsSelfApprovalError();
    const role = await approverRole(tx, user, item);
    if (!role) throw new NewsApproverRequiredError();
    return role;
  }

  private async checkDraft(tx: Tx, user: Person, input: NewsDraftInput): Promise<void> {
    if (!seesAll(user)) await requireMember(tx, user.id, input.organisationId);
    else if (!(await tx.organisation.count({ where: { id: input.organisationId } }))) throw new NewsOrganisationNotFoundError();
    if (input.officeId && !(await tx.office.count({ where: { id: input.officeId, organisationId: input.organisationId } })))
      throw new NewsOfficeMismatchError();
    if (input.projectId && !(await tx.project.count({ where: { id: input.projectId } }))) throw new NewsTieNotFoundError('project');
    if (input.meetingId && !(await tx.meeting.count({ where: { id: input.meetingId } }))) throw new NewsTieNotFoundError('meeting');
    const hasAmount = input.promotionCents !== null && input.promotionCents !== undefined;
    const hasLine = Boolean(input.budgetLine?.trim());
    if (input.promoted ? !hasAmount || !hasLine : hasAmount || hasLine) throw new NewsPromotionInvalidError();
    this.checkLinks([...input.links, ...input.media.map((media) => media.sourceUrl)]);
  }

  private checkLinks(links: readonly string[]): void {
    const hit = firstDisallowed(links, this.config.publicationDisallowedHosts);
    if (hit) throw new NewsLinkDisallowedError(hit.link, hit.entry);
  }

  private draftData(input: NewsDraftInput) {
    return {
      organisationId: input.organisationId,
      officeId: input.officeId ?? null,
      topicFieldKey: input.topicField ?? null,
      projectId: input.projectId ?? null,
      meetingId: input.meetingId ?? null,
      language: input.language,
      title: input.title.trim(),
      teaser: input.teaser.trim(),
      body: input.body,
      links: input.links,
      promoted: input.promoted,
      promotionCents: input.promoted ? (input.promotionCents ?? null) : null,
      budgetLine: input.promoted ? (input.budgetLine?.trim() ?? null) : null,
      media: {
        create: input.media.map((media, position) => ({
          position,
          title: media.title.trim(),
          sourceUrl: media.sourceUrl,
          licence: media.licence.trim(),
          publicFunds: media.publicFunds,
          producedBy: media.producedBy?.trim() || null,
        })),
      },
    };
  }

  private entry(user: Person, id: string, organisationId: string, action: string, changes: Record<string, unknown>, requestId: string) {
    return { actorUserId: user.id, actingOrganisationId: organisationId, action, entityType: 'NewsItem', entityId: id, changes, requestId };
  }
}

function requireState(status: NewsItemStatus, expected: NewsItemStatus): void {
  if (status !== expected) throw new NewsStateInvalidError(status, expected);
}
