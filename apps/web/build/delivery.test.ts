import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES, moveSourceMaps, precompressAssets } from './delivery';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wiw-delivery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (relative: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), content);
};

describe('precompressAssets', () => {
  it('writes .br and .gz copies that decode to the file, for text files large enough to gain', async () => {
    const script = `console.log(${JSON.stringify('Themenfeld '.repeat(500))});`;
    write('dist/assets/index-Ab12.js', script);
    write('dist/assets/index-Cd34.css', `.card { color: #0b4f6c; }\n`.repeat(100));
    write('dist/assets/tiny-Ef56.js', 'export {};');
    write('dist/assets/font-Gh78.woff2', Buffer.alloc(4096, 7));
    const assets = path.join(dir, 'dist/assets');

    const report = await precompressAssets(assets);
    expect(report.files).toBe(2);
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
    expect(report.gzipBytes).toBeLessThan(report.bytes / 5);
    const file = (name: string) => readFileSync(path.join(assets, name));
    expect(brotliDecompressSync(file('index-Ab12.js.br')).toString()).toBe(script);
    expect(gunzipSync(file('index-Ab12.js.gz')).toString()).toBe(script);
    expect(existsSync(path.join(assets, 'index-Cd34.css.br'))).toBe(true);
    expect('export {};'.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(existsSync(path.join(assets, 'tiny-Ef56.js.br'))).toBe(false);
    expect(existsSync(path.join(assets, 'font-Gh78.woff2.br'))).toBe(false);
  });
});

describe('moveSourceMaps', () => {
  it('moves every map out of dist, keeping its path, and empties the target first', async () => {
    write('dist/assets/index-Ab12.js', 'code');
    write('dist/assets/index-Ab12.js.map', '{"version":3}');
    write('dist/nested/deep/x.css.map', '{"version":3}');
    write('maps/stale-from-last-build.js.map', '{}');

    expect(await moveSourceMaps(path.join(dir, 'dist'), path.join(dir, 'maps'))).toBe(2);
    expect(existsSync(path.join(dir, 'dist/assets/index-Ab12.js.map'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist/assets/index-Ab12.js'))).toBe(true);
    expect(readFileSync(path.join(dir, 'maps/assets/index-Ab12.js.map'), 'utf8')).toBe('{"version":3}');
    expect(existsSync(path.join(dir, 'maps/nested/deep/x.css.map'))).toBe(true);
    expect(existsSync(path.join(dir, 'maps/stale-from-last-build.js.map'))).toBe(false);
  });
});
