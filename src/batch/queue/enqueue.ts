import { createHash, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { InputError } from '../../io/errors.js';
import type { ReadLimits } from '../../io/limits.js';
import { documents, isFailure, type SourceDocument } from '../sources.js';
import { capSuffix } from '../version.js';
import { commandConnection, DONE, lostRedis, NOW, queueKeys, type QueueConfig } from './connection.js';

/** How often a document is tried before it goes to the dead letters. */
export const ATTEMPTS = 3;
/** Documents added to the queue per round trip. */
const ENQUEUE_BATCH = 100;
/** How long an enqueuer's mark lasts unless renewed (it is, every third of this): one that died stops holding the reduce back. */
const ADDING_MS = 60_000;

/**
 * A BullMQ job id for a document: a hash of its id, content hash and the
 * sentence cap it is to be processed under (when not the default: added
 * again under another cap, it is another job, as an edited one is). Ids are
 * data, and BullMQ refuses `:` in a job id (DOI- and `PMID:`-style ids), and
 * an id of digits only; the job's data keeps the document's own id.
 */
export function jobIdOf(doc: { id: string; hash: string; maxSentences?: number }): string {
  return `d${createHash('sha1').update(`${doc.id}@${doc.hash}${capSuffix(doc.maxSentences)}`).digest('hex')}`;
}

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

/** Add the documents of files/folders as jobs, in input order (the job id makes adding twice a no-op). */
export async function enqueue(inputs: string[], config: QueueConfig & { limits?: ReadLimits; followOutsideLinks?: boolean }): Promise<EnqueueSummary> {
  const { name, target, conn } = await commandConnection(config);
  const queue = new Queue<SourceDocument>(name, { connection: conn });
  const k = queueKeys(name);
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
      const { added, already } = await addBatch(queue, client, k, docs);
      summary.added += added;
      summary.already += already;
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

/** One batch of documents as jobs, then, in order, in the queue's order list and generation. */
async function addBatch(queue: Queue<SourceDocument>, client: Redis, k: ReturnType<typeof queueKeys>, docs: SourceDocument[]): Promise<{ added: number; already: number }> {
  const counts = { added: 0, already: 0 };
  if (docs.length === 0) return counts;
  // A job id already in the queue adds nothing (BullMQ keeps the first).
  await queue.addBulk(
    docs.map((d) => ({
      name: 'document',
      data: d,
      opts: { jobId: jobIdOf(d), attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
    })),
  );
  // Only then, in order, the order list (the corpus files' order; a document joins it once) and the generation,
  // so a worker that saw the queue idle without them sees it move.
  const joins = client.pipeline();
  for (const d of docs) joins.eval(JOIN, 3, k.ids, k.order, k.generation, jobIdOf(d), JSON.stringify({ id: d.id, jobId: jobIdOf(d) }));
  for (const [error, joined] of (await joins.exec()) ?? []) {
    if (error) throw error;
    if (joined === 1) counts.added++;
    else counts.already++;
  }
  return counts;
}
