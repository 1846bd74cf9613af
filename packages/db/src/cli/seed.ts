import { createDatabase } from '../client';
import { applyMigrations } from '../migrate';
import { seedDemoData, seedReferenceData } from '../seed';
import { withStartupLock } from '../startup-lock';
import { DATABASE_HELP, parseOptions } from './command-line';
import { runCli } from './run-cli';

void runCli({
  help: `Usage: npm run db:seed [-- --reference-only]
       (in the image: node packages/db/dist/cli/seed.js [--reference-only])

Applies pending migrations, then loads the reference data (regions, municipalities, the five topic
fields, the member organisations and research institutes, the curated skills: what every
installation needs) and the demo data (fictional companies, illustrative projects, skills board
entries, illustrative region statistics). Creates what is missing and never changes existing rows,
so running it again changes nothing. The portal loads the reference data on every start by itself;
the demo accounts and the workbench demo come with the portal's start (SEED_DEMO_DATA), not from
here. See prisma/seed/README.md for what is real and what is fictional.

Options:
  --reference-only  load the reference data only, no demo data
  -h, --help        show this help and exit

${DATABASE_HELP}`,
  parse: (argv) => {
    const values = parseOptions(argv, { 'reference-only': { type: 'boolean' } });
    return { referenceOnly: values['reference-only'] ?? false };
  },
  run: async ({ referenceOnly }) => {
    const db = await createDatabase();
    try {
      console.log(`Loading ${referenceOnly ? 'reference data' : 'reference and demo data'} into ${db.connection.description} …`);
      const { applied } = await applyMigrations(db.connection);
      if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
      await withStartupLock(db.connection, async () => {
        console.log('Reference data created:', JSON.stringify(await seedReferenceData(db.prisma)));
        if (!referenceOnly) console.log('Demo data created:', JSON.stringify(await seedDemoData(db.prisma)));
      });
    } finally {
      await db.close();
    }
  },
});
