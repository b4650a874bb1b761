/**
 * Cross-lingual retrieval on the WMT dev abstracts. Every English sentence of
 * the 200 documents is indexed (English only: no Portuguese text in the
 * index); each Portuguese sentence of a gold OK 1-1 link is then a query, and
 * we ask whether its aligned English sentence is the first hit / among the
 * first ten. Reported: recall@1, recall@10, MRR@10, and query latency.
 *
 * Then the hand-written cases of `_search-cases.ts` (exact phrases against
 * sentences sharing some of their words; subjects mentioned only negated),
 * run through the whole pipeline and searched without a language or type.
 *
 *   npx tsx scripts/eval/search.ts [--misses N]
 */
import { readDevJsonl, type WmtDoc } from '../dev-data.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SearchIndex } from '../../src/search/embedded.js';
import type { DocumentResult, Sentence } from '../../src/types.js';
import { InputError } from '../../src/io/errors.js';
import { processDocument } from '../../src/processor.js';
import { toResult } from '../../src/batch/document.js';
import { caseDocuments, searchCases, type SearchCase } from './_search-cases.js';

const showMisses = Number(process.argv[process.argv.indexOf('--misses') + 1] ?? 0) || 0;

type Doc = WmtDoc;

const docs: Doc[] = readDevJsonl('align/wmt_dev.jsonl');

/** A document as the pipeline would store it, with only its English sentences. */
function englishOnly(doc: Doc): DocumentResult {
  const sentences: Sentence[] = doc.en_sentences.map((text, i) => ({
    id: `${doc.id}-en-${i + 1}`, lang: 'en', n: i + 1, part: 'abstract', section: '', text, start: 0, end: text.length, citations: [],
  }));
  return {
    id: doc.id, path: 'wmt_dev.jsonl', hash: doc.id, version: 'eval', text: { en: doc.en_sentences.join('\n'), pt: '' }, captions: [],
    sentences, alignment: [], entities: [], entityLinks: [],
    terms: { doc: doc.id, pairs: 0, pairTerms: [], surfaces: { en: {}, pt: {} }, examples: [], evidence: [] }, messages: [],
  };
}

const t0 = performance.now();
const index = new SearchIndex();
for (const d of docs) index.put(englishOnly(d));
const buildMs = performance.now() - t0;

let queries = 0, at1 = 0, at10 = 0, rr = 0, empty = 0;
const latencies: number[] = [];
const misses: string[] = [];
for (const d of docs) {
  for (const link of d.links) {
    if (link.label !== 'OK' || link.en.length !== 1 || link.pt.length !== 1) continue;
    const query = d.pt_sentences[link.pt[0]! - 1]!;
    const target = `${d.id}#en${link.en[0]}`;
    queries++;
    const q0 = performance.now();
    let ids: string[] = [];
    try {
      ids = index.search(query, { lang: 'pt', limit: 10 }).map((h) => h.id);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      empty++;
    }
    latencies.push(performance.now() - q0);
    const rank = ids.indexOf(target) + 1;
    if (rank === 1) at1++;
    if (rank >= 1) at10++, (rr += 1 / rank);
    else if (misses.length < showMisses) misses.push(`PT: ${query}\nEN: ${d.en_sentences[link.en[0]! - 1]}\n`);
  }
}
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
const results = {
  documents: docs.length,
  indexed_sentences: index.recordCount,
  queries,
  recall_at_1: at1 / queries,
  recall_at_10: at10 / queries,
  mrr_at_10: rr / queries,
  queries_without_terms: empty,
  build_ms: Math.round(buildMs),
  query_ms_p50: +pct(0.5).toFixed(2),
  query_ms_p95: +pct(0.95).toFixed(2),
};
const f = (x: number) => (100 * x).toFixed(1) + '%';
console.log(`search — PT queries against English-only index (WMT dev, ${docs.length} docs, ${results.indexed_sentences} EN sentences)`);
console.log(`  queries ${queries} (gold OK 1-1 links)   recall@1 ${f(results.recall_at_1)}   recall@10 ${f(results.recall_at_10)}   MRR@10 ${results.mrr_at_10.toFixed(3)}`);
console.log(`  build ${results.build_ms} ms   query p50 ${results.query_ms_p50} ms   p95 ${results.query_ms_p95} ms`);
for (const m of misses) console.log(m);

/** Rank of each hand-written case's target among the first ten hits of its query (0: not there). */
async function caseRanks(): Promise<Array<{ c: SearchCase; rank: number }>> {
  const caseIndex = new SearchIndex();
  for (const d of caseDocuments) {
    const file = await processDocument(d.id, { kind: 'segmented', en: d.en, pt: d.pt }, `${d.id}.jsonl`);
    caseIndex.put(toResult(file, { id: d.id, path: `${d.id}.jsonl`, hash: d.id, input: { kind: 'segmented', en: d.en, pt: d.pt } }, 'eval'));
  }
  return searchCases.map((c) => ({ c, rank: caseIndex.search(c.query, { limit: 10 }).findIndex((h) => h.id === c.target) + 1 }));
}

const ranks = await caseRanks();
const cases: Record<string, { queries: number; recall_at_1: number; recall_at_10: number; mrr_at_10: number }> = {};
for (const kind of ['phrase', 'negated', 'all'] as const) {
  const group = ranks.filter((r) => kind === 'all' || r.c.kind === kind);
  cases[kind] = {
    queries: group.length,
    recall_at_1: group.filter((r) => r.rank === 1).length / group.length,
    recall_at_10: group.filter((r) => r.rank >= 1).length / group.length,
    mrr_at_10: group.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / group.length,
  };
  const m = cases[kind]!;
  console.log(`  cases ${kind.padEnd(7)} ${m.queries} queries   recall@1 ${f(m.recall_at_1)}   recall@10 ${f(m.recall_at_10)}   MRR@10 ${m.mrr_at_10.toFixed(3)}`);
}
for (const r of ranks) if (r.rank !== 1) console.log(`  ${r.c.kind} "${r.c.query}" → ${r.c.target} at ${r.rank || '>10'}`);
Object.assign(results, { cases });
mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../.bench/eval-search.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
