import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { AtomicWriter, dropWritten, putInPlace, type WrittenFile } from '../io/atomic.js';
import type { DocumentResult, DocumentTerms, Lang, Sentence } from '../types.js';
import { tmxHeader, tmxUnits, tmxFooter } from '../align/output.js';
import { pipelineVersion } from './version.js';
import { emptyTally, reportDocumentJson, reportHead, reportTail, tallyDocument, type ReportTally } from '../report/html.js';
import type { ManifestEntry } from './manifest.js';
import { writeGlossary, writeGlossaryOnThread } from './glossary.js';

export interface CorpusCounts {
  documents: number;
  sentences: Record<Lang, number>;
  links: number;
  entities: number;
  glossary: number;
  candidates: number;
}

/**
 * The stored document results in corpus order; each call is a fresh pass, read
 * one document at a time. The glossary thread reads them itself, through
 * `storedResults(dir, entries)` (shards.ts), whatever object the reduce was given.
 */
export interface StoredResults {
  /** Where they are (the state folder, and the manifest entries in corpus order). */
  dir: string;
  entries: ManifestEntry[];
  /** Only each document's terms (the glossary's passes). */
  terms(): Iterable<DocumentTerms>;
  /** Each document's terms with only their pair terms parsed up front (the glossary's co-occurrence passes). */
  pairTerms(): Iterable<DocumentTerms>;
  /** The documents with empty terms (the corpus files and the report, which never look at them). */
  withoutTerms(): Iterable<DocumentResult>;
}

export interface ReduceOptions {
  /**
   * Build the glossary on a thread of its own (over the built JavaScript) while
   * this one writes the corpus files: a reduce on two threads, as `--jobs 2`
   * or more asks. Otherwise it all runs in this thread, one pass after the other.
   */
  glossaryThread?: boolean;
}

/**
 * The reduce step: stream every document result into the corpus files, the
 * glossary and the report. Each file is written under a temporary name and
 * renamed when complete, so an interrupted run never leaves half a file.
 */
export async function reduce(out: string, results: StoredResults, options: ReduceOptions = {}): Promise<CorpusCounts> {
  // The glossary's thread has its heap capped instead (glossary.ts), where the flag below, which
  // is the process's, would cost it ~40% more time (10,000 documents: 12.1 s where 8.8 s capped).
  if (options.glossaryThread) return reduceAll(out, results, options);
  // Each pass parses every stored result, nearly all of it garbage at once; left to its
  // defaults V8 let the heap swell with the corpus (10,000 documents: peak RSS 393 MB where
  // ~50 MB was live). Optimising for size keeps it near the live set (~210 MB) for ~20%
  // more time; the map step, where the flag costs far more, runs without it.
  setFlagsFromString('--optimize-for-size');
  try {
    return await reduceAll(out, results, options);
  } finally {
    setFlagsFromString('--no-optimize-for-size');
  }
}

async function reduceAll(out: string, results: StoredResults, options: ReduceOptions): Promise<CorpusCounts> {
  // On its thread the glossary is built while the corpus files are written; here, after them.
  const thread = options.glossaryThread ? writeGlossaryOnThread(out, results) : undefined;
  let corpus: Awaited<ReturnType<typeof writeCorpusFiles>>;
  try {
    corpus = await writeCorpusFiles(out, results);
  } catch (error) {
    if (thread) {
      await thread.stop();
      // A glossary already written waits under temporary names: they go too.
      const done = await thread.written.catch(() => undefined);
      if (done) dropWritten(done.files);
    }
    throw error;
  }
  const { counts, tally, reportDocs } = corpus;
  try {
    const { glossary, files } = await (thread
      ? // A glossary too large for its thread's heap is built again here, where the heap is the process's.
        thread.written.catch((error: Error & { code?: string }) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? writeGlossary(out, results) : Promise.reject(error)))
      : writeGlossary(out, results));
    // Only now that the corpus files are in place, so a failed reduce never mixes a new glossary with old corpus files.
    putInPlace(files);
    counts.glossary = glossary.entries.length;
    counts.candidates = glossary.candidates.length;
    // The report's documents were written with the corpus files, as the JSON array its data holds; the glossary comes after them.
    const report = new AtomicWriter(join(out, 'report.html'));
    try {
      await report.write(reportHead(counts, tally));
      await report.copyFrom(reportDocs.temporary);
      for (const chunk of reportTail(glossary)) await report.write(chunk);
      await report.commit();
    } catch (error) {
      await report.abort();
      throw error;
    }
  } finally {
    dropWritten([reportDocs]);
  }
  return counts;
}

