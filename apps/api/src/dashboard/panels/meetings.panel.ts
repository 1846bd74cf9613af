import type { PrismaClient, RegionKey, Side } from '@wiw/db';
import { DisclosureTable } from '@wiw/domain';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import { DecisionMilestoneStatus, type MeetingsPanel } from '../models/meetings-panel.model';
import { periodPieces } from './pieces';
import type { RegionInfo } from './regions';

const HELD = 'meetings-held';
const ALL = 'participants|*';
const key = (region: string) => `participants|${region}`;
const side = (s: Side) => `participants|side:${s}`;
const DECISIONS = 'decisions';
const STATUSES = Object.values(DecisionMilestoneStatus);
const decisionKey = (status: DecisionMilestoneStatus) => `decisions|${status}`;

/**
 * Meetings held and their participants, read live from the meetings (a few rows per meeting) like
 * the co-working panel. A meeting is held when it started within the period (its Berlin day), has
 * ended and was not cancelled; participants are registrations holding a seat (attendance is the
 * organiser side's), counted by the region of their organisation (organisations outside the
 * partnership's regions are not counted). Decisions are those of the minutes of meetings not
 * cancelled, taken within the period, by where they led as of now (no milestone, or its milestone
 * done, open, overdue). The full table (every region, the sides, the total, the decisions and
 * their sum) goes through the disclosure control before the scope's figures are picked.
 */
export async function meetingsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[], now = new Date()): Promise<MeetingsPanel> {
  // Three independent counts (no line ties one to another): side by side.
  const [held, participants, decisions] = await Promise.all([
    prisma.$queryRaw<Array<{ piece: string; meetings: number }>>`
    SELECT date_trunc('month', (m."startsAt" AT TIME ZONE 'Europe/Berlin'))::date::text AS "piece", count(*)::int AS "meetings"
    FROM "Meeting" m
    WHERE m."status" = 'SCHEDULED' AND m."endsAt" <= ${now}
      AND (m."startsAt" AT TIME ZONE 'Europe/Berlin')::date BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date
    GROUP BY 1`,
    prisma.$queryRaw<Array<{ regionKey: RegionKey | null; piece: string; participants: number }>>`
    SELECT mu."regionKey", date_trunc('month', (m."startsAt" AT TIME ZONE 'Europe/Berlin'))::date::text AS "piece", count(*)::int AS "participants"
    FROM "MeetingRegistration" r
    JOIN "Meeting" m ON m."id" = r."meetingId"
    JOIN "Organisation" o ON o."id" = r."organisationId"
    LEFT JOIN "Municipality" mu ON mu."id" = o."municipalityId"
    WHERE r."status" = 'REGISTERED' AND m."status" = 'SCHEDULED' AND m."endsAt" <= ${now}
      AND (m."startsAt" AT TIME ZONE 'Europe/Berlin')::date BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date
    GROUP BY 1, 2`,
    prisma.$queryRaw<Array<{ piece: string; status: DecisionMilestoneStatus; decisions: number }>>`
    SELECT date_trunc('month', (d."decidedAt" AT TIME ZONE 'Europe/Berlin'))::date::text AS "piece",
           CASE WHEN ms."id" IS NULL THEN 'NONE'
                WHEN ms."doneAt" IS NOT NULL THEN 'DONE'
                WHEN ms."dueOn" < (${now}::timestamptz AT TIME ZONE 'Europe/Berlin')::date THEN 'OVERDUE'
                ELSE 'OPEN' END AS "status",
           count(*)::int AS "decisions"
    FROM "MeetingDecision" d
    JOIN "Meeting" m ON m."id" = d."meetingId"
    LEFT JOIN "Milestone" ms ON ms."id" = d."milestoneId"
    WHERE m."status" = 'SCHEDULED'
      AND (d."decidedAt" AT TIME ZONE 'Europe/Berlin')::date BETWEEN ${scope.period.from}::date AND ${scope.period.to}::date
    GROUP BY 1, 2`,
  ]);
  const partnership = regions.filter((region) => region.side !== null);
  const sides = [...new Set(partnership.map((region) => region.side!))];
  const table = new DisclosureTable(periodPieces(scope));
  table.ensure(HELD);
  for (const row of held) table.add(HELD, row.piece, row.meetings);
  for (const region of partnership) table.ensure(key(region.key));
  for (const row of participants) {
    if (partnership.some((region) => region.key === row.regionKey)) table.add(key(row.regionKey!), row.piece, row.participants);
  }
  for (const s of sides) {
    table.sum(
      side(s),
      partnership.filter((region) => region.side === s).map((region) => key(region.key)),
    );
  }
  table.sum(
    ALL,
    sides.map((s) => side(s)),
  );
  for (const status of STATUSES) table.ensure(decisionKey(status));
  for (const row of decisions) table.add(decisionKey(row.status), row.piece, row.decisions);
  table.sum(DECISIONS, STATUSES.map(decisionKey));
  const shown = table.protect();
  const chosen = scope.region && partnership.some((region) => region.key === scope.region) ? scope.region : null;
  return {
    held: KpiCount.in(shown, HELD),
    participants: KpiCount.in(shown, chosen ? key(chosen) : ALL),
    byRegion: partnership.map((region) => ({ region: region.key, participants: KpiCount.in(shown, key(region.key)) })),
    bySide: sides.map((s) => ({ side: s, participants: KpiCount.in(shown, side(s)) })),
    decisions: KpiCount.in(shown, DECISIONS),
    decisionsByMilestone: STATUSES.map((status) => ({ status, decisions: KpiCount.in(shown, decisionKey(status)) })),
  };
}
