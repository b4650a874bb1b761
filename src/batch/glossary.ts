import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { dropWritten, writePending, type WrittenFile } from '../io/atomic.js';
import { GlossaryBuilder } from '../glossary/build.js';
import { loadImportedTermbase } from '../glossary/termbase.js';
import { csvChunks, i18nextChunks, jsonChunks, tbxChunks } from '../glossary/export.js';
import type { Glossary } from '../types.js';
import type { ManifestEntry } from './manifest.js';
import type { StoredResults } from './reduce.js';

/** The corpus glossary, and its export files written under temporary names, for the reduce to put in place with the rest. */
export interface WrittenGlossary {
  glossary: Glossary;
  files: WrittenFile[];
}

/**
 * The reduce's glossary: built from the stored results' terms (a pass for key
 * counts and evidence, then `finish`'s passes) and written in every export
 * format. The files stay under temporary names until the reduce has the
 * corpus files in place too, so a failed reduce never leaves a new glossary
 * beside old corpus files. The report needs the glossary, so it is returned.
 */
export async function writeGlossary(out: string, results: StoredResults): Promise<WrittenGlossary> {
  const builder = new GlossaryBuilder({ imported: loadImportedTermbase() });
  for (const terms of results.terms()) builder.add(terms);
  // A fresh pass over the shards each time the build asks, so co-occurrences are counted only for proposed pairs.
  const glossary = builder.finish(() => results.pairTerms());
  const files: WrittenFile[] = [];
  // Written an entry at a time: a large glossary is never one string as well as its entries.
  const exports: Array<[string, Iterable<string>]> = [
    ['glossary.json', jsonChunks(glossary.entries)],
    ['glossary.candidates.json', jsonChunks(glossary.candidates)],
    ['glossary.csv', csvChunks(glossary.entries)],
    ['glossary.tbx', tbxChunks(glossary.entries)],
    [join('i18n', 'en', 'translation.json'), i18nextChunks(glossary.entries, 'en')],
    [join('i18n', 'pt', 'translation.json'), i18nextChunks(glossary.entries, 'pt')],
  ];
  try {
    for (const [name, chunks] of exports) files.push(await writePending(join(out, name), chunks));
  } catch (error) {
    dropWritten(files);
    throw error;
  }
  return { glossary, files };
}

/** What the glossary thread is sent: where the stored results are, in corpus order. */
export interface GlossaryTask {
  out: string;
  dir: string;
  entries: ManifestEntry[];
}

/**
 * Heap limits of the glossary thread. The glossary's passes parse every stored
 * result's terms, nearly all garbage at once; left to its defaults V8 lets the
 * heap run far past its live set (10,000 documents: 337 MB of RSS with the
 * glossary alone on a thread, 207 MB under these limits, for ~4% more time).
 * Above 1 GB, as in pool.ts, V8's memory reducer for small heaps stays out of it.
 */
const GLOSSARY_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1025 };

/** A glossary being built on its thread: awaited, or stopped when the rest of the reduce failed. */
export interface GlossaryThread {
  written: Promise<WrittenGlossary>;
  stop(): Promise<void>;
}

/**
 * `writeGlossary` on a worker thread of its own (over the built JavaScript),
 * so the corpus files are written on this one meanwhile: the glossary's passes
 * were half the reduce (10,000 documents: 9.4 of 16.1 s). The thread reads the
 * shards itself, from the state folder and entries of `results`.
 */
export function writeGlossaryOnThread(out: string, results: StoredResults): GlossaryThread {
  const thread = new Worker(new URL('./glossary-thread.js', import.meta.url), { resourceLimits: GLOSSARY_HEAP });
  const written = new Promise<WrittenGlossary>((resolve, reject) => {
    let settled = false;
    thread.once('message', (reply: { ok: true; written: WrittenGlossary } | { ok: false; message: string; stack?: string }) => {
      settled = true;
      void thread.terminate();
      if (reply.ok) return resolve(reply.written);
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
      if (!settled) reject(new Error(`glossary thread exited (code ${code})`));
    });
  });
  // A failure is thrown where the glossary is awaited, not as an unhandled rejection before.
  written.catch(() => {});
  thread.postMessage({ out, dir: results.dir, entries: results.entries } satisfies GlossaryTask);
  return {
    written,
    // Files it was writing stay under temporary names that carry this process's id; a later run removes them.
    stop: async () => void (await thread.terminate()),
  };
}
