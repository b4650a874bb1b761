import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeChunks } from '../io/atomic.js';
import { GlossaryBuilder } from '../glossary/build.js';
import { loadImportedTermbase } from '../glossary/termbase.js';
import { csvChunks, i18nextChunks, jsonChunks, tbxChunks } from '../glossary/export.js';
import type { Glossary } from '../types.js';
import type { StoredResults } from './reduce.js';

/**
 * The reduce's glossary: built from the stored results' terms (a pass for key
 * counts and evidence, then `finish`'s passes) and written into the output
 * folder in every export format. The report needs it, so it is returned.
 */
export async function writeGlossary(out: string, results: StoredResults): Promise<Glossary> {
  const builder = new GlossaryBuilder({ imported: loadImportedTermbase() });
  for (const terms of results.terms()) builder.add(terms);
  // A fresh pass over the shards each time the build asks, so co-occurrences are counted only for proposed pairs.
  const glossary = builder.finish(() => results.pairTerms());
  // Written an entry at a time: a large glossary is never one string as well as its entries.
  await writeChunks(join(out, 'glossary.json'), jsonChunks(glossary.entries));
  await writeChunks(join(out, 'glossary.candidates.json'), jsonChunks(glossary.candidates));
  await writeChunks(join(out, 'glossary.csv'), csvChunks(glossary.entries));
  await writeChunks(join(out, 'glossary.tbx'), tbxChunks(glossary.entries));
  await writeChunks(join(out, 'i18n', 'en', 'translation.json'), i18nextChunks(glossary.entries, 'en'));
  await writeChunks(join(out, 'i18n', 'pt', 'translation.json'), i18nextChunks(glossary.entries, 'pt'));
  return glossary;
}

/** What the glossary thread is sent: where the stored results are, in corpus order. */
export interface GlossaryTask {
  out: string;
  dir: string;
  entries: StoredResults['entries'];
}

/** A glossary being built on its thread: awaited, or stopped when the rest of the reduce failed. */
export interface GlossaryThread {
  glossary: Promise<Glossary>;
  stop(): Promise<void>;
}

/**
 * `writeGlossary` on a worker thread of its own (over the built JavaScript),
 * so the corpus files are written on this one meanwhile: the glossary's passes
 * were half the reduce (10,000 documents: 9.4 of 16.1 s).
 */
export function writeGlossaryOnThread(out: string, results: StoredResults): GlossaryThread {
  const thread = new Worker(new URL('./glossary-thread.js', import.meta.url));
  const glossary = new Promise<Glossary>((resolve, reject) => {
    let settled = false;
    thread.once('message', (reply: { ok: true; glossary: Glossary } | { ok: false; message: string }) => {
      settled = true;
      void thread.terminate();
      if (reply.ok) resolve(reply.glossary);
      else reject(new Error(reply.message));
    });
    thread.once('error', (error) => {
      settled = true;
      reject(error);
    });
    thread.once('exit', (code) => {
      if (!settled) reject(new Error(`glossary thread exited (code ${code})`));
    });
  });
  // A failure is thrown where the glossary is awaited, not as an unhandled rejection before.
  glossary.catch(() => {});
  thread.postMessage({ out, dir: results.dir, entries: results.entries } satisfies GlossaryTask);
  return {
    glossary,
    // Its files are written under temporary names, so a thread stopped mid-way leaves only temporaries (removed by the next run).
    stop: async () => void (await thread.terminate()),
  };
}
