// The web client's layers as import-x `no-restricted-paths` zones, derived from the folders of
// src/features so a new feature is covered without editing this file (docs/ARCHITECTURE.md, "Web"):
// - the shared layer (components/, lib/, i18n/, styles/) imports no feature and not the app shell;
// - a feature imports another feature only through its index.ts, and never the app shell;
// - the app shell (app/) uses the features through their index.ts only.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders of src/ below the features: every feature and the app may use them. */
export const WEB_SHARED = ['components', 'lib', 'i18n', 'styles'];

export function webBoundaryZones(webRoot) {
  const src = path.join(webRoot, 'src');
  const featuresDir = path.join(src, 'features');
  const features = readdirSync(featuresDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const app = path.join(src, 'app');
  const zones = [];
  for (const shared of WEB_SHARED) {
    const target = path.join(src, shared);
    zones.push({
      target,
      from: featuresDir,
      message: `${shared}/ is the shared layer: it knows no feature (what several features need moves into components/ or lib/).`,
    });
    zones.push({ target, from: app, message: `${shared}/ is below the app shell.` });
  }
  for (const feature of features) {
    const target = path.join(featuresDir, feature);
    zones.push({ target, from: app, message: 'A feature is below the app shell; shared pieces live in components/ or lib/.' });
    const publicSurface = {
      from: path.join(featuresDir, feature),
      except: ['./index.ts'],
      message: `Use features/${feature}/index.ts, the feature's public surface.`,
    };
    zones.push({ target: app, ...publicSurface });
    for (const other of features.filter((name) => name !== feature)) zones.push({ target: path.join(featuresDir, other), ...publicSurface });
  }
  return zones;
}
