import { createDatabase } from '../client';
import { applyMigrations } from '../migrate';
import { runCli } from './run-cli';

void runCli(async () => {
  const db = await createDatabase();
  try {
    console.log(`Applying migrations to ${db.connection.description} …`);
    const { applied } = await applyMigrations(db.connection);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await db.close();
  }
});
