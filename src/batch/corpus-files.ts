import { join } from 'node:path';
import { escapeLine } from '../io/escape.js';
import { AtomicWriter, type WrittenFile } from '../io/atomic.js';
import type { CorpusCounts, DecisionOutcome, DocumentResult, Lang, Sentence, SentenceEntity } from '../types.js';
import { tmxHeader, tmxUnits, tmxFooter } from '../align/output.js';
import { pipelineVersion } from '../io/package.js';
import type { ReportTally } from '../report/html.js';
import { ReportDocuments } from '../report/write.js';
import type { ProjectSettings, StoredResults } from './reduce-input.js';
import { readDecisions } from '../review/decisions.js';
import { linkDecisionsByDoc, reviewAlignment } from '../review/apply-links.js';
import { guessedParts } from '../ingest/guesses.js';

/** What the corpus-file pass hands back: the counts, the report's tally, and the report's documents (a part file). */
export interface WrittenCorpusFiles {
  counts: CorpusCounts;
  tally: ReportTally;
  reportDocs: WrittenFile;
  /** What became of the reviewer's link decisions. */
  review: DecisionOutcome[];
}

/**
 * The per-sentence corpus files (texts, alignment, TMX, entities, diagnostics),
 * with the counts, the report's tally, and the report's documents (a part file
 * in the state folder, to be copied into the report).
 */
export async function writeCorpusFiles(out: string, results: StoredResults, settings: ProjectSettings = {}): Promise<WrittenCorpusFiles> {
  const counts: CorpusCounts = { documents: 0, sentences: { en: 0, pt: 0 }, links: 0, entities: 0, glossary: 0, candidates: 0, guessed: {}, unpairedKeywords: 0 };
  const files: CorpusFiles = {
    en: new AtomicWriter(join(out, 'report.en.txt')),
    pt: new AtomicWriter(join(out, 'report.pt.txt')),
    alignment: new AtomicWriter(join(out, 'alignment.jsonl')),
    tmx: new AtomicWriter(join(out, 'alignment.tmx')),
    entities: new AtomicWriter(join(out, 'entities.jsonl')),
    entityLinks: new AtomicWriter(join(out, 'entity-links.jsonl')),
    diagnostics: new AtomicWriter(join(out, 'diagnostics.jsonl')),
  };
  // Never put in place: a temporary name of this process's own, so reducers sharing a state folder never read each other's, and a killed run's is removed by the next.
  const reportDocs = new ReportDocuments(join(results.dir, 'report-docs.json'));
  const all = [...Object.values(files), reportDocs];
  // The reviewer's link decisions, by document; those left at the end found no document.
  const decided = settings.decisions ? linkDecisionsByDoc(readDecisions(settings.decisions)) : new Map();
  const review: DecisionOutcome[] = [];
  try {
    await files.tmx.write(tmxHeader(pipelineVersion()));
    const multi = results.entries.length > 1;
    for (let doc of results.withoutTerms()) {
      const decisions = decided.get(doc.id);
      if (decisions) {
        const reviewed = reviewAlignment(doc, decisions);
        doc = { ...doc, alignment: reviewed.alignment };
        review.push(...reviewed.outcomes);
        decided.delete(doc.id);
      }
      await reportDocs.add(doc);
      await writeDocument(files, doc, counts, { multi, minScore: settings.minScore });
    }
    await files.tmx.write(tmxFooter());
    const part = await reportDocs.finish();
    for (const f of Object.values(files)) await f.commit();
    for (const rest of decided.values()) for (const { line, decision } of rest) review.push({ line, decision, outcome: 'unmatched' });
    return { counts, tally: reportDocs.tally, reportDocs: part, review };
  } catch (error) {
    for (const f of all) await f.abort();
    throw error;
  }
}

/** The corpus files a reduce writes, one writer each. */
type CorpusFiles = Record<Lang | 'alignment' | 'tmx' | 'entities' | 'entityLinks' | 'diagnostics', AtomicWriter>;

/** One document's lines in every corpus file, and what it adds to the counts. `multi`: several documents, so texts are headed by their ids. */
async function writeDocument(files: CorpusFiles, doc: DocumentResult, counts: CorpusCounts, how: { multi: boolean; minScore?: number }): Promise<void> {
  counts.documents++;
  for (const lang of ['en', 'pt'] as const) {
    const text = doc.text[lang];
    if (!text) continue;
    // One document's text is the file as is; several are headed by their ids.
    await files[lang].write(`${how.multi ? `# ${escapeLine(doc.id)}\n\n` : ''}${text.trimEnd()}\n${how.multi ? '\n' : ''}`);
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
      JSON.stringify({ doc: doc.id, part: l.part, en: l.en, pt: l.pt, score: l.score, en_text: l.en_text, pt_text: l.pt_text, ...(l.review ? { review: l.review } : {}) }) + '\n',
    );
  }
  counts.links += links.length;
  await files.tmx.write(tmxUnits(links, { doc: doc.id, minScore: how.minScore }));
  // grouped once: a filter per sentence took time in sentences × mentions (docs/faults.md, F49)
  const bySentence = new Map<string, SentenceEntity[]>();
  for (const e of doc.entities) {
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  for (const s of doc.sentences) {
    const entities = (bySentence.get(s.id) ?? []).map(({ sentence: _s, lang: _l, ...e }) => e);
    if (entities.length === 0) continue;
    counts.entities += entities.length;
    await files.entities.write(JSON.stringify({ doc: doc.id, id: s.id, lang: s.lang, part: s.part, text: s.text, entities }) + '\n');
  }
  for (const link of doc.entityLinks) await files.entityLinks.write(JSON.stringify({ doc: doc.id, ...link }) + '\n');
  for (const rule of guessedParts(doc.messages)) counts.guessed[rule] = (counts.guessed[rule] ?? 0) + 1;
  if (doc.messages.some((m) => m.rule === 'keyword-counts-differ')) counts.unpairedKeywords++;
  for (const m of doc.messages) await files.diagnostics.write(JSON.stringify({ doc: doc.id, path: doc.path, ...m }) + '\n');
}

function sentenceIndex(sentences: Sentence[]): Record<Lang, Map<number, Sentence>> {
  const index = { en: new Map<number, Sentence>(), pt: new Map<number, Sentence>() };
  for (const s of sentences) index[s.lang].set(s.n, s);
  return index;
}
