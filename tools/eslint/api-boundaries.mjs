// The API's layers as import-x `no-restricted-paths` zones, derived from the folders of
// apps/api/src so a new feature folder is covered without editing this file:
// - platform (common/, config/, database/, web/) imports no feature and not the composition root;
// - a feature imports another feature only through its index.ts (its public surface);
// - the composition root (src/*.ts: app, app.module, server, main, …, and the start-up and CLI
//   folders) uses features' index.ts only; nothing below it imports it.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders below the features: infrastructure every feature may use, in any file. */
export const API_PLATFORM = ['common', 'config', 'database', 'web'];
/** Folders that belong to the composition root, like src/*.ts: process start-up and command-line entry points. */
export const API_COMPOSITION = ['startup', 'cli'];

export function apiBoundaryZones(root) {
  const src = path.join(root, 'apps/api/src');
  const folders = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const features = folders.filter((name) => !API_PLATFORM.includes(name) && !API_COMPOSITION.includes(name));
  const compositionFolders = API_COMPOSITION.filter((name) => folders.includes(name)).map((name) => path.join(src, name));
  const composition = [path.join(src, '*.ts'), ...compositionFolders];
  const zones = [];
  for (const below of [...API_PLATFORM.filter((name) => folders.includes(name)), ...features]) {
    const target = path.join(src, below);
    zones.push({ target, from: path.join(src, '*.ts'), message: `${below}/ is below the composition root.` });
    for (const from of compositionFolders) zones.push({ target, from, message: `${below}/ is below the composition root.` });
  }
  for (const platform of API_PLATFORM.filter((name) => folders.includes(name))) {
    const target = path.join(src, platform);
    for (const feature of features) {
      zones.push({
        target,
        from: path.join(src, feature),
        message: `${platform}/ knows no feature; let ${feature}/ provide what ${platform}/ needs (see docs/ARCHITECTURE.md).`,
      });
    }
  }
  for (const feature of features) {
    const publicSurface = {
      from: path.join(src, feature),
      except: ['./index.ts'],
      message: `Use ${feature}/index.ts, the feature's public surface.`,
    };
    for (const target of composition) zones.push({ target, ...publicSurface });
    for (const other of features.filter((name) => name !== feature)) zones.push({ target: path.join(src, other), ...publicSurface });
  }
  return zones;
}
