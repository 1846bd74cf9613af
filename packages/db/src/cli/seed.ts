import { createDatabase } from '../client';
import { applyMigrations } from '../migrate';
import { seedDemoData } from '../seed';
import { withStartupLock } from '../startup-lock';
import { runCli } from './run-cli';

void runCli(async () => {
  const db = await createDatabase();
  try {
    console.log(`Seeding demo data into ${db.connection.description} …`);
    await applyMigrations(db.connection);
    const report = await withStartupLock(db.connection, () => seedDemoData(db.prisma));
    console.log('Created:', JSON.stringify(report));
  } finally {
    await db.close();
  }
});
