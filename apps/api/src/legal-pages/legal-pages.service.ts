import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type LegalPageKind, type LegalPageVersion, type PrismaClient } from '@wiw/db';
import { AuditService, changedFields } from '../audit';
import { RecordNotFoundError } from '../common/errors/prisma-errors';
import { PRISMA } from '../database/database.module';
import type { UpdateLegalPageInput } from './inputs/update-legal-page.input';
import { LegalPageOutdatedError } from './legal-pages.errors';

/** The administrators' history shows this many versions, newest first. */
const HISTORY_SHOWN = 50;

/** The legal pages: the newest version is published; every save adds one (audited). */
@Injectable()
export class LegalPagesService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  current(page: LegalPageKind): Promise<LegalPageVersion | null> {
    return this.prisma.legalPageVersion.findFirst({ where: { page }, orderBy: { version: 'desc' } });
  }

  history(page: LegalPageKind): Promise<Array<LegalPageVersion & { author: { name: string } | null }>> {
    return this.prisma.legalPageVersion.findMany({
      where: { page },
      orderBy: { version: 'desc' },
      take: HISTORY_SHOWN,
      include: { author: { select: { name: true } } },
    });
  }

  /**
   * Saves a new version on top of `baseVersion`. Two administrators saving on the same version:
   * the unique (page, version) lets one win, the other gets LEGAL_PAGE_OUTDATED, never a silent
   * overwrite. One transaction with its audit event.
   */
  async update(actorUserId: string, input: UpdateLegalPageInput, requestId: string): Promise<LegalPageVersion> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const current = await tx.legalPageVersion.findFirst({ where: { page: input.page }, orderBy: { version: 'desc' } });
        if (!current) throw new RecordNotFoundError({ de: 'Diese Seite gibt es nicht.', en: 'There is no such page.' });
        if (current.version !== input.baseVersion) throw new LegalPageOutdatedError(current.version);
        const { page, bodyDe, bodyEn } = input;
        const saved = await tx.legalPageVersion.create({ data: { page, version: current.version + 1, bodyDe, bodyEn, authorId: actorUserId } });
        await this.audit.record(tx, {
          actorUserId,
          action: 'legal-page.updated',
          entityType: 'LegalPage',
          entityId: page,
          changes: {
            version: { from: current.version, to: saved.version },
            // Which languages changed, not the texts themselves (the history keeps them).
            changed: Object.keys(changedFields({ bodyDe: current.bodyDe, bodyEn: current.bodyEn }, { bodyDe, bodyEn })),
          },
          requestId,
        });
        return saved;
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new LegalPageOutdatedError((await this.current(input.page))?.version ?? input.baseVersion + 1);
      }
      throw error;
    }
  }
}
