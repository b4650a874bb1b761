/**
 * The distributed mode on one machine: `medbitext queue add` of the bench
 * corpus (as scripts/bench/batch.ts makes it) into a throwaway redis-server,
 * then one `medbitext worker --exit-when-done` (concurrency: the number of
 * cores) that processes every job and runs the reduce. Prints the enqueue
 * rate, the worker's documents/s (start-up and reduce included) and peak
 * RSS, and Redis's memory once the corpus is queued and once it is done.
 * Skipped (exit 0) where redis-server is not installed.
 *
 *   npx tsx scripts/bench/queue.ts             # 10,000 documents (~1 minute on 2 cores)
 *   BENCH_DOCS=1000 npx tsx scripts/bench/queue.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { benchDocuments } from './_corpus.js';
import { startRedis } from '../../test/helpers/redis.js';
import { connection } from '../../src/batch/queue/index.js';

const root = join(import.meta.dirname, '../..');
const n = Number(process.env.BENCH_DOCS ?? 10_000);
if (spawnSync('redis-server', ['--version']).status !== 0) {
  console.log('queue bench: redis-server is not installed, skipped');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'mbt-bench-queue-'));
writeFileSync(join(dir, 'docs.jsonl'), benchDocuments(n).map((d) => JSON.stringify(d)).join('\n') + '\n');
const redis = await startRedis();
const client = new Redis(connection(redis.url));
const usedMb = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]) / 2 ** 20;

/** One CLI command, timed, with its CPU seconds and peak RSS. */
function timed(args: string[]) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(root, 'bin/medbitext.js'), ...args], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`medbitext ${args[0]} failed:\n${r.stderr.split('\n').slice(-5).join('\n')}`);
  const [user, system, rssKb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: +seconds.toFixed(1), cpuSeconds: +(user! + system!).toFixed(1), peakRssMb: +(rssKb! / 1024).toFixed(0) };
}

try {
  const add = timed(['queue', 'add', join(dir, 'docs.jsonl'), '--redis', redis.url, '--name', 'bench']);
  const queuedMb = await usedMb();
  const work = timed(['worker', '--redis', redis.url, '--name', 'bench', '--out', join(dir, 'out'), '--exit-when-done']);
  const doneMb = await usedMb();
  const result = {
    documents: n,
    enqueue: { ...add, docsPerSecond: +(n / add.seconds).toFixed(0) },
    worker: { ...work, docsPerSecond: +(n / work.seconds).toFixed(1) },
    redisMb: { queued: +queuedMb.toFixed(1), done: +doneMb.toFixed(1) },
  };
  console.log(`${String(n).padStart(6)} docs  queue add  ${add.seconds.toFixed(1)} s  (${result.enqueue.docsPerSecond} docs/s)  Redis ${result.redisMb.queued} MB queued`);
  console.log(
    `${String(n).padStart(6)} docs  worker     ${work.seconds.toFixed(1)} s  (CPU ${work.cpuSeconds.toFixed(1)} s)  ${result.worker.docsPerSecond} docs/s with its reduce  peak RSS ${work.peakRssMb} MB  Redis ${result.redisMb.done} MB done`,
  );
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'bench-queue.json'), JSON.stringify(result, null, 2));
} finally {
  client.disconnect();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
