// Child processes of the image test: docker, psql tools, caddy — with their output kept for errors.
import { execFile, spawn, type ChildProcess } from 'node:child_process';

/** A free local port (nobody listens on it yet). */
export { closedPort as freePort } from '../../apps/api/test/support/smtp';

export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never throws for a non-zero exit (the caller decides). */
export function run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Output> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Runs a command that must succeed; its output is in the error otherwise. */
export async function must(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<string> {
  const out = await run(command, args, options);
  if (out.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${out.code}\n${out.stdout}\n${out.stderr}`);
  return out.stdout;
}

/** A long-running process whose output is collected (for the failure message). */
export function background(command: string, args: readonly string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  return { child, output: () => output };
}

/** Polls `probe` until it returns true, or fails after `seconds` with `what`. Returns the seconds waited. */
export async function waitFor(what: string, seconds: number, probe: () => Promise<boolean>, onTimeout?: () => string): Promise<number> {
  const begin = Date.now();
  while (Date.now() - begin < seconds * 1000) {
    if (await probe().catch(() => false)) return (Date.now() - begin) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${seconds} s${onTimeout ? `\n${onTimeout()}` : ''}`);
}
