// Writes apps/api/schema.graphql from the code-first resolvers (sorted), or with --check fails when
// the committed file is stale. Needs no database: the Prisma client connects lazily.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createDatabase } from '@wiw/db';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');
const HEADER = '# Generated from the NestJS code-first resolvers by `npm run schema:emit`. Do not edit.\n\n';

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', WEB_DIST_DIR: path.join(__dirname, 'no-web-client') });
  // Never queried: the schema is built from decorators alone.
  const database = await createDatabase({ kind: 'postgres', url: 'postgresql://schema-emitter@127.0.0.1:1/none' });
  const app = await createApp(config, database);
  const schema = HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== schema) {
      console.error('apps/api/schema.graphql is stale: run `npm run schema:emit` and commit the result.');
      process.exit(1);
    }
    console.log('apps/api/schema.graphql is up to date.');
  } else {
    writeFileSync(SCHEMA_FILE, schema);
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
  process.exit(0);
}

void main();
