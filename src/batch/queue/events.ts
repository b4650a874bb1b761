import type { CorpusCounts } from '../../types.js';
import type { InputError } from '../../io/errors.js';

/** What a worker tells of its work, as it happens. */
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
