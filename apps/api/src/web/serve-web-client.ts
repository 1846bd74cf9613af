import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Serves the built web client (apps/web/dist) at "/" from the same port as the API. */
/** Returns whether the client exists; without it the API still runs. */
export async function serveWebClient(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const available = existsSync(path.join(dir, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      setHeaders: (res, filePath) => {
        // Vite puts content hashes into asset names: those can be cached for good.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    new Logger('Web').warn(`No web client at ${dir}: run "npm run build" to serve it at /.`);
  }
  return available;
}
