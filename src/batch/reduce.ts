import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { dropWritten, putInPlace } from '../io/atomic.js';
import { OutputError } from '../io/errors.js';
import { writeCorpusIds } from './corpus-ids.js';
import type { CorpusCounts } from '../types.js';
import { writeReport } from '../report/write.js';
import type { ManifestEntry } from './manifest.js';
import type { ProjectSettings, StoredResults } from './reduce-input.js';
import { writeGlossary } from './glossary.js';
import { writeCorpusFiles, type WrittenCorpusFiles } from './corpus-files.js';

export interface ReduceOptions extends ProjectSettings {
  /**
   * Run the reduce's two parts (the corpus files; the glossary) at once, each on
   * a thread of its own over the built JavaScript, as `--jobs 2` or more asks.
   * Otherwise all of it runs in this thread, one part after the other.
   */
  threads?: boolean;
}

/**
 * The reduce step: stream every document result into the corpus files, the
 * glossary and the report. Each file is written under a temporary name and
 * renamed when complete, so an interrupted run never leaves half a file.
 */
export async function reduce(out: string, results: StoredResults, options: ReduceOptions = {}): Promise<CorpusCounts> {
  // On threads, their heaps are capped instead (REDUCE_HEAP), where the flag below, which is the
  // process's, would cost them far more (docs/performance.md, "The reduce's heaps").
  const { threads, ...settings } = options;
  if (threads) return reduceParts(out, results, settings, true);
  // Each pass parses every stored result, nearly all of it garbage at once; left to its
  // defaults V8 let the heap swell with the corpus far past what stays live. So here the
  // old generation may grow only a small step past its live set at each full collection,
  // and the young one stays the size it is. Optimising for size held the heap a little
  // nearer, but its full collections also compact and shrink for memory and it tunes the
  // compiler for size, for more time. The map step runs with V8's defaults. (Figures, and
  // the two parts on threads one after the other instead: docs/performance.md, "The
  // reduce's heaps".)
  setFlagsFromString(REDUCE_FLAGS.held);
  try {
    return await reduceParts(out, results, settings, false);
  } finally {
    setFlagsFromString(REDUCE_FLAGS.defaults);
  }
}

/**
 * V8's settings for a reduce in this thread, and its defaults, put back after it: how far
 * the heap may grow (above), and how much an optimised function inlines. The reduce runs a
 * great deal of code each a few thousand times, so optimised code pays back little of its
 * compiling, which V8 does on helper threads the CPU time counts; inlining less keeps that
 * small (docs/performance.md, "Round eight").
 */
const REDUCE_FLAGS = {
  held: '--heap-growing-percent=10 --semi-space-growth-factor=1 --max-inlined-bytecode-size-cumulative=100',
  defaults: '--heap-growing-percent=0 --semi-space-growth-factor=2 --max-inlined-bytecode-size-cumulative=920',
};

async function reduceParts(out: string, results: StoredResults, settings: ProjectSettings, onThreads: boolean): Promise<CorpusCounts> {
  const corpusHere = () => writeCorpusFiles(out, results, settings);
  const glossaryHere = () => writeGlossary(out, results, settings);
  // On threads, the glossary is built while the corpus files are written; here, after them.
  const thread = onThreads ? onThread('glossary', out, results, settings, glossaryHere) : undefined;
  let corpus: WrittenCorpusFiles;
  try {
    corpus = await (onThreads ? onThread('corpus', out, results, settings, corpusHere).result : corpusHere());
  } catch (error) {
    if (thread) {
      await thread.stop();
      // A glossary already written waits under temporary names: they go too.
      const done = await thread.result.catch(() => undefined);
      if (done) dropWritten(done.files);
    }
    throw error;
  }
  const { counts, tally, reportDocs } = corpus;
  try {
    const { glossary, files, review } = await (thread ? thread.result : glossaryHere());
    if (settings.decisions) counts.review = [...corpus.review, ...review].sort((a, b) => a.line - b.line);
    // Only now that the corpus files are in place, so a failed reduce never mixes a new glossary with old corpus files.
    putInPlace(files);
    counts.glossary = glossary.entries.length;
    counts.candidates = glossary.candidates.length;
    // The report's documents were written with the corpus files, as the JSON array its data holds; the glossary comes after them.
    await writeReport(join(out, 'report.html'), counts, tally, reportDocs, glossary);
  } finally {
    dropWritten([reportDocs]);
  }
  // Last, once every corpus file is in place: what the corpus now holds, for a later reduce to compare with.
  writeCorpusIds(results.dir, results.entries.map((e) => e.id));
  return counts;
}

/** What a reduce thread is sent: which part to run, over the stored results under `dir`, in corpus order. */
export interface ReducePart {
  part: 'corpus' | 'glossary';
  out: string;
  dir: string;
  entries: ManifestEntry[];
  settings: ProjectSettings;
}

/**
 * Heap limits of a reduce thread. Its passes parse every stored result, nearly
 * all garbage at once; left to its defaults V8 lets a heap run far past its live
 * set, here for little more time (docs/performance.md, "The reduce's heaps"). Above
 * 1 GB, as in pool.ts, V8's memory reducer for small heaps stays out of it.
 */
const REDUCE_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1025 };

/** The error code of a thread that reached its heap's cap. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * One part of the reduce on a thread of its own: its result, or stopped when
 * the rest of the reduce failed. A part too large for the thread's heap (a
 * huge document, a huge glossary) runs again `here`, in this thread, where
 * the heap is the process's.
 */
function onThread<T>(part: ReducePart['part'], out: string, results: StoredResults, settings: ProjectSettings, here: () => Promise<T>): { result: Promise<T>; stop(): Promise<void> } {
  const thread = new Worker(new URL('./reduce-thread.js', import.meta.url), { resourceLimits: REDUCE_HEAP });
  let stopped = false;
  const answered = new Promise<T>((resolve, reject) => {
    let settled = false;
    type Failure = { ok: false; message: string; stack?: string; output?: { key: OutputError['key']; path: string; code?: string } };
    thread.once('message', (reply: { ok: true; result: T } | Failure) => {
      settled = true;
      void thread.terminate();
      if (reply.ok) return resolve(reply.result);
      if (reply.output) return reject(new OutputError(reply.output.key, reply.output.path, reply.output.code));
      const error = new Error(reply.message);
      // The thread's stack, for MEDBITEXT_DEBUG.
      if (reply.stack) error.stack = reply.stack;
      reject(error);
    });
    // `on`, not `once`: a second error event must not go unheard and crash the process.
    thread.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    thread.once('exit', (code) => {
      if (!settled) reject(new Error(`reduce thread (${part}) exited (code ${code})`));
      settled = true;
    });
  });
  const result = answered.catch((error: Error & { code?: string }) => (error.code === OUT_OF_MEMORY && !stopped ? here() : Promise.reject(error)));
  // A failure is thrown where the result is awaited, not as an unhandled rejection before.
  result.catch(() => {});
  thread.postMessage({ part, out, dir: results.dir, entries: results.entries, settings } satisfies ReducePart);
  return {
    result,
    // Files it was writing stay under temporary names that carry this process's id; a later run removes them.
    stop: async () => {
      stopped = true;
      await thread.terminate();
    },
  };
}
