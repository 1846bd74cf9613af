// Removes from a production `node_modules` what the portal never loads at run time (used by the
// Dockerfile after `npm install --omit=dev`):
//  - packages the lockfile marks `devOptional`: npm keeps them because a production package names
//    them as an optional peer (@prisma/client → prisma, typescript), but nothing here requires them:
//    the Prisma CLI, TypeScript and their dependencies (Prisma Studio, effect, mysql2, …);
//  - Prisma's query compilers for the databases the portal does not use, and source maps.
// Usage: node docker/prune-runtime.mjs [app folder, default the current folder]
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'Usage: node docker/prune-runtime.mjs [folder]\nRemoves devOptional packages, unused Prisma query compilers and *.map files from <folder>/node_modules.',
  );
  process.exit(0);
}

const root = path.resolve(process.argv[2] ?? '.');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const sizeOf = (p) => {
  const s = lstatSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((n, e) => n + sizeOf(path.join(p, e)), 0) : s.size;
};
const before = sizeOf(path.join(root, 'node_modules'));

let packages = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  if (!entry.devOptional || !location.includes('node_modules/')) continue;
  const dir = path.join(root, location);
  if (existsSync(dir)) {
    rmSync(dir, { recursive: true, force: true });
    packages += 1;
  }
}

const unusedProviders = /^query_compiler_(fast|small)_bg\.(cockroachdb|mysql|sqlite|sqlserver)\./;
const runtime = path.join(root, 'node_modules/@prisma/client/runtime');
if (existsSync(runtime)) for (const file of readdirSync(runtime)) if (unusedProviders.test(file)) rmSync(path.join(runtime, file));

const dropMaps = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) dropMaps(full);
    else if (entry.name.endsWith('.map')) rmSync(full);
    else if (entry.isSymbolicLink() && !existsSync(full)) rmSync(full); // .bin links of removed packages
  }
};
dropMaps(path.join(root, 'node_modules'));

const after = sizeOf(path.join(root, 'node_modules'));
const mb = (n) => `${Math.round(n / 1e6)} MB`;
console.log(`prune-runtime: removed ${packages} packages; node_modules ${mb(before)} → ${mb(after)}`);
