import type { Logger } from '@nestjs/common';
import { applyMigrations, seedDemoActivity, seedDemoData, seedReferenceData, withStartupLock, type Database } from '@wiw/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PasswordHasher, seedDemoAccounts } from '../accounts';
import type { AppConfig } from '../config/config';
import { DEMO_ADVISORS, seedDemoWorkbench } from '../workbench';
import { seedDemoMeetings } from '../meetings';
import { seedDemoNews } from '../publications';

/** "7 regions, 45 municipalities" from a report of created rows; null when nothing was created. */
function describeCreated(report: Record<string, number>, labels: Record<string, string>): string | null {
  const parts = Object.entries(report)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${labels[kind] ?? kind}`);
  return parts.length ? parts.join(', ') : null;
}

const LABELS = {
  regions: 'regions',
  municipalities: 'municipalities',
  topicFields: 'topic fields',
  organisations: 'organisations',
  skills: 'skills',
  legalPages: 'legal pages',
  projects: 'projects',
  needs: 'needs',
  offers: 'offers',
  regionStatistics: 'illustrative region figures',
  coworkingPlaces: 'co-working places',
  contactRequests: 'contact requests',
  bookings: 'workbench bookings',
  deskBookings: 'co-working desk days',
};

/**
 * What a start does to the database before serving, each step logged: migrations (unless
 * MIGRATE_ON_START=false), the reference data (always: regions, municipalities, topic fields,
 * member organisations, research institutes, skills, default legal pages), the demo data with SEED_DEMO_DATA, and the
 * demo accounts and the generated demo activity (18 months of needs, contacts and bookings) outside production. Reference and demo data load under the start-up lock, so
 * replicas starting together take turns; both only create what is missing.
 */
export async function prepareDatabase(
  database: Database,
  config: Pick<AppConfig, 'env' | 'migrateOnStart' | 'seedDemoData'>,
  logger: Pick<Logger, 'log'>,
): Promise<void> {
  if (config.migrateOnStart) {
    const { applied } = await applyMigrations(database.connection);
    logger.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  } else {
    logger.log('Migrations are not applied on start (MIGRATE_ON_START=false).');
  }
  const prisma = database.prisma;
  await withStartupLock(database.connection, async () => {
    const reference = describeCreated({ ...(await seedReferenceData(prisma)) }, LABELS);
    logger.log(reference ? `Reference data loaded: ${reference}.` : 'Reference data present.');
    if (!config.seedDemoData) {
      logger.log('Demo data: off (SEED_DEMO_DATA=false).');
      return;
    }
    const demo = describeCreated({ ...(await seedDemoData(prisma)) }, LABELS);
    logger.log(demo ? `Demo data loaded (fictional): ${demo}.` : 'Demo data present.');
    if (config.env === 'production') return;
    const passwords = new PasswordHasher();
    await seedDemoAccounts(prisma, passwords);
    await seedDemoWorkbench(prisma, passwords);
    await seedDemoMeetings(prisma);
    await seedDemoNews(prisma);
    const activity = describeCreated({ ...(await seedDemoActivity(prisma)) }, LABELS);
    logger.log(activity ? `Demo activity generated (fictional, last 18 months): ${activity}.` : 'Demo activity present.');
    logger.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} – ${a.what}`).join('; ')}`);
    logger.log(`Demo advisors of the workbench (same password): ${DEMO_ADVISORS.map((a) => a.email).join(', ')}`);
  });
}
