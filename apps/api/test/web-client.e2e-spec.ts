import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { IMMUTABLE } from '../src/web/serve-web-client';
import { PRODUCTION_ENV, startTestApp, type TestApp } from './support/test-app';

/*
 * The built web client as the API delivers it in production, on a client folder laid out like
 * Vite's output after the delivery plugin: hashed assets with their .br and .gz copies, and a
 * stray source map that must not be served. Requests go through node:http, which (unlike fetch)
 * does not decode bodies, so the bytes on the wire are compared with the files.
 */

const SCRIPT = Buffer.from(`export const portal = ${JSON.stringify('Wirtschaftsinitiative Westfalen '.repeat(200))};\n`);
const BROTLI = brotliCompressSync(SCRIPT);
const GZIP = gzipSync(SCRIPT, { level: 9 });
const INDEX =
  '<!doctype html><html lang="de"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('delivery of the web client in production', () => {
  let dist: string;
  let t: TestApp;
  const asset = () => `${t.url}/assets/index-Ab12Cd34.js`;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'wiw-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js.br'), BROTLI);
    writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js.gz'), GZIP);
    writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js.map'), '{"version":3,"sources":["secret/src/main.tsx"]}');
    writeFileSync(path.join(dist, 'assets', 'font-Ef56Gh78.woff2'), Buffer.from('wOF2 font bytes'));
    t = await startTestApp({ webDistDir: dist, env: PRODUCTION_ENV });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli file as it is to a browser that accepts br, cached for good', async () => {
    const reply = await rawGet(asset(), { 'accept-encoding': 'gzip, deflate, br' });
    expect(reply.status).toBe(200);
    expect(reply.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': IMMUTABLE });
    expect(reply.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(reply.body.equals(BROTLI)).toBe(true);
    expect(brotliDecompressSync(reply.body).equals(SCRIPT)).toBe(true);
  });

  it('sends the gzip file to a client that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gzip = await rawGet(asset(), { 'accept-encoding': 'gzip' });
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': IMMUTABLE });
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.body.equals(GZIP)).toBe(true);
    expect(gunzipSync(gzip.body).equals(SCRIPT)).toBe(true);

    const plain = await rawGet(asset(), { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.equals(SCRIPT)).toBe(true);
  });

  it('caches other hashed assets for good too, even without a compressed copy', async () => {
    const font = await rawGet(`${t.url}/assets/font-Ef56Gh78.woff2`, { 'accept-encoding': 'br' });
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('never caches index.html, the client-side routes or other files at the root', async () => {
    for (const url of ['/', '/index.html', '/themenfelder/it-competence', '/konto/passwort-zuruecksetzen?token=abc']) {
      const reply = await rawGet(`${t.url}${url}`, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.body.toString()).toBe(INDEX);
    }
    expect((await rawGet(`${t.url}/favicon.svg`)).headers['cache-control']).toBe('no-cache');
  });

  it('serves no source map and no compressed copy by its own name: 404', async () => {
    for (const url of [
      '/assets/index-Ab12Cd34.js.map',
      '/assets/index-Ab12Cd34.js.br',
      '/assets/index-Ab12Cd34.js.gz',
      '/assets/missing-Zz99.js.map',
    ]) {
      const reply = await rawGet(`${t.url}${url}`, { 'accept-encoding': 'br, gzip' });
      expect(reply.status).toBe(404);
      expect(reply.body.toString()).not.toContain('secret/src');
    }
  });
});
