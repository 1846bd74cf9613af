import type { PrismaClient } from '@wiw/db';
import type { Metrics } from './metrics';

/** Gauges read from the database at scrape time: the mail outbox and the dashboard's freshness. */
export function registerDatabaseGauges(metrics: Metrics, prisma: PrismaClient): void {
  metrics.gaugeOnScrape('wiw_outbox_messages', 'Mails in the outbox waiting to be sent (pending) or given up (failed)', ['status'], async (gauge) => {
    const counts = await prisma.outboxMessage.groupBy({ by: ['status'], where: { status: { in: ['PENDING', 'FAILED'] } }, _count: true });
    for (const status of ['PENDING', 'FAILED'] as const) {
      gauge.set({ status: status.toLowerCase() }, counts.find((row) => row.status === status)?._count ?? 0);
    }
  });
  metrics.gaugeOnScrape('wiw_outbox_oldest_pending_age_seconds', 'Age of the oldest pending mail (0 when none is pending)', [], async (gauge) => {
    const oldest = await prisma.outboxMessage.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
    gauge.set(oldest ? (Date.now() - oldest.createdAt.getTime()) / 1000 : 0);
  });
  metrics.gaugeOnScrape(
    'wiw_dashboard_refresh_age_seconds',
    "Age of the dashboard's last refresh (the refresh job's last success); -1 before the first",
    [],
    async (gauge) => {
      const last = await prisma.dashboardRefresh.findFirst({ orderBy: { refreshedAt: 'desc' }, select: { refreshedAt: true } });
      gauge.set(last ? (Date.now() - last.refreshedAt.getTime()) / 1000 : -1);
    },
  );
}
