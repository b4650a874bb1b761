import { resolve } from 'node:path';
import { Queue, UnrecoverableError, Worker, type Job, type WorkerOptions as BullWorkerOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { InputError, OutputError } from '../../io/errors.js';
import { decisionsToApply } from '../../review/kept.js';
import { RefusedDocument } from '../refused.js';
import { usedTermbase, versionWithTermbase } from '../../glossary/project-termbase.js';
import { connectionReason, probeRedis, redisTarget, workerOptions, type RedisTarget } from '../redis.js';
import { Manifest, type ManifestEntry } from '../manifest.js';
import { prepareOutput } from '../output.js';
import { WorkerRunner } from '../pool.js';
import type { SourceDocument } from '../sources.js';
import { documentVersion, resultVersion } from '../version.js';
import { DEFAULT_QUEUE, DONE, queueKeys, type QueueConfig } from './connection.js';
import { ATTEMPTS } from './enqueue.js';
import { QueueReducer } from './reducer.js';
import { WorkerStopped, type WorkerEvent } from './events.js';

/** A job's data: the document, and once done, its text dropped (see the worker's `completed`). */
type QueuedDocument = SourceDocument & { stripped?: true };

export interface WorkerOptions extends QueueConfig {
  out: string;
  concurrency?: number;
  /** How long a job stays locked to a worker that stopped answering (ms). */
  lockMs?: number;
  onEvent?: (event: WorkerEvent) => void;
}

export interface RunningWorker {
  /** Resolves when the queue is drained and the reduce has run (by this or another worker); rejects as `stopped()` does. */
  drained(): Promise<void>;
  /** Rejects with a WorkerStopped when the worker cannot go on; never resolves. */
  stopped(): Promise<never>;
  close(): Promise<void>;
}

/**
 * A worker: takes the queue's jobs, processes each document into the shared
 * output folder, and when it finds the queue drained, reduces it
 * (QueueReducer), unless another worker does.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const name = options.name ?? DEFAULT_QUEUE;
  const k = queueKeys(name);
  const { out, manifest, termbase, version, target } = await prepare(options);
  const conn = workerOptions(target);
  const queue = new Queue<SourceDocument>(name, { connection: conn });
  const dead = new Queue(`${name}-dead`, { connection: conn });
  const client = new Redis(conn);
  // Documents are processed on worker threads, one per job at a time: `concurrency`
  // jobs then use as many cores, this thread stays free to renew the jobs' locks while
  // a long document is processed, and each thread's heap is capped (see pool.ts).
  const runner = new WorkerRunner(options.concurrency ?? 1, version, manifest.dir, termbase);
  const ending = endings();
  const reducer = new QueueReducer({
    client,
    queue,
    keys: k,
    name,
    url: target.shown,
    out: options.out,
    resolvedOut: out,
    termbase,
    shrinkThreads: () => runner.shrink(),
    drained: ending.drained,
    giveUp: ending.giveUp,
    stop: ending.stop,
    onEvent: options.onEvent,
  });
  reportOutages(client, [queue, dead], target.shown, () => reducer.closing, options.onEvent);

  const handle = processor({ manifest, runner, version, client, generationKey: k.generation, stop: ending.stop });
  const worker = new Worker<QueuedDocument, { shard: string }>(name, handle, workerSettings(options, conn));
  worker.on('error', () => {});

  // A check cut short by the worker closing (its connection gone) is no failure to report.
  const check = () =>
    void reducer.check().catch((e: Error) => {
      if (!reducer.closing) options.onEvent?.({ state: 'failed', id: '(reduce)', reason: e.message, final: false });
    });
  const stripping = followJobs(worker, dead, check, options.onEvent);
  // Other workers may finish the last job, or a reducer may die: look again now and then.
  const timer = setInterval(check, 500);
  check();

  return {
    drained: () => ending.drainedPromise,
    stopped: () => ending.stoppedPromise,
    async close() {
      clearInterval(timer);
      await reducer.close();
      await Promise.all(stripping);
      await worker.close();
      await runner.close();
      await queue.close();
      await dead.close();
      client.disconnect();
    },
  };
}

/** The output folder, the reviewer's decisions and Redis, checked before any job is taken. */
async function prepare(options: WorkerOptions): Promise<{ out: string; manifest: Manifest; termbase: string | undefined; version: string; target: RedisTarget }> {
  // Checked before Redis is: a file in the way or a folder that cannot be written is said at once.
  const output = prepareOutput(options.out);
  const out = resolve(options.out);
  const manifest = new Manifest(out);
  const termbase = usedTermbase(out);
  const version = versionWithTermbase(resultVersion(), termbase);
  try {
    // Checked whole before any document is processed, as `run` does: a file with mistakes stops the worker with every one of them.
    decisionsToApply(out);
    const target = redisTarget(options.redis, options.timeoutMs);
    await probeRedis(target);
    return { out, manifest, termbase, version, target };
  } catch (error) {
    // A worker that never started leaves no empty output folder behind.
    output.removeCreated();
    throw error;
  }
}

/** BullMQ's settings: jobs at once, and how long a job stays locked to a worker that stopped answering. */
function workerSettings(options: WorkerOptions, connection: RedisOptions): BullWorkerOptions {
  const lockMs = options.lockMs ?? 30_000;
  return { connection, concurrency: options.concurrency ?? 1, lockDuration: lockMs, stalledInterval: Math.max(500, Math.floor(lockMs / 2)), maxStalledCount: ATTEMPTS };
}

/** What processes one job: its document into the output folder, unless the manifest has it already. */
function processor(p: { manifest: Manifest; runner: WorkerRunner; version: string; client: Redis; generationKey: string; stop: (error: WorkerStopped) => void }) {
  return async (job: Job<QueuedDocument>): Promise<{ shard: string }> => {
    const doc = job.data;
    let shard = p.manifest.done(doc.id, doc.hash, documentVersion(p.version, doc.maxSentences))?.shard;
    if (shard === undefined) {
      // A done job retried by hand (after an upgrade, say) no longer has its text: processing it would store an empty result under the real hash.
      if (doc.stripped) throw new RefusedDocument(new InputError('jobTextDropped', doc.path, { id: doc.id }, doc.line));
      let entry: ManifestEntry;
      try {
        entry = await p.runner.run(doc);
        p.manifest.record(entry);
      } catch (error) {
        // A full disk fails every job after this one the same way: the worker stops, and the job waits for another.
        if (error instanceof OutputError && error.key === 'noSpace') p.stop(new WorkerStopped('output', {}, error));
        throw error instanceof InputError ? new RefusedDocument(error) : error;
      }
      shard = entry.shard;
    }
    // Before the job counts as done: a reduce that saw the queue idle only after it sees the generation moved
    // (a job retried by hand is reduced again, as one added is).
    await p.client.incr(p.generationKey);
    return { shard };
  };
}

/**
 * Says what became of each job, drops a done job's text, and records a job
 * that failed for good in the dead letters; each may have drained the queue,
 * so `check` looks. Returns the text drops under way, for a close to wait for.
 */
function followJobs(worker: Worker<QueuedDocument>, dead: Queue, check: () => void, onEvent: WorkerOptions['onEvent']): Set<Promise<void>> {
  const stripping = new Set<Promise<void>>();
  worker.on('completed', (job) => {
    onEvent?.({ state: 'done', id: job.data.id });
    // Its result is in the output folder: the job keeps only what names it, not the document's text,
    // which Redis would otherwise hold for every document ever done (docs/queue.md says how much).
    const stripped = job.updateData({ ...job.data, input: DONE, stripped: true }).catch(() => {});
    stripping.add(stripped);
    void stripped.finally(() => stripping.delete(stripped));
    check();
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    // An unrecoverable error ends the job at once, as BullMQ does to one that stalled too often (its worker kept dying).
    const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    const input = error instanceof RefusedDocument ? error.input : undefined;
    onEvent?.({ state: 'failed', id: job.data.id, reason: error.message, final, input });
    if (final) {
      void dead
        .add('dead', { id: job.data.id, path: job.data.path, reason: error.message, jobId: job.id }, { jobId: job.id })
        .then(check, (e: Error) => onEvent?.({ state: 'failed', id: job.data.id, reason: `dead letter not recorded: ${e.message}`, final: true }));
    }
  });
  return stripping;
}

/** The two ways a worker ends: the queue drained and reduced, or stopped for good (which rejects both). */
function endings() {
  let onDrained: (() => void) | undefined;
  let onGiveUp: ((error: Error) => void) | undefined;
  const drainedPromise = new Promise<void>((resolve, reject) => {
    onDrained = resolve;
    onGiveUp = reject;
  });
  let onStop: ((error: WorkerStopped) => void) | undefined;
  const stoppedPromise = new Promise<never>((_, reject) => (onStop = reject));
  // A failure is thrown where `drained()` or `stopped()` is awaited, not as an unhandled rejection before.
  drainedPromise.catch(() => {});
  stoppedPromise.catch(() => {});
  return {
    drainedPromise,
    stoppedPromise,
    drained: () => onDrained?.(),
    /** The queue is drained and nothing can be reduced: `drained()` says why, the worker itself may go on. */
    giveUp: (error: WorkerStopped) => onGiveUp?.(error),
    /** The worker cannot go on: both promises say why. */
    stop: (error: WorkerStopped) => {
      onGiveUp?.(error);
      onStop?.(error);
    },
  };
}

/** An outage is said once when it starts and once when it ends; the pause between reconnections grows (workerOptions). */
function reportOutages(client: Redis, queues: Queue[], url: string, closing: () => boolean, onEvent: WorkerOptions['onEvent']): void {
  // BullMQ's own connections fail and come back with this one; their errors would repeat its news every second.
  for (const q of queues) q.on('error', () => {});
  let lastReason = '';
  let down = false;
  client.on('error', (e: unknown) => void (lastReason = connectionReason(e)));
  client.on('close', () => {
    if (down || closing()) return;
    down = true;
    onEvent?.({ state: 'lost', url, reason: lastReason || 'connection closed' });
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    onEvent?.({ state: 'back', url });
  });
}
