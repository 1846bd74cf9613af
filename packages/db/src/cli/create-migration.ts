import { createDatabase } from '../client';
import { createMigration } from '../migrate';
import { DATABASE_HELP, parseOptions, UsageError } from './command-line';
import { runCli } from './run-cli';

void runCli({
  help: `Usage: npm run db:migration -- --name <name>

Creates the next migration in prisma/migrations from prisma/schema.prisma (as prisma migrate dev
--create-only does). Brings the development database up to date first; if it has drifted from the
history, run it against a fresh one: PGLITE_DATA_DIR=memory:// npm run db:migration -- --name <name>

Options:
  --name <name>  name of the migration: a-z, 0-9 and _
  -h, --help     show this help and exit

${DATABASE_HELP}`,
  parse: (argv) => {
    const { name } = parseOptions(argv, { name: { type: 'string' } });
    if (!name) throw new UsageError('--name is missing');
    return { name };
  },
  run: async ({ name }) => {
    const db = await createDatabase();
    try {
      console.log(`Creating migration "${name}" against ${db.connection.description} …`);
      const created = await createMigration(db.connection, name);
      console.log(created ? `Created ${created.file}` : 'The schema has no changes: no migration created.');
    } finally {
      await db.close();
    }
  },
});
