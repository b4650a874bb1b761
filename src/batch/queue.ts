import { createHash, randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { resolve } from 'node:path';
import { InputError, OutputError } from '../io/errors.js';
import type { ReadLimits } from '../io/limits.js';
import { commandOptions, connectionReason, probeRedis, redisTarget, workerOptions, type RedisTarget } from './redis.js';
import { droppedIds } from './corpus-ids.js';
import { prepareOutput } from './output.js';
import { Manifest, type ManifestEntry } from './manifest.js';
import { documents, isFailure, type SourceDocument } from './sources.js';
import { storedResults } from './shards.js';
import { WorkerRunner } from './pool.js';
import type { CorpusCounts } from '../types.js';
import { reduce } from './reduce.js';
import { resultVersion } from './version.js';
import { usedTermbase, versionWithTermbase } from '../glossary/project-termbase.js';
import { decisionsToApply } from '../review/kept.js';
import { DecisionsError } from '../review/decisions.js';
import { RefusedDocument } from './refused.js';

/**
 * Distributed runs through BullMQ on Redis. `enqueue` adds one job per
 * document (its id + content hash is the job id, so adding twice is a no-op);
 * any number of `startWorker`s, on any machines, process them into a shared
 * output folder; the worker that sees the queue drained runs the reduce, once.
 * Jobs that keep failing end in the `<name>-dead` queue (dead letters).
 */

export interface QueueConfig {
  redis: string;
  name?: string;
  /** How long to wait for Redis to answer before giving up (ms); a worker keeps retrying after it started. */
  timeoutMs?: number;
}

export const DEFAULT_QUEUE = 'medbitext';
const ATTEMPTS = 3;
/** A job's data: the document, and once done, its text dropped (see the worker's `completed`). */
type QueuedDocument = SourceDocument & { stripped?: true };
/** The input a completed job keeps in place of its document. */
const DONE: SourceDocument['input'] = { kind: 'text', text: '' };

/** Connection options for a URL, as a worker uses them (reconnecting for ever). */
export function connection(url: string): RedisOptions {
  return workerOptions(redisTarget(url));
}

/**
 * A BullMQ job id for a document: a hash of its id and content hash. Ids are
 * data, and BullMQ refuses `:` in a job id (DOI- and `PMID:`-style ids), and
 * an id of digits only; the job's data keeps the document's own id.
 */
export function jobIdOf(doc: { id: string; hash: string }): string {
  return `d${createHash('sha1').update(`${doc.id}@${doc.hash}`).digest('hex')}`;
}

/** A Redis failure in the middle of a command (the connection lost past the timeout) as one line naming the URL. */
function lostRedis(error: unknown, target: RedisTarget): unknown {
  if (error instanceof InputError || error instanceof OutputError) return error;
  return new InputError('redisLost', target.shown, { reason: connectionReason(error) });
}

function keys(name: string) {
  return {
    ids: `medbitext:${name}:ids`,
    order: `medbitext:${name}:order`,
    // `running <token>` while a worker reduces (it expires unless renewed), then `done <generation>`.
    reduced: `medbitext:${name}:reduced`,
    // Counts documents added, each once its job is in the queue: a reduce is the corpus's only if it did not change meanwhile.
    generation: `medbitext:${name}:generation`,
    // Enqueuers at work: a sorted set of tokens scored by when each lapses (ms), renewed while it adds.
    adding: `medbitext:${name}:adding`,
    // Set once by the first `queue add`: a worker that saw it and then finds it gone or changed knows the queue's state was lost.
    epoch: `medbitext:${name}:epoch`,
  };
}

// The marks are timed by the Redis server's clock (TIME), so machines whose clocks disagree agree on them.
const NOW = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)";
/**
 * KEYS[1] reduced, KEYS[2] generation, KEYS[3] the enqueuers' marks,
 * KEYS[4] the epoch; ARGV[1] the worker's token, ARGV[2] the generation it
 * saw before finding the queue idle, ARGV[3] the claim's lifetime (ms),
 * ARGV[4] the epoch the worker knows. `vanished` when the queue's state is
 * not the one the worker knew (Redis restarted empty), `stale` when documents
 * were added or done since that generation was read, `adding` while an
 * enqueuer is at work, `done` when that generation is reduced already,
 * `busy` while another worker reduces, else `claimed` (the claim is this
 * worker's).
 */
