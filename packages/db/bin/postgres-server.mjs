// A throwaway PostgreSQL server for tests and CI: initdb in a temp dir, started on a free port on
// 127.0.0.1, stopped and deleted afterwards. As root it runs as the `postgres` OS user (PostgreSQL
// refuses to run as root). Never touches a server it did not start.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The bin folder of the newest PostgreSQL in /usr/lib/postgresql (Debian layout), or null. */
export function findPostgresBin() {
  const explicit = process.env.PG_BIN_DIR;
  if (explicit) return existsSync(path.join(explicit, 'initdb')) ? explicit : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

export async function startPostgres(binDir) {
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? postgresUser() : null;
  if (isRoot && !owner) throw new Error('Running as root, but there is no `postgres` OS user to run PostgreSQL as.');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wiw-pg-'));
  const dataDir = path.join(dir, 'data');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const commandLine = (command, args) =>
    owner ? ['runuser', ['-u', 'postgres', '--', path.join(binDir, command), ...args]] : [path.join(binDir, command), args];
  const run = (command, args) => {
    const result = spawnSync(...commandLine(command, args), { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  let options;
  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    /** Stops the server (fast: open sessions are ended) and starts it again on the same port and data; resolves when it accepts connections (the load benchmark's fault). */
    restart() {
      const [file, argv] = commandLine('pg_ctl', [
        '-D',
        dataDir,
        '-o',
        options,
        '-l',
        path.join(dir, 'server.log'),
        '-m',
        'fast',
        '-w',
        '-t',
        '60',
        'restart',
      ]);
      return new Promise((resolve, reject) => {
        const child = spawn(file, argv, { cwd: dir, stdio: 'ignore' });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}`))));
      });
    },
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
