import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI, as `npx medbitext` runs it (npm test builds dist/ first). */
export const CLI = fileURLToPath(new URL('../../bin/medbitext.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function medbitext(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...options.env },
    timeout: 120_000,
  });
}

/** Start the CLI without waiting (for kill tests and long-running workers). */
export function medbitextAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * What a child started by `medbitextAsync` wrote and how it ended, once its
 * output is closed too (`exit` can come before the last of stderr). Unlike
 * `medbitext`, waiting does not hold up the other tests of a concurrent suite.
 */
export function finished(child: ReturnType<typeof medbitextAsync>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}