/**
 * The per-sentence corpus files (texts, alignment, TMX, entities, diagnostics),
 * with the counts, the report's tally, and the report's documents (a part file
 * in the state folder, to be copied into the report).
 */
async function writeCorpusFiles(out: string, results: StoredResults): Promise<{ counts: CorpusCounts; tally: ReportTally; reportDocs: WrittenFile }> {
  const counts: CorpusCounts = { documents: 0, sentences: { en: 0, pt: 0 }, links: 0, entities: 0, glossary: 0, candidates: 0 };
  const files = {
    en: new AtomicWriter(join(out, 'report.en.txt')),
    pt: new AtomicWriter(join(out, 'report.pt.txt')),
    alignment: new AtomicWriter(join(out, 'alignment.jsonl')),
    tmx: new AtomicWriter(join(out, 'alignment.tmx')),
    entities: new AtomicWriter(join(out, 'entities.jsonl')),
    entityLinks: new AtomicWriter(join(out, 'entity-links.jsonl')),
    diagnostics: new AtomicWriter(join(out, 'diagnostics.jsonl')),
  };
  // Never put in place: a temporary name of this process's own, so reducers sharing a state folder never read each other's, and a killed run's is removed by the next.
  const reportDocs = new AtomicWriter(join(results.dir, 'report-docs.json'));
  const all = [...Object.values(files), reportDocs];
  const tally = emptyTally();
  try {
    await files.tmx.write(tmxHeader(pipelineVersion()));
    const multi = results.entries.length > 1;
    for (const doc of results.withoutTerms()) {
      // The same text as JSON.stringify of the array of all of them, as the report's `docs`.
      await reportDocs.write((counts.documents === 0 ? '[' : ',') + reportDocumentJson(doc));
      counts.documents++;
      tallyDocument(tally, doc);
      for (const lang of ['en', 'pt'] as const) {
        const text = doc.text[lang];
        if (!text) continue;
        // One document's text is the file as is; several are headed by their ids.
        await files[lang].write(`${multi ? `# ${doc.id}\n\n` : ''}${text.trimEnd()}\n${multi ? '\n' : ''}`);
      }
      const byN = sentenceIndex(doc.sentences);
      counts.sentences.en += byN.en.size;
      counts.sentences.pt += byN.pt.size;
      const links = doc.alignment.map((link) => ({
        ...link,
        en_text: link.en.map((n) => byN.en.get(n)?.text ?? '').join(' '),
        pt_text: link.pt.map((n) => byN.pt.get(n)?.text ?? '').join(' '),
      }));
      for (const l of links) {
        await files.alignment.write(
          JSON.stringify({ doc: doc.id, part: l.part, en: l.en, pt: l.pt, score: l.score, en_text: l.en_text, pt_text: l.pt_text }) + '\n',
        );
      }
      counts.links += links.length;
      await files.tmx.write(tmxUnits(links, { doc: doc.id }));
      for (const s of doc.sentences) {
        const entities = doc.entities.filter((e) => e.sentence === s.id).map(({ sentence: _s, lang: _l, ...e }) => e);
        if (entities.length === 0) continue;
        counts.entities += entities.length;
        await files.entities.write(JSON.stringify({ doc: doc.id, id: s.id, lang: s.lang, part: s.part, text: s.text, entities }) + '\n');
      }
      for (const link of doc.entityLinks) await files.entityLinks.write(JSON.stringify({ doc: doc.id, ...link }) + '\n');
      for (const m of doc.messages) await files.diagnostics.write(JSON.stringify({ doc: doc.id, path: doc.path, ...m }) + '\n');
    }
    await files.tmx.write(tmxFooter());
    await reportDocs.write(counts.documents === 0 ? '[]' : ']');
    const part = await reportDocs.finish();
    for (const f of Object.values(files)) await f.commit();
    return { counts, tally, reportDocs: part };
  } catch (error) {
    for (const f of all) await f.abort();
    throw error;
  }
}

function sentenceIndex(sentences: Sentence[]): Record<Lang, Map<number, Sentence>> {
  const index = { en: new Map<number, Sentence>(), pt: new Map<number, Sentence>() };
  for (const s of sentences) index[s.lang].set(s.n, s);
  return index;
}
