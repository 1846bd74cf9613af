import { createDatabase } from '../client';
import { applyMigrations } from '../migrate';
import { DATABASE_HELP, parseOptions } from './command-line';
import { runCli } from './run-cli';

void runCli({
  help: `Usage: npm run db:migrate   (in the image: node packages/db/dist/cli/migrate.js)

Applies the pending migrations of prisma/migrations, each in one transaction, and records them in
_prisma_migrations (as prisma migrate deploy does). The portal does the same on start unless
MIGRATE_ON_START=false.

Options:
  -h, --help  show this help and exit

${DATABASE_HELP}`,
  parse: (argv) => parseOptions(argv, {}),
  run: async () => {
    const db = await createDatabase();
    try {
      console.log(`Applying migrations to ${db.connection.description} …`);
      const { applied } = await applyMigrations(db.connection);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
    } finally {
      await db.close();
    }
  },
});
