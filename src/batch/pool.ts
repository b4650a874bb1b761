import { Worker } from 'node:worker_threads';
import { InputError, OutputError } from '../io/errors.js';
import type { ManifestEntry } from './manifest.js';
import type { SourceDocument } from './sources.js';
import { storeDocument } from './document.js';

/**
 * Runs documents through the pipeline and stores each result as a shard under
 * `dir` (the output folder's `.medbitext`): in this thread, or on up to N
 * worker threads. The caller gets the manifest entry to record.
 */
export interface DocumentRunner {
  run(doc: SourceDocument): Promise<ManifestEntry>;
  /** Ends the threads now idle, and their heaps with them (a drained queue's worker, before its reduce); documents to come start fresh ones. */
  shrink(): Promise<void>;
  close(): Promise<void>;
}

export function inProcessRunner(version: string, dir: string, termbase?: string): DocumentRunner {
  return { run: (doc) => storeDocument(doc, version, dir, termbase), shrink: async () => {}, close: async () => {} };
}

interface Reply {
  ok: boolean;
  entry?: ManifestEntry;
  message?: string;
  key?: string;
  file?: string;
  params?: Record<string, string | number>;
  line?: number;
  column?: number;
  output?: { key: OutputError['key']; path: string; code?: string };
}

/**
 * Heap limits of a pool thread. The old generation's cap is not there to be
 * reached: V8 lets a heap run further past its live set the larger its cap (by
 * default a share of the machine's memory), so each thread's heap crept up over
 * a long run although what stayed live did not; under this cap it levels off.
 * The cap is above 1 GB because at 1 GB or less V8 runs its memory reducer for
 * small heaps, which cost more CPU than it saved. A large article needs a small
 * part of the cap, so it leaves room for far bigger documents; a runaway one
 * fails alone when its thread reaches it. With the old generation held, the
 * young one can be roomier: a smaller one spent more CPU promoting
 * per-document garbage. The figures: docs/performance.md, "Pool threads' heaps".
 */
const THREAD_HEAP = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 1536 };

/**
 * A pool of worker threads over the built JavaScript. Threads start only when
 * work is waiting and none is idle, so a one-document run starts one thread.
 * Each thread serialises and writes its own shards: results never cross to
 * this thread, which only reads inputs and records the manifest.
 */
export class WorkerRunner implements DocumentRunner {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];
  private readonly url = new URL('./worker.js', import.meta.url);

  constructor(
    private readonly size: number,
    private readonly version: string,
    private readonly dir: string,
    private readonly termbase?: string,
  ) {}

  async run(doc: SourceDocument): Promise<ManifestEntry> {
    const w = await this.acquire();
    let dead = false;
    try {
      const reply = await this.ask(w, doc).catch((error: unknown) => {
        dead = true;
        throw error;
      });
      if (!reply.ok) {
        if (reply.output) throw new OutputError(reply.output.key, reply.output.path, reply.output.code);
        if (reply.key && reply.file) throw new InputError(reply.key, reply.file, reply.params, reply.line, reply.column);
        throw new Error(reply.message);
      }
      return reply.entry!;
    } finally {
      if (dead) {
        // A crashed thread is replaced by a fresh one on the next acquire.
        this.retire(w);
        const next = this.waiting.shift();
        if (next) void this.acquire().then(next);
      } else this.release(w);
    }
  }

  async shrink(): Promise<void> {
    // Forgotten before they end, so a document arriving meanwhile starts a fresh thread instead of waiting for these.
    const spare = this.idle.splice(0);
    for (const w of spare) this.retire(w);
    await Promise.all(spare.map((w) => w.terminate()));
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  /** The document to thread `w`, and its reply; rejects when the thread fails or ends instead. */
  private ask(w: Worker, doc: SourceDocument): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const settle = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onError = (e: Error) => {
        settle();
        reject(e);
      };
      // A thread can end without an error (process.exit in it): the document fails instead of waiting forever.
      const onExit = (code: number) => onError(new Error(`worker thread exited (code ${code})`));
      const onMessage = (m: Reply) => {
        settle();
        resolve(m);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ doc, version: this.version, dir: this.dir, termbase: this.termbase });
    });
  }

  /** Forget a thread that crashed or exited, so the next acquire starts a fresh one. */
  private retire(w: Worker): void {
    for (const list of [this.idle, this.all]) {
      const k = list.indexOf(w);
      if (k >= 0) list.splice(k, 1);
    }
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.all.length < this.size) {
      const fresh = new Worker(this.url, { resourceLimits: THREAD_HEAP });
      // Always listened for: an error on a thread between documents must not reach this process as an uncaught one.
      fresh.on('error', () => this.retire(fresh));
      fresh.on('exit', () => this.retire(fresh));
      this.all.push(fresh);
      return Promise.resolve(fresh);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }
}
