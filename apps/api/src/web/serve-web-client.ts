import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Hashed build output (Vite puts content hashes into these names): cacheable for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web client (apps/web/dist) at "/" from the same port as the API; returns
 * whether it exists (without it the API still runs).
 * - Files under assets/ carry a content hash: cached for a year, `immutable`. Everything else
 *   (index.html, favicon, the client-side routes' fallback) is `no-cache`.
 * - The build writes brotli and gzip copies beside the assets (`*.br`, `*.gz`); they are sent as
 *   they are, by the request's Accept-Encoding, with `Content-Encoding` and `Vary: Accept-Encoding`.
 *   The copies themselves and source maps (`*.map`, should one be left in the folder) are never
 *   served: 404.
 */
export async function serveWebClient(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const available = existsSync(path.join(dir, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      preCompressed: true,
      globIgnore: ['**/*.map', '**/*.br', '**/*.gz'],
      setHeaders: (res, filePath) => {
        const hashed = path.relative(dir, filePath).split(path.sep)[0] === 'assets';
        res.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
  } else {
    new Logger('Web').warn(`No web client at ${dir}: run "npm run build" to serve it at /.`);
  }
  return available;
}
