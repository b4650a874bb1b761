import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './temp.js';

/** A free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface TestRedis {
  url: string;
  port: number;
  /** Its data folder (`dump.rdb` once saved). */
  dir: string;
  stop: () => Promise<void>;
}

/**
 * A throwaway redis-server (Debian package `redis-server`; .ci/run installs it)
 * on a loopback port, without persistence. Given a port and a folder, it
 * starts there again: a restart under running workers, with the data saved
 * in that folder (`SAVE` before the stop) or, in a fresh folder, without it.
 */
export async function startRedis(at: { port?: number; dir?: string } = {}): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('redis-server is not installed: `apt-get install redis-server` (.ci/run does it)');
  }
  const port = at.port ?? (await freePort());
  const dir = at.dir ?? tempDir('mbt-redis-');
  const proc: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    proc.stdout!.on('data', (b: Buffer) => {
      if (b.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    dir,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
