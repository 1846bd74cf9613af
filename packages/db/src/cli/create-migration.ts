import { parseArgs } from 'node:util';
import { createDatabase } from '../client';
import { createMigration } from '../migrate';
import { runCli } from './run-cli';

void runCli(async () => {
  const { values } = parseArgs({ options: { name: { type: 'string' } } });
  if (!values.name) throw new Error('Usage: npm run db:migration -- --name <name>   (a-z, 0-9 and _)');
  const db = await createDatabase();
  try {
    console.log(`Creating migration "${values.name}" against ${db.connection.description} …`);
    const created = await createMigration(db.connection, values.name);
    console.log(created ? `Created ${created.file}` : 'The schema has no changes: no migration created.');
  } finally {
    await db.close();
  }
});
