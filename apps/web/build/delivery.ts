import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/*
 * What the production build adds for delivery: every hashed text asset precompressed (brotli at
 * the highest quality and gzip at level 9, written beside it as .br and .gz, which the API sends
 * as they are), and the source maps moved out of dist/ so they are never served (they are kept
 * in sourcemaps/ for reading stack traces; the image copies dist/ only).
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|html|txt|xml)$/;
/** Smaller files gain nothing measurable from compression. */
export const MIN_COMPRESS_BYTES = 1024;

export interface CompressionReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Writes <file>.br and <file>.gz for each compressible file of `dir` (not recursive) where that is smaller. */
export async function precompressAssets(dir: string): Promise<CompressionReport> {
  const report: CompressionReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const content = await readFile(file);
      if (content.length < MIN_COMPRESS_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < content.length) await writeFile(`${file}.br`, br);
      if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
      report.files += 1;
      report.bytes += content.length;
      report.gzipBytes += Math.min(gz.length, content.length);
      report.brotliBytes += Math.min(br.length, content.length);
    }),
  );
  return report;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

/** Moves every *.map of `dist` to the same place under `target` (emptied first); returns how many. */
export async function moveSourceMaps(dist: string, target: string): Promise<number> {
  await rm(target, { recursive: true, force: true });
  const maps = (await filesUnder(dist)).filter((file) => file.endsWith('.map'));
  for (const map of maps) {
    const destination = path.join(target, path.relative(dist, map));
    await mkdir(path.dirname(destination), { recursive: true });
    await rename(map, destination);
  }
  return maps.length;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The Vite plugin: after a build, source maps out of dist/, then assets/ precompressed. */
export function deliveryBuild(options: { sourcemapDir: string }): Plugin {
  let outDir = '';
  return {
    name: 'wiw-delivery',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const maps = await moveSourceMaps(outDir, options.sourcemapDir);
      const assets = path.join(outDir, 'assets');
      if (!(await stat(assets).catch(() => null))) return;
      const report = await precompressAssets(assets);
      this.info(
        `${maps} source maps moved to ${path.relative(process.cwd(), options.sourcemapDir) || options.sourcemapDir}; ` +
          `${report.files} assets precompressed: ${kB(report.bytes)} → gzip ${kB(report.gzipBytes)}, brotli ${kB(report.brotliBytes)}`,
      );
    },
  };
}
