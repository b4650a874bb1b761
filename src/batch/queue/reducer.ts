import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { OutputError } from '../../io/errors.js';
import { decisionsToApply } from '../../review/kept.js';
import { DecisionsError } from '../../review/decisions.js';
import { droppedIds, fewIds } from '../corpus-ids.js';
import { Manifest, type ManifestEntry } from '../manifest.js';
import { reduce } from '../reduce.js';
import { storedResults } from '../shards.js';
import { ReduceClaim } from './claim.js';
import type { QueueKeys } from './connection.js';
import { WorkerStopped, type WorkerEvent } from './events.js';

/** Failures of one generation's reduce in a worker before it gives up. */
const REDUCE_TRIES = 3;

/** What the reducer of a worker works with. */
export interface ReducerContext {
  client: Redis;
  queue: Queue;
  keys: QueueKeys;
  name: string;
  /** The Redis URL as messages show it. */
  url: string;
  /** The output folder as given, and resolved. */
  out: string;
  resolvedOut: string;
  termbase: string | undefined;
  /** Ends the worker's document threads, whose heaps would sit beside the reduce's. */
  shrinkThreads(): Promise<void>;
  /** A generation reduced with every document added so far, by this worker or another. */
  drained(): void;
  /** The queue is drained and none of its documents could be processed: nothing to reduce, ever. */
  giveUp(error: WorkerStopped): void;
  /** The worker cannot go on. */
  stop(error: WorkerStopped): void;
  onEvent: ((event: WorkerEvent) => void) | undefined;
}

/**
 * The reduce of a queue, run by whichever worker finds it drained first: each
 * `check()` looks whether every job is done, claims the reduce for the
 * generation it saw (claim.ts), writes the corpus files from the output
 * folder's manifest in the queue's order, and marks the generation done. A
 * reduce that fails is tried again after a growing pause; the same generation
 * failing REDUCE_TRIES times stops the worker.
 */
export class QueueReducer {
  private reducing = false;
  private announced = false;
  /** The queue's epoch as this worker first saw it; its state is the one this worker works for. */
  private epoch: string | undefined;
  /** The claim of the reduce running here, to give up if the worker closes meanwhile. */
  private claim: ReduceClaim | undefined;
  private failures = { generation: '', count: 0, retryAt: 0 };
  closing = false;

  constructor(private readonly c: ReducerContext) {}

  async check(): Promise<void> {
    const { client, keys: k } = this.c;
    // While Redis is away, checks would only pile up commands for its return.
    if (this.reducing || this.closing || client.status !== 'ready' || Date.now() < this.failures.retryAt) return;
    // Seen before the queue is: a document added or done after it, which the reduce may miss, moves it.
    const [seen, current] = await client.mget(k.generation, k.epoch);
    const generation = seen ?? '0';
    if (this.epoch !== undefined && current !== this.epoch) return this.vanished();
    if (this.epoch === undefined && generation !== '0') {
      // A queue that predates the epoch gets one now; a worker adopts the queue's state as it first sees it.
      await client.set(k.epoch, randomUUID(), 'NX');
      this.epoch = (await client.get(k.epoch)) ?? undefined;
    }
    // None ever added (a worker may start before `queue add`): nothing to reduce yet.
    if (generation === '0') {
      if (!this.announced) this.c.onEvent?.({ state: 'waiting', queue: this.c.name });
      this.announced = true;
      return;
    }
    if (!(await this.idle())) return;
    const claim = new ReduceClaim(client, k, randomUUID(), generation);
    const answer = await claim.take(this.epoch ?? '');
    if (answer === 'vanished') return this.vanished();
    if (answer === 'done') this.c.drained();
    if (answer !== 'claimed' || this.closing) {
      if (answer === 'claimed') await claim.release();
      return;
    }
    await this.reduceClaimed(claim);
  }

  /** Gives up the claim of a reduce cut short by the worker's close, so others need not wait for it to expire. */
  async close(): Promise<void> {
    this.closing = true;
    await this.claim?.release();
  }

  private async reduceClaimed(claim: ReduceClaim): Promise<void> {
    this.reducing = true;
    this.claim = claim;
    // The reduce's passes run on threads, so this thread stays free to renew the claim (and the jobs' locks).
    claim.keep();
    try {
      await this.c.shrinkThreads();
      const corpus = await this.corpus();
      if (corpus === undefined) return;
      // Nothing to write: a corpus is never replaced by an empty one. Every document failed: `drained()` says so.
      if (corpus.entries.length === 0) {
        await claim.release();
        return this.c.giveUp(new WorkerStopped('nothingDone', { queue: this.c.name, out: this.c.out }));
      }
      const { resolvedOut, termbase } = this.c;
      const counts = await reduce(resolvedOut, storedResults(corpus.dir, corpus.entries), { threads: true, termbase, decisions: decisionsToApply(resolvedOut) });
      // Documents added or done meanwhile: the claim is given up and a later check reduces again.
      if (await claim.finish()) {
        this.c.onEvent?.({ state: 'reduced', counts });
        this.c.drained();
      }
      this.failures = { generation: '', count: 0, retryAt: 0 };
    } catch (error) {
      await claim.release();
      // A reduce that stops the worker is said once, as why it stops, never as a reduce to be retried.
      if (this.failed(claim.generation, error)) return;
      throw error;
    } finally {
      claim.stopRenewing();
      this.reducing = false;
      this.claim = undefined;
    }
  }

  /**
   * The latest result of each document, in the order the queue first had it
   * (an edited document enqueued again is a second job of the same id), or
   * undefined when the corpus would lose documents (the worker is stopped).
   */
  private async corpus(): Promise<{ dir: string; entries: ManifestEntry[] } | undefined> {
    const ids = (await this.c.client.lrange(this.c.keys.order, 0, -1)).map((s) => JSON.parse(s) as { id: string });
    const fresh = new Manifest(this.c.resolvedOut);
    const entries: ManifestEntry[] = [];
    const seen = new Set<string>();
    for (const { id } of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const e = fresh.latest(id);
      if (e) entries.push(e);
    }
    // The queue never removes a document: a corpus that would lose some means the queue's state was lost.
    const dropped = droppedIds(fresh.dir, entries.map((e) => e.id));
    if (dropped.length === 0) return { dir: fresh.dir, entries };
    await this.claim?.release();
    const missing = fewIds(dropped);
    this.c.stop(new WorkerStopped('shrink', { out: this.c.out, before: dropped.length, missing }));
    return undefined;
  }

  /** Counts a failed reduce; a full disk, a decisions file with mistakes, or the same generation failing too often stops the worker (true). */
  private failed(generation: string, error: unknown): boolean {
    const count = this.failures.generation === generation ? this.failures.count + 1 : 1;
    this.failures = { generation, count, retryAt: Date.now() + Math.min(300_000, 2_000 * 2 ** count) };
    // A full disk is one event: no retries of the reduce while it stays full.
    if (error instanceof OutputError && error.key === 'noSpace') this.c.stop(new WorkerStopped('output', {}, error));
    // A decisions file edited into mistakes while the worker ran fails every reduce the same way until it is fixed.
    else if (error instanceof DecisionsError) this.c.stop(new WorkerStopped('decisions', {}, error));
    else if (count >= REDUCE_TRIES) this.c.stop(new WorkerStopped('reduceFailed', { reason: (error as Error).message }, error));
    else return false;
    return true;
  }

  private async idle(): Promise<boolean> {
    const c = await this.c.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(c).every((n) => n === 0);
  }

  private vanished(): void {
    this.c.stop(new WorkerStopped('vanished', { url: this.c.url, out: this.c.out }));
  }
}
