import { Inject, Injectable } from '@nestjs/common';
import type { AvailabilityException, AvailabilityRule, Prisma, PrismaClient } from '@wiw/db';
import {
  availabilityPieces,
  berlinDate,
  formatMinutes,
  minutesOfDay,
  validateException,
  validateRules,
  MAX_AVAILABILITY_RULES,
  type AvailabilityException as ExceptionSpec,
  type AvailabilityProblem,
  type Interval,
  type WeeklyRule,
} from '@wiw/domain';
import { AuditService } from '../../audit';
import { isUuid } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { AvailabilityInvalidError, ExceptionNotFoundError } from '../common/workbench.errors';
import type { AvailabilityExceptionInput, AvailabilityRuleInput } from './availability.input';

const day = (date: Date): string => date.toISOString().slice(0, 10);

export function toWeeklyRule(row: AvailabilityRule): WeeklyRule {
  return { weekday: row.weekday, start: formatMinutes(row.startMinute), end: formatMinutes(row.endMinute) };
}

export function toExceptionSpec(row: AvailabilityException): ExceptionSpec {
  return {
    date: day(row.date),
    kind: row.kind,
    start: row.startMinute === null ? null : formatMinutes(row.startMinute),
    end: row.endMinute === null ? null : formatMinutes(row.endMinute),
  };
}

/** An advisor's weekly rules and dated exceptions, and the windows they give. */
@Injectable()
export class AvailabilityService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async rules(advisorId: string): Promise<AvailabilityRule[]> {
    return this.prisma.availabilityRule.findMany({ where: { advisorId }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] });
  }

  /** The weekly rules of several advisors (one query). */
  rulesOf(advisorIds: readonly string[]): Promise<AvailabilityRule[]> {
    return this.prisma.availabilityRule.findMany({
      where: { advisorId: { in: [...advisorIds] } },
      orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }],
    });
  }

  /** The exceptions of several advisors on the Berlin days fromDate..toDate (one query). */
  exceptionsOn(advisorIds: readonly string[], fromDate: string, toDate: string): Promise<AvailabilityException[]> {
    return this.prisma.availabilityException.findMany({
      where: { advisorId: { in: [...advisorIds] }, date: { gte: new Date(`${fromDate}T00:00:00Z`), lte: new Date(`${toDate}T00:00:00Z`) } },
    });
  }

  /** Exceptions from today (Berlin) on, soonest first. */
  async upcomingExceptions(advisorId: string, now = new Date()): Promise<AvailabilityException[]> {
    return this.prisma.availabilityException.findMany({
      where: { advisorId, date: { gte: new Date(`${berlinDate(now)}T00:00:00Z`) } },
      orderBy: [{ date: 'asc' }, { startMinute: 'asc' }],
      take: 366,
    });
  }

  /** Replaces all weekly rules at once (existing bookings stay as they are). */
  async setRules(advisorId: string, input: AvailabilityRuleInput[], requestId: string): Promise<AvailabilityRule[]> {
    const rules: WeeklyRule[] = input.map(({ weekday, start, end }) => ({ weekday, start, end }));
    const problems: AvailabilityProblem[] = rules.length > MAX_AVAILABILITY_RULES ? ['TOO_MANY_RULES'] : validateRules(rules);
    if (problems.length > 0) throw new AvailabilityInvalidError(problems);
    return this.prisma.$transaction(async (tx) => {
      // One advisor's rule changes one after the other.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${advisorId}::uuid FOR UPDATE`;
      const before = await tx.availabilityRule.findMany({ where: { advisorId }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] });
      await tx.availabilityRule.deleteMany({ where: { advisorId } });
      await tx.availabilityRule.createMany({
        data: rules.map((rule) => ({ advisorId, weekday: rule.weekday, startMinute: minutesOfDay(rule.start), endMinute: minutesOfDay(rule.end) })),
      });
      await this.audit.record(tx, {
        actorUserId: advisorId,
        action: 'availability.rules-set',
        entityType: 'User',
        entityId: advisorId,
        changes: { rules: { from: before.map(toWeeklyRule), to: rules } },
        requestId,
      });
      return tx.availabilityRule.findMany({ where: { advisorId }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] });
    });
  }

  async addException(advisorId: string, input: AvailabilityExceptionInput, requestId: string): Promise<AvailabilityException> {
    const spec: ExceptionSpec = { date: day(input.date), kind: input.kind, start: input.start ?? null, end: input.end ?? null };
    const problems = validateException(spec);
    if (problems.length > 0) throw new AvailabilityInvalidError(problems);
    return this.prisma.$transaction(async (tx) => {
      const exception = await tx.availabilityException.create({
        data: {
          advisorId,
          date: input.date,
          kind: input.kind,
          startMinute: spec.start === null ? null : minutesOfDay(spec.start),
          endMinute: spec.end === null ? null : minutesOfDay(spec.end),
          note: input.note?.trim() || null,
        },
      });
      await this.audit.record(tx, {
        actorUserId: advisorId,
        action: 'availability.exception-added',
        entityType: 'AvailabilityException',
        entityId: exception.id,
        changes: { ...spec, note: exception.note },
        requestId,
      });
      return exception;
    });
  }

  async removeException(advisorId: string, id: string, requestId: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const exception = isUuid(id) ? await tx.availabilityException.findUnique({ where: { id } }) : null;
      if (!exception || exception.advisorId !== advisorId) throw new ExceptionNotFoundError();
      await tx.availabilityException.delete({ where: { id } });
      await this.audit.record(tx, {
        actorUserId: advisorId,
        action: 'availability.exception-removed',
        entityType: 'AvailabilityException',
        entityId: id,
        changes: { ...toExceptionSpec(exception) },
        requestId,
      });
      return true;
    });
  }

  /** The advisor's available time on the Berlin days fromDate..toDate (YYYY-MM-DD) as per-day pieces (availabilityPieces); `db`: the caller's transaction, if any. */
  async pieces(advisorId: string, fromDate: string, toDate: string, db: Prisma.TransactionClient = this.prisma): Promise<Interval[]> {
    // One after the other: inside a transaction both share its one connection.
    const rules = await db.availabilityRule.findMany({ where: { advisorId }, orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] });
    const exceptions = await db.availabilityException.findMany({
      where: { advisorId, date: { gte: new Date(`${fromDate}T00:00:00Z`), lte: new Date(`${toDate}T00:00:00Z`) } },
    });
    return availabilityPieces(rules.map(toWeeklyRule), exceptions.map(toExceptionSpec), fromDate, toDate);
  }
}
