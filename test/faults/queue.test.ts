import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { medbitext, medbitextAsync } from '../helpers/cli.js';
import { makeCorpus } from '../helpers/corpus.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { tempDir } from '../helpers/temp.js';

/** Workers started by a test, ended after it whatever happened. */
const started: Array<{ kill: (signal: NodeJS.Signals) => boolean; exitCode: number | null }> = [];
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function worker(url: string, out: string, name: string, untilDone: boolean) {
  const child = medbitextAsync(['worker', '--redis', url, '--name', name, '--out', out, '--lock-ms', '1500', '--concurrency', '1', ...(untilDone ? ['--exit-when-done'] : [])]);
  started.push(child);
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, log: () => log, exited };
}

async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 100));
}

const count = (log: string, pattern: RegExp) => (log.match(pattern) ?? []).length;
const docs = (out: string) => new Set(readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc as string));

describe('fault suite: a worker whose Redis goes away', () => {
  it('F24 restarted with its data: says so once each way, resumes, and reduces every document', async () => {
    let redis: TestRedis = await startRedis();
    try {
      const out = tempDir('mbt-outage-');
      expect(medbitext(['queue', 'add', makeCorpus(24), '--redis', redis.url, '--name', 'o1']).status).toBe(0);
      const w = worker(redis.url, out, 'o1', true);
      await waitFor(() => count(w.log(), /^done /gm) >= 3);
      // Saved, then stopped under the running worker, and started again on the same port from the same data.
      const client = new Redis(redis.url);
      await client.save();
      client.disconnect();
      await redis.stop();
      await new Promise((r) => setTimeout(r, 1500));
      redis = await startRedis({ port: redis.port, dir: redis.dir });
      expect(await w.exited).toBe(0);
      const log = w.log();
      expect(count(log, /lost Redis at redis:\/\/127\.0\.0\.1:\d+\/0 \(/g)).toBe(1);
      expect(count(log, /is back; going on/g)).toBe(1);
      expect(log).not.toMatch(/ioredis|Unhandled|\n\s+at /);
      expect(log).toMatch(/reduced 24 documents/);
      expect(docs(out).size).toBe(24);
    } finally {
      await redis.stop();
    }
  }, 180_000);

  it('F25 restarted empty: refuses to reduce, says why, and the corpus keeps every document', async () => {
    let redis: TestRedis = await startRedis();
    try {
      const out = tempDir('mbt-outage-');
      expect(medbitext(['queue', 'add', makeCorpus(4), '--redis', redis.url, '--name', 'o2']).status).toBe(0);
      const w = worker(redis.url, out, 'o2', false);
      await waitFor(() => /reduced 4 documents/.test(w.log()));
      const before = readFileSync(join(out, 'alignment.jsonl'), 'utf8');
      await redis.stop();
      // The same port, a fresh data folder: Redis restarted without its data.
      redis = await startRedis({ port: redis.port });
      expect(await w.exited).toBe(2);
      const log = w.log();
      expect(count(log, /lost Redis/g)).toBe(1);
      expect(log).toMatch(/^medbitext: the queue's state in Redis at redis:\/\/127\.0\.0\.1:\d+\/0 is gone .*not reducing/m);
      expect(log).not.toMatch(/reduced 0|\n\s+at /);
      expect(readFileSync(join(out, 'alignment.jsonl'), 'utf8')).toBe(before);

      // One document queued again into the emptied Redis: a worker into that folder will not shrink its corpus to it.
      expect(medbitext(['queue', 'add', join(makeCorpus(1), 'pairs'), '--redis', redis.url, '--name', 'o2']).status).toBe(0);
      const again = worker(redis.url, out, 'o2', true);
      expect(await again.exited).toBe(2);
      expect(again.log()).toMatch(/not reducing: the corpus in .* holds 3 documents that the queue does not \(j1, j3, doc002\)/);
      expect(readFileSync(join(out, 'alignment.jsonl'), 'utf8')).toBe(before);
    } finally {
      await redis.stop();
    }
  }, 180_000);
});

describe('fault suite: queue commands with Redis unreachable or misnamed', () => {
  it('F26 end within the timeout with one line naming the URL, for a closed port, a malformed URL and a missing database', async () => {
    // A folder the worker would create: one that never started leaves none behind.
    const out = join(tempDir('mbt-outage-'), 'out');
    for (const args of [
      ['queue', 'status'],
      ['queue', 'add', makeCorpus(1)],
      ['worker', '--out', out],
    ]) {
      const started = Date.now();
      const r = medbitext([...args, '--redis', 'redis://127.0.0.1:9/0', '--redis-timeout', '2']);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^medbitext: redis:\/\/127\.0\.0\.1:9\/0 {2}cannot reach Redis within 2 s \(connection refused\)/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    const bad = medbitext(['queue', 'status', '--redis', 'notaurl']);
    expect([bad.status, bad.stderr]).toEqual([2, 'medbitext: notaurl  is not a Redis URL (redis://HOST:PORT/DB or rediss://…)\n']);
    expect(medbitext(['worker', '--out', out, '--redis', 'notaurl']).status).toBe(2);
    expect(existsSync(out)).toBe(false);
    const redis = await startRedis();
    try {
      const missing = medbitext(['queue', 'status', '--redis', redis.url.replace(/\/0$/, '/99')]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/^medbitext: redis:\/\/127\.0\.0\.1:\d+\/99 {2}has no database 99 \(the server has 16: 0 to 15\)\n$/);
    } finally {
      await redis.stop();
    }
  }, 120_000);
});