const CLAIM = `${NOW}
if redis.call('GET', KEYS[4]) ~= ARGV[4] then return 'vanished' end
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[2] then return 'stale' end
if redis.call('ZCOUNT', KEYS[3], now, '+inf') > 0 then return 'adding' end
local cur = redis.call('GET', KEYS[1])
if cur == 'done ' .. ARGV[2] then return 'done' end
if cur and string.sub(cur, 1, 8) == 'running ' then return 'busy' end
redis.call('SET', KEYS[1], 'running ' .. ARGV[1], 'PX', ARGV[3])
return 'claimed'`;
/** Whether the claim in KEYS[1] (reduced) is still the one of the token ARGV[1]. */
const HOLDS = "redis.call('GET', KEYS[1]) == 'running ' .. ARGV[1]";
/** KEYS[1] reduced, ARGV[1] the token, ARGV[2] the lifetime: renews the claim while it is still this worker's. */
const RENEW = `if ${HOLDS} then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
/** KEYS[1] reduced, ARGV[1] the token: gives the claim up (a failed reduce), if it is still this worker's. */
const RELEASE = `if ${HOLDS} then return redis.call('DEL', KEYS[1]) end return 0`;
/**
 * KEYS[1] reduced, KEYS[2] generation, ARGV[1] the token, ARGV[2] the
 * generation reduced: marks it done if no document was added or done
 * meanwhile (1), else gives the claim up so the queue is reduced again (0).
 */
const FINISH = `if not (${HOLDS}) then return 0 end
if (redis.call('GET', KEYS[2]) or '0') == ARGV[2] then redis.call('SET', KEYS[1], 'done ' .. ARGV[2]) return 1 end
redis.call('DEL', KEYS[1])
return 0`;
/** The reduce's claim, as Lua scripts run by Redis (exported for their tests). */
export const REDUCE_CLAIM = { CLAIM, RENEW, RELEASE, FINISH } as const;

/** Documents added to the queue per round trip. */
const ENQUEUE_BATCH = 100;
/** Failures of one generation's reduce in a worker before its `drained()` gives up. */
const REDUCE_TRIES = 3;
/** How long a reducer's claim lasts unless renewed (it is, every tenth of this). */
const CLAIM_MS = 600_000;
/** How long an enqueuer's mark lasts unless renewed (it is, every third of this): one that died stops holding the reduce back. */
const ADDING_MS = 60_000;

/** KEYS[1] the marks, ARGV[1] this enqueuer's token, ARGV[2] how long it lasts (ms): drops lapsed marks, (re)marks this one. */
const MARK = `${NOW} redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) return redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])`;
/**
 * KEYS[1] the document ids queued, KEYS[2] their order, KEYS[3] the
 * generation; ARGV[1] the job id, ARGV[2] the order entry: a document new to
 * the queue joins the order and moves the generation (1), else nothing (0).
 * Run once its job is in the queue, so an enqueuer stopped between the two
 * leaves the document to be added again, never named without a job.
 */
const JOIN = `if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('INCR', KEYS[3])
return 1`;

export interface EnqueueSummary {
  added: number;
  already: number;
  failed: InputError[];
  /** Documents whose id an earlier one had: they are queued under a new one. */
  renamed: SourceDocument[];
}

/** Add the documents of files/folders as jobs, in input order. */
export async function enqueue(inputs: string[], config: QueueConfig & { limits?: ReadLimits; followOutsideLinks?: boolean }): Promise<EnqueueSummary> {
  const name = config.name ?? DEFAULT_QUEUE;
  const target = redisTarget(config.redis, config.timeoutMs);
  await probeRedis(target);
  const conn = commandOptions(target);
  const queue = new Queue<SourceDocument>(name, { connection: conn });
  const k = keys(name);
  const summary: EnqueueSummary = { added: 0, already: 0, failed: [], renamed: [] };
  const client = new Redis(conn);
  // Failures reach the command that was waiting (as one line); the events would only repeat them.
  queue.on('error', () => {});
  client.on('error', () => {});
  // While documents are being added, workers that run out of jobs must not take the queue for
  // drained: they would reduce part of the corpus, and `--exit-when-done` ones would leave.
  const token = randomUUID();
  // Marks of enqueuers that died are dropped on the way.
  const mark = () => client.eval(MARK, 1, k.adding, token, ADDING_MS);
  let renew: NodeJS.Timeout | undefined;
  try {
    await mark();
    await client.set(k.epoch, randomUUID(), 'NX');
    renew = setInterval(() => void mark().catch(() => {}), ADDING_MS / 3);
    // Documents go in batches, each a round trip for its jobs and one for their joins, not several per document.
    let batch: SourceDocument[] = [];
    const flush = async () => {
      const docs = batch;
      batch = [];
      if (docs.length === 0) return;
      const jobId = jobIdOf;
      // A job id already in the queue adds nothing (BullMQ keeps the first).
      await queue.addBulk(
        docs.map((d) => ({
          name: 'document',
          data: d,
          opts: { jobId: jobId(d), attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
        })),
      );
      // Only then, in order, the order list (the corpus files' order; a document joins it once) and the generation,
      // so a worker that saw the queue idle without them sees it move.
      const joins = client.pipeline();
      for (const d of docs) joins.eval(JOIN, 3, k.ids, k.order, k.generation, jobId(d), JSON.stringify({ id: d.id, jobId: jobId(d) }));
      for (const [error, joined] of (await joins.exec()) ?? []) {
        if (error) throw error;
        if (joined === 1) summary.added++;
        else summary.already++;
      }
    };
    for await (const item of documents(inputs, { limits: config.limits, followOutsideLinks: config.followOutsideLinks })) {
      if (isFailure(item)) summary.failed.push(item.error);
      else {
        if (item.renamedFrom !== undefined) summary.renamed.push({ ...item, input: DONE });
        if (batch.push(item) >= ENQUEUE_BATCH) await flush();
      }
    }
    await flush();
  } catch (error) {
    throw lostRedis(error, target);
  } finally {
    clearInterval(renew);
    await client.zrem(k.adding, token).catch(() => {});
    await queue.close();
    client.disconnect();
  }
  return summary;
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  dead: number;
  reduced: boolean;
}

export async function status(config: QueueConfig): Promise<QueueStatus> {
  const name = config.name ?? DEFAULT_QUEUE;
  const target = redisTarget(config.redis, config.timeoutMs);
  await probeRedis(target);
  const conn = commandOptions(target);
  const queue = new Queue(name, { connection: conn });
  const dead = new Queue(`${name}-dead`, { connection: conn });
  const client = new Redis(conn);
  for (const c of [queue, dead, client]) c.on('error', () => {});
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    const d = await dead.getJobCounts('waiting');
    const k = keys(name);
    const [reduced, generation] = await client.mget(k.reduced, k.generation);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      dead: d.waiting ?? 0,
      // Reduced with every document added so far.
      reduced: generation !== null && reduced === `done ${generation}`,
    };
  } catch (error) {
    throw lostRedis(error, target);
  } finally {
    await queue.close();
    await dead.close();
    client.disconnect();
  }
}

export interface WorkerOptions extends QueueConfig {
  out: string;
  concurrency?: number;
  /** How long a job stays locked to a worker that stopped answering (ms). */
  lockMs?: number;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { state: 'done'; id: string }
  | { state: 'failed'; id: string; reason: string; final: boolean; input?: InputError }
  | { state: 'reduced'; counts: CorpusCounts }
  /** Nothing was ever added to the queue (said once: a worker may start first, or `--name` may be mistyped). */
  | { state: 'waiting'; queue: string }
  /** The connection to Redis was lost (said once per outage; the worker retries with a growing pause), or is back. */
  | { state: 'lost'; url: string; reason: string }
  | { state: 'back'; url: string };

/** Why a worker stopped for good: the queue's state vanished, a reduce would shrink the corpus, the disk is full, the decisions file has mistakes, a reduce kept failing, or no document could be processed. */
export class WorkerStopped extends Error {
  constructor(
    readonly key: 'vanished' | 'shrink' | 'output' | 'reduceFailed' | 'nothingDone' | 'decisions',
    readonly params: Record<string, string | number> = {},
    /** What stopped it, when an error did (the full disk's OutputError). */
    readonly error?: unknown,
  ) {
    super(`worker stopped: ${key}`);
    this.name = 'WorkerStopped';
  }
}

export interface RunningWorker {
  /** Resolves when the queue is drained and the reduce has run (by this or another worker); rejects as `stopped()` does. */
  drained(): Promise<void>;
  /** Rejects with a WorkerStopped when the worker cannot go on; never resolves. */
  stopped(): Promise<never>;
  close(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const name = options.name ?? DEFAULT_QUEUE;
  const k = keys(name);
  // Checked before Redis is: a file in the way or a folder that cannot be written is said at once.
  const output = prepareOutput(options.out);
  const out = resolve(options.out);
  const manifest = new Manifest(out);
  const termbase = usedTermbase(out);
  const version = versionWithTermbase(resultVersion(), termbase);
  let target: RedisTarget;
  try {
    // Checked whole before any document is processed, as `run` does: a file with mistakes stops the worker with every one of them.
    decisionsToApply(out);
    target = redisTarget(options.redis, options.timeoutMs);
    await probeRedis(target);
  } catch (error) {
    // A worker that never started leaves no empty output folder behind.
    output.removeCreated();
    throw error;
  }
  const conn = workerOptions(target);
  const queue = new Queue<SourceDocument>(name, { connection: conn });
  const dead = new Queue(`${name}-dead`, { connection: conn });
  const client = new Redis(conn);
  // Documents are processed on worker threads, one per job at a time: `concurrency`
  // jobs then use as many cores, this thread stays free to renew the jobs' locks while
  // a long document is processed, and each thread's heap is capped (see pool.ts).
  const runner = new WorkerRunner(options.concurrency ?? 1, version, manifest.dir, termbase);
  let onDrained: (() => void) | undefined;
  let onGiveUp: ((error: Error) => void) | undefined;
  const drained = new Promise<void>((resolve, reject) => {
    onDrained = resolve;
    onGiveUp = reject;
  });
  let onStop: ((error: WorkerStopped) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => (onStop = reject));
  // A failure is thrown where `drained()` or `stopped()` is awaited, not as an unhandled rejection before.
  drained.catch(() => {});
  stopped.catch(() => {});
  /** The worker cannot go on: both promises say why. */
  const stop = (error: WorkerStopped) => {
    onGiveUp?.(error);
    onStop?.(error);
  };
  // An outage is said once when it starts and once when it ends; the pause between reconnections grows (workerOptions).
  let lastReason = '';
  let down = false;
  const onError = (e: unknown) => void (lastReason = connectionReason(e));
  client.on('error', onError);
  client.on('close', () => {
    if (down || closing) return;
    down = true;
    options.onEvent?.({ state: 'lost', url: target.shown, reason: lastReason || 'connection closed' });
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    options.onEvent?.({ state: 'back', url: target.shown });
  });
  // BullMQ's own connections fail and come back with this one; their errors would repeat its news every second.
  queue.on('error', () => {});
  dead.on('error', () => {});

  const worker = new Worker<QueuedDocument, { shard: string }>(
    name,
    async (job: Job<QueuedDocument>) => {
      const doc = job.data;
      let shard = manifest.done(doc.id, doc.hash, version)?.shard;
      if (shard === undefined) {
        // A done job retried by hand (after an upgrade, say) no longer has its text: processing it would store an empty result under the real hash.
        if (doc.stripped) throw new RefusedDocument(new InputError('jobTextDropped', doc.path, { id: doc.id }, doc.line));
        let entry: ManifestEntry;
        try {
          entry = await runner.run(doc);
          manifest.record(entry);
        } catch (error) {
          // A full disk fails every job after this one the same way: the worker stops, and the job waits for another.
          if (error instanceof OutputError && error.key === 'noSpace') stop(new WorkerStopped('output', {}, error));
          throw error instanceof InputError ? new RefusedDocument(error) : error;
        }
        shard = entry.shard;
      }
      // Before the job counts as done: a reduce that saw the queue idle only after it sees the generation moved
      // (a job retried by hand is reduced again, as one added is).
      await client.incr(k.generation);
      return { shard };
    },
    {
      connection: conn,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.lockMs ?? 30_000,
      stalledInterval: Math.max(500, Math.floor((options.lockMs ?? 30_000) / 2)),
      maxStalledCount: ATTEMPTS,
    },
  );
  worker.on('error', () => {});

  const idle = async () => {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(c).every((n) => n === 0);
  };
  let reducing = false;
  let closing = false;
  let announced = false;
  /** The queue's epoch as this worker first saw it; its state is the one this worker works for. */
  let epoch: string | undefined;
  /** The claim of the reduce running here, to give up if the worker closes meanwhile. */
  let claimed: string | undefined;
  // A reduce that fails is tried again after a growing pause; the same generation failing REDUCE_TRIES times ends `drained()` with its error.
  let failures = { generation: '', count: 0, retryAt: 0 };
  const maybeReduce = async () => {
    // While Redis is away, checks would only pile up commands for its return.
    if (reducing || closing || client.status !== 'ready' || Date.now() < failures.retryAt) return;
    // Seen before the queue is: a document added or done after it, which the reduce may miss, moves it.
    const [seen, current] = await client.mget(k.generation, k.epoch);
    const generation = seen ?? '0';
    if (epoch !== undefined && current !== epoch) return stop(new WorkerStopped('vanished', { url: target.shown, out: options.out }));
    if (epoch === undefined && generation !== '0') {
      // A queue that predates the epoch gets one now; a worker adopts the queue's state as it first sees it.
      await client.set(k.epoch, randomUUID(), 'NX');
      epoch = (await client.get(k.epoch)) ?? undefined;
    }
    // None ever added (a worker may start before `queue add`): nothing to reduce yet.
    if (generation === '0') {
      if (!announced) options.onEvent?.({ state: 'waiting', queue: name });
      announced = true;
      return;
    }
    if (!(await idle())) return;
    // One reduce per generation, whichever worker gets here first, and none while an enqueuer is at work.
    // The claim expires, so a reducer that dies mid-way does not block the corpus for good, and it holds
    // this worker's own token, so a reducer only ever renews, gives up or completes its own.
    const token = randomUUID();
    const claim = await client.eval(CLAIM, 4, k.reduced, k.generation, k.adding, k.epoch, token, generation, CLAIM_MS, epoch ?? '');
    if (claim === 'vanished') return stop(new WorkerStopped('vanished', { url: target.shown, out: options.out }));
    if (claim === 'done') onDrained?.();
    if (claim !== 'claimed' || closing) {
      if (claim === 'claimed') await client.eval(RELEASE, 1, k.reduced, token);
      return;
    }
    reducing = true;
    claimed = token;
    // Renewed while this worker reduces, so a long reduce (a large corpus) keeps its claim; only a dead reducer lets it
    // expire. The reduce's passes run on threads, so this thread stays free to renew it (and the jobs' locks).
    const renew = setInterval(() => void client.eval(RENEW, 1, k.reduced, token, CLAIM_MS).catch(() => {}), CLAIM_MS / 10);
    try {
      // The document threads' heaps would sit beside the reduce's: they end, and start again for jobs to come.
      await runner.shrink();
      const ids = (await client.lrange(k.order, 0, -1)).map((s) => JSON.parse(s) as { id: string });
      const fresh = new Manifest(out);
      const entries: ManifestEntry[] = [];
      // An edited document enqueued again is a second job of the same id: its latest result counts once, where it first came.
      const seen = new Set<string>();
      for (const { id } of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const e = fresh.latest(id);
        if (e) entries.push(e);
      }
      // The queue never removes a document: a corpus that would lose some means the queue's state was lost.
      const dropped = droppedIds(fresh.dir, entries.map((e) => e.id));
      if (dropped.length > 0) {
        await client.eval(RELEASE, 1, k.reduced, token).catch(() => {});
        const missing = dropped.slice(0, 3).join(', ') + (dropped.length > 3 ? ', …' : '');
        return stop(new WorkerStopped('shrink', { out: options.out, before: dropped.length, missing }));
      }
      // Nothing to write: a corpus is never replaced by an empty one. Every document failed: `drained()` says so.
      if (entries.length === 0) {
        await client.eval(RELEASE, 1, k.reduced, token).catch(() => {});
        return onGiveUp?.(new WorkerStopped('nothingDone', { queue: name, out: options.out }));
      }
      const counts = await reduce(out, storedResults(fresh.dir, entries), { threads: true, termbase, decisions: decisionsToApply(out) });
      // Documents added or done meanwhile: the claim is given up and a later check reduces again.
      if ((await client.eval(FINISH, 2, k.reduced, k.generation, token, generation)) === 1) {
        options.onEvent?.({ state: 'reduced', counts });
        onDrained?.();
      }
      failures = { generation: '', count: 0, retryAt: 0 };
    } catch (error) {
      await client.eval(RELEASE, 1, k.reduced, token).catch(() => {});
      const count = failures.generation === generation ? failures.count + 1 : 1;
      failures = { generation, count, retryAt: Date.now() + Math.min(300_000, 2_000 * 2 ** count) };
      // A full disk is one event: no retries of the reduce while it stays full.
      // Said once, as why the worker stops, never as a reduce to be retried.
      if (error instanceof OutputError && error.key === 'noSpace') return stop(new WorkerStopped('output', {}, error));
      // A decisions file edited into mistakes while the worker ran fails every reduce the same way until it is fixed.
      if (error instanceof DecisionsError) return stop(new WorkerStopped('decisions', {}, error));
      if (count >= REDUCE_TRIES) return stop(new WorkerStopped('reduceFailed', { reason: (error as Error).message }, error));
      throw error;
    } finally {
      clearInterval(renew);
      reducing = false;
      claimed = undefined;
    }
  };
  // A check cut short by the worker closing (its connection gone) is no failure to report.
  const check = () =>
    void maybeReduce().catch((e: Error) => {
      if (!closing) options.onEvent?.({ state: 'failed', id: '(reduce)', reason: e.message, final: false });
    });

  const stripping = new Set<Promise<void>>();
  worker.on('completed', (job) => {
    options.onEvent?.({ state: 'done', id: job.data.id });
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
    options.onEvent?.({ state: 'failed', id: job.data.id, reason: error.message, final, input });
    if (final) {
      void dead
        .add('dead', { id: job.data.id, path: job.data.path, reason: error.message, jobId: job.id }, { jobId: job.id })
        .then(check, (e: Error) => options.onEvent?.({ state: 'failed', id: job.data.id, reason: `dead letter not recorded: ${e.message}`, final: true }));
    }
  });
  // Other workers may finish the last job, or a reducer may die: look again now and then.
  const timer = setInterval(check, 500);
  check();

  return {
    drained: () => drained,
    stopped: () => stopped,
    async close() {
      closing = true;
      clearInterval(timer);
      // A reduce cut short by the close gives its claim up now, so other workers need not wait for it to expire.
      if (claimed) await client.eval(RELEASE, 1, k.reduced, claimed).catch(() => {});
      await Promise.all(stripping);
      await worker.close();
      await runner.close();
      await queue.close();
      await dead.close();
      client.disconnect();
    },
  };
}

