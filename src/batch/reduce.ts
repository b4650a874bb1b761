import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { AtomicWriter } from '../io/atomic.js';
import type { DocumentResult, DocumentTerms, Lang, Sentence } from '../types.js';
import { tmxHeader, tmxUnits, tmxFooter } from '../align/output.js';
import { pipelineVersion } from './version.js';
import { GlossaryBuilder } from '../glossary/build.js';
import { loadImportedTermbase } from '../glossary/termbase.js';
import { csvChunks, i18nextChunks, jsonChunks, tbxChunks } from '../glossary/export.js';
import { emptyTally, reportParts, tallyDocument } from '../report/html.js';

export interface CorpusCounts {
  documents: number;
  sentences: Record<Lang, number>;
  links: number;
  entities: number;
  glossary: number;
  candidates: number;
}

/** The stored document results in corpus order; each call is a fresh pass, read one document at a time. */
export interface StoredResults {
  all(): Iterable<DocumentResult>;
  /** Only each document's terms (the glossary's later passes). */
  terms(): Iterable<DocumentTerms>;
  /** The documents with empty terms (the report, which never looks at them). */
  withoutTerms(): Iterable<DocumentResult>;
}

/**
 * The reduce step: stream every document result into the corpus files. Each
 * file is written under a temporary name and renamed when complete, so an
 * interrupted run never leaves half a file.
 */
export async function reduce(out: string, results: StoredResults, documents: number): Promise<CorpusCounts> {
  // Each pass parses every stored result again, nearly all of it garbage at once; left to
  // its defaults V8 lets the heap swell with the corpus (10,000 documents: peak RSS 393 MB
  // where ~50 MB is live). Optimising for size keeps it near the live set (195 MB) for
  // ~20% more time in the reduce; the map step, where the flag costs far more, runs without it.
  setFlagsFromString('--optimize-for-size');
  try {
    return await reduceAll(out, results, documents);
  } finally {
    setFlagsFromString('--no-optimize-for-size');
  }
}

async function reduceAll(out: string, results: StoredResults, documents: number): Promise<CorpusCounts> {
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
  const all = Object.values(files);
  const tally = emptyTally();
  // The glossary's first pass (key counts, evidence) rides on this one.
  const terms = new GlossaryBuilder({ imported: loadImportedTermbase() });
  try {
    await files.tmx.write(tmxHeader(pipelineVersion()));
    const multi = documents > 1;
    for (const doc of results.all()) {
      counts.documents++;
      tallyDocument(tally, doc);
      terms.add(doc.terms);
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
    for (const f of all) await f.commit();
  } catch (error) {
    for (const f of all) await f.abort();
    throw error;
  }

  // A fresh pass over the shards each time the build asks, so co-occurrences are counted only for proposed pairs.
  const glossary = terms.finish(() => results.terms());
  counts.glossary = glossary.entries.length;
  counts.candidates = glossary.candidates.length;
  // Written an entry at a time: a large glossary is never one string as well as its entries.
  await writeChunks(join(out, 'glossary.json'), jsonChunks(glossary.entries));
  await writeChunks(join(out, 'glossary.candidates.json'), jsonChunks(glossary.candidates));
  await writeChunks(join(out, 'glossary.csv'), csvChunks(glossary.entries));
  await writeChunks(join(out, 'glossary.tbx'), tbxChunks(glossary.entries));
  await writeChunks(join(out, 'i18n', 'en', 'translation.json'), i18nextChunks(glossary.entries, 'en'));
  await writeChunks(join(out, 'i18n', 'pt', 'translation.json'), i18nextChunks(glossary.entries, 'pt'));
  // The report takes the documents one at a time from another pass, so it holds no more of the corpus than the files above.
  await writeChunks(join(out, 'report.html'), reportParts(results.withoutTerms(), glossary, counts, tally));
  return counts;
}

/** Stream chunks into a file that appears under its name only once complete. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const file = new AtomicWriter(path);
  try {
    for (const chunk of chunks) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

function sentenceIndex(sentences: Sentence[]): Record<Lang, Map<number, Sentence>> {
  const index = { en: new Map<number, Sentence>(), pt: new Map<number, Sentence>() };
  for (const s of sentences) index[s.lang].set(s.n, s);
  return index;
}
