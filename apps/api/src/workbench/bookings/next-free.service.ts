import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationFormat, PrismaClient } from '@wiw/db';
import { addDays, berlinDate } from '@wiw/domain';
import { InvalidCursorError } from '../../common/errors/common.errors';
import { keysetPage, toConnection, type Connection, type PageArgs } from '../../common/pagination/pagination';
import { PRISMA } from '../../database/database.module';
import { AvailabilityService } from '../availability/availability.service';
import { freeSlots, loadedDays } from './free-slots';
import { blockedDuring } from './slots.service';

const DAY_MS = 86_400_000;
/** Days looked at per step while searching forward (fewer than MAX_SLOT_RANGE_DAYS). */
const STEP_DAYS = 14;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * The next free time of many formats at once: three queries for all of them (availability rules,
 * exceptions, scheduled slots of their advisors over the longest horizon), then the same freeSlots
 * computation bookableSlots uses, searched forward two weeks at a time up to each format's horizon.
 */
@Injectable()
export class NextFreeService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly availability: AvailabilityService,
  ) {}

  async nextFree(formats: readonly ConsultationFormat[], now = new Date()): Promise<Map<string, Date | null>> {
    const result = new Map<string, Date | null>(formats.map((format) => [format.id, null]));
    const active = formats.filter((format) => format.status === 'ACTIVE');
    if (active.length === 0) return result;
    const today = berlinDate(now);
    const lastDayOf = (format: ConsultationFormat) => berlinDate(new Date(now.getTime() + format.bookingHorizonDays * DAY_MS));
    const lastDay = active.map(lastDayOf).reduce((a, b) => (a > b ? a : b));
    const advisorIds = [...new Set(active.map((format) => format.advisorId))];
    const loaded = loadedDays(today, lastDay);
    const rules = groupBy(await this.availability.rulesOf(advisorIds), (row) => row.advisorId);
    const exceptions = groupBy(await this.availability.exceptionsOn(advisorIds, loaded.from, loaded.to), (row) => row.advisorId);
    const scheduled = groupBy(
      await this.prisma.slot.findMany({
        where: { advisorId: { in: advisorIds }, status: 'SCHEDULED', ...blockedDuring(loaded.from, loaded.to) },
        orderBy: { startsAt: 'asc' },
      }),
      (row) => row.advisorId,
    );
    for (const format of active) {
      const advisorRules = rules.get(format.advisorId) ?? [];
      const extra = exceptions.get(format.advisorId)?.some((row) => row.kind === 'EXTRA');
      const joinable = scheduled.get(format.advisorId)?.some((row) => row.formatId === format.id);
      if (advisorRules.length === 0 && !extra && !joinable) continue;
      const last = lastDayOf(format);
      for (let from = today; from <= last; from = addDays(from, STEP_DAYS)) {
        const to = addDays(from, STEP_DAYS - 1) < last ? addDays(from, STEP_DAYS - 1) : last;
        const [first] = freeSlots({
          format,
          rules: advisorRules,
          exceptions: exceptions.get(format.advisorId) ?? [],
          scheduled: scheduled.get(format.advisorId) ?? [],
          from,
          to,
          now,
        });
        if (first) {
          result.set(format.id, first.startsAt);
          break;
        }
      }
    }
    return result;
  }

  /**
   * One page of `formats` ordered by their next free time (soonest first, formats without one last,
   * then by id); the cursor is (next free time in ms, id). `nextFree` holds the times computed.
   */
  async pageByNextFree(
    formats: readonly ConsultationFormat[],
    pageArgs: PageArgs,
    now = new Date(),
  ): Promise<{ page: Connection<ConsultationFormat>; nextFree: Map<string, Date | null> }> {
    const page = keysetPage(pageArgs, 2);
    const nextFree = await this.nextFree(formats, now);
    const keyOf = (format: ConsultationFormat): [number, string] => [nextFree.get(format.id)?.getTime() ?? Number.MAX_SAFE_INTEGER, format.id];
    const sorted = [...formats].sort((a, b) => {
      const [ka, kb] = [keyOf(a), keyOf(b)];
      return ka[0] - kb[0] || ka[1].localeCompare(kb[1]);
    });
    const after = page.after ? Number(page.after[0]) : null;
    if (after !== null && !Number.isSafeInteger(after)) throw new InvalidCursorError();
    const rest = page.after
      ? sorted.filter((format) => {
          const [time, id] = keyOf(format);
          return time > after! || (time === after && id > page.after![1]!);
        })
      : sorted;
    const connection = toConnection(
      rest.slice(0, page.take + 1),
      page,
      formats.length,
      (format) => keyOf(format).map(String),
      (format) => format,
    );
    return { page: connection, nextFree };
  }
}
