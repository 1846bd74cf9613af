import { createDatabase } from '../client';
import { applyMigrations } from '../migrate';
import { generateScaleData, insertScaleData, removeScaleData } from '../scale-seed';
import { DATABASE_HELP, parseOptions, UsageError } from './command-line';
import { runCli } from './run-cli';

function positiveInt(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 0) throw new UsageError(`${flag} expects a whole number ≥ 0, got "${value}"`);
  return n;
}

function progressBar(done: number, total: number, what: string): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const line = `${what.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total) process.stderr.write(`${line}\n`);
}

void runCli({
  help: `Usage: npm run seed:scale -- [--needs 100000] [--offers 100000] [--seed 42]

Adds generated needs and offers (for benchmarks; never part of a start-up) to the database:
deterministic for a seed, replaces earlier scale data, needs the curated skills of the reference
data. Applies pending migrations first. About 100 s for 100,000 of each on PostgreSQL.

Options:
  --needs <n>   how many needs (default 100000)
  --offers <n>  how many offers (default 100000)
  --seed <n>    seed of the generator (default 42)
  -h, --help    show this help and exit

${DATABASE_HELP}`,
  parse: (argv) => {
    const values = parseOptions(argv, {
      needs: { type: 'string', default: '100000' },
      offers: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
    });
    return { needs: positiveInt(values.needs, '--needs'), offers: positiveInt(values.offers, '--offers'), seed: positiveInt(values.seed, '--seed') };
  },
  run: async (options) => {
    const db = await createDatabase();
    try {
      const started = Date.now();
      console.log(`Scale data (${options.needs} needs, ${options.offers} offers, seed ${options.seed}) into ${db.connection.description} …`);
      await applyMigrations(db.connection);
      const [skills, municipalities] = await Promise.all([
        db.prisma.skill.findMany({ select: { id: true, slug: true, category: true }, orderBy: { slug: 'asc' } }),
        db.prisma.municipality.findMany({ select: { id: true, name: true }, orderBy: [{ regionKey: 'asc' }, { name: 'asc' }] }),
      ]);
      // "Today" is fixed per seed run to the UTC day, so the same seed on the same day gives the same rows.
      const data = generateScaleData({ skills, municipalities, today: new Date() }, options);
      await removeScaleData(db.prisma);
      await insertScaleData(db.prisma, data, progressBar);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `Done in ${seconds} s: ${data.needs.length} needs (${data.needSkills.length} skills), ${data.offers.length} offers (${data.offerSkills.length} skills), ${data.organisations.length} organisations, ${data.users.length} talents.`,
      );
    } finally {
      await db.close();
    }
  },
});
