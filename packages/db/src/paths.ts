import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding schema.prisma, migrations/ and seed/. Found by walking up from this file
 * (works from src/ and dist/, in the repository and in the Docker image); PRISMA_DIR overrides.
 */
export function prismaDir(): string {
  const override = process.env.PRISMA_DIR;
  if (override) return path.resolve(override);
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'prisma', 'schema.prisma');
    if (existsSync(candidate)) return path.dirname(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('prisma/schema.prisma not found above ' + __dirname + '; set PRISMA_DIR');
    dir = parent;
  }
}

export function repoRoot(): string {
  return path.dirname(prismaDir());
}

export const migrationsDir = (): string => path.join(prismaDir(), 'migrations');
export const seedDir = (): string => path.join(prismaDir(), 'seed');
export const schemaFile = (): string => path.join(prismaDir(), 'schema.prisma');
