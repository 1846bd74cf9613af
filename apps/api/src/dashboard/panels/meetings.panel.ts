import { Prisma, type PrismaClient, type Side } from '@wiw/db';
import type { DashboardScope } from '../models/dashboard.model';
import { KpiCount } from '../models/kpi.model';
import { DecisionMilestoneStatus, type MeetingsPanel } from '../models/meetings-panel.model';
import { months } from './pieces';
import type { RegionInfo } from './regions';
import { storedTable, within, type StoredPanel } from './stored-control';

interface Row {
  kind: 'held' | 'participants' | 'decisions';
  /** participants: the region of their organisation ('' without one); decisions: the status. */
  key: string;
  piece: string;
  n: number;
}

const HELD = 'meetings-held';
const ALL = 'participants|*';
const key = (region: string) => `participants|${region}`;
const side = (s: Side) => `participants|side:${s}`;
const DECISIONS = 'decisions';
const STATUSES = Object.values(DecisionMilestoneStatus);
const decisionKey = (status: string) => `decisions|${status}`;

/**
 * Meetings held and their participants, and the decisions taken in the minutes, by month
 * (`DashboardMeetingFactsByMonth`, as of the refresh). A meeting is held when it started within
 * the period (its Berlin day), has ended and was not cancelled; participants are registrations
 * holding a seat (attendance is the organiser side's), counted by the region of their organisation
 * (organisations outside the partnership's regions are not counted). Decisions are those of the
 * minutes of meetings not cancelled, taken within the period, by where they led (no milestone, or
 * its milestone done, open, overdue). The full table: every region, each side as the line of its
 * regions, the total as the line of the sides, the decisions as the line of the four statuses.
 */
export const meetingsControl: StoredPanel<Row> = {
  name: 'meetings',
  query: Prisma.sql`SELECT "kind", "key", "piece", "n" FROM ${months('DashboardMeetingFactsByMonth')}`,
  fill(table, period, regions, rows) {
    const partnership = regions.filter((region) => region.side !== null);
    const sides = [...new Set(partnership.map((region) => region.side!))];
    table.ensure(HELD);
    for (const region of partnership) table.ensure(key(region.key));
    for (const status of STATUSES) table.ensure(decisionKey(status));
    for (const row of within(rows, period)) {
      if (row.kind === 'held') table.add(HELD, row.piece, row.n);
      else if (row.kind === 'decisions') table.add(decisionKey(row.key), row.piece, row.n);
      else if (partnership.some((region) => region.key === row.key)) table.add(key(row.key), row.piece, row.n);
    }
    for (const s of sides)
      table.sum(
        side(s),
        partnership.filter((region) => region.side === s).map((region) => key(region.key)),
      );
    table.sum(
      ALL,
      sides.map((s) => side(s)),
    );
    table.sum(DECISIONS, STATUSES.map(decisionKey));
  },
};

export async function meetingsPanel(prisma: PrismaClient, scope: DashboardScope, regions: RegionInfo[]): Promise<MeetingsPanel> {
  const { shown } = await storedTable(prisma, meetingsControl, scope.period);
  const partnership = regions.filter((region) => region.side !== null);
  const sides = [...new Set(partnership.map((region) => region.side!))];
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
