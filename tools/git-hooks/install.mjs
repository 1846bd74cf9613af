// Root `prepare` script: `npm install` installs the git hooks of lefthook.yml where that makes sense.
// Skipped in CI, outside a git checkout (Docker builds), without lefthook (production installs) and in
// a linked worktree: worktrees share the main checkout's hooks folder, so installing from one would
// change the hooks of every other worktree (run `npx lefthook install` in the main checkout instead).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const enabled = (value) => Boolean(value) && value !== '0' && value !== 'false';

function reason() {
  if (enabled(process.env.CI)) return 'CI';
  if (process.env.LEFTHOOK !== undefined && !enabled(process.env.LEFTHOOK)) return 'LEFTHOOK=0';
  const git = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-dir', '--git-common-dir'], { encoding: 'utf8' });
  if (git.status !== 0) return 'not a git checkout';
  const [gitDir, commonDir] = git.stdout.trim().split('\n');
  if (path.resolve(gitDir) !== path.resolve(commonDir)) return 'linked worktree (hooks are shared with the main checkout)';
  if (!existsSync('node_modules/.bin/lefthook')) return 'lefthook is not installed';
  return null;
}

const skip = reason();
if (skip) {
  console.log(`git hooks not installed: ${skip}`);
} else if (spawnSync('node_modules/.bin/lefthook', ['install'], { stdio: 'inherit' }).status !== 0) {
  console.warn('lefthook install failed: commits run without the pre-commit hook (see lefthook.yml).');
}
