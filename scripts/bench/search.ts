/**
 * Search benchmark: index build time and size per 1,000 documents, and query
 * latency (p50/p95 over 1,000 queries) on an index of the whole WMT dev
 * corpus. The 200 dev abstracts (both languages, gold links as rungs) are
 * repeated under new ids to make 1,000 documents. Then one hostile query:
 * 1 MB of repeated words, as the API gets it (the CLI cannot pass 1 MB).
 *
 *   npx tsx scripts/bench/search.ts
 */
import { readDevJsonl, type WmtDoc } from '../dev-data.js';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchIndex, INDEX_FILE } from '../../src/search/embedded.js';
import type { DocumentResult, Link, Sentence } from '../../src/types.js';


type Doc = WmtDoc;

const docs: Doc[] = readDevJsonl('align/wmt_dev.jsonl');

function result(doc: Doc, id: string): DocumentResult {
  const sentences: Sentence[] = [];
  for (const lang of ['en', 'pt'] as const) {
    doc[`${lang}_sentences`].forEach((text, i) => sentences.push({ id: `${id}-${lang}-${i + 1}`, lang, n: i + 1, part: 'abstract', section: '', text, start: 0, end: text.length, citations: [] }));
  }
  // Gold links where they form a ladder; sentences they miss become one-sided records.
  const alignment: Link[] = doc.links.map((l) => ({ en: l.en, pt: l.pt, score: 1, part: 'abstract' }));
  return {
    id, path: 'wmt_dev.jsonl', hash: id, version: 'bench', text: { en: '', pt: '' }, captions: [], sentences, alignment, entities: [], entityLinks: [],
    terms: { doc: id, pairs: alignment.length, pairTerms: [], surfaces: { en: {}, pt: {} }, examples: [], evidence: [] }, messages: [],
  };
}

const N = 1000;
const corpus = Array.from({ length: N }, (_, i) => result(docs[i % docs.length]!, `${docs[i % docs.length]!.id}~${Math.floor(i / docs.length)}`));

const dir = mkdtempSync(join(tmpdir(), 'medbitext-bench-search-'));
let t = performance.now();
const index = new SearchIndex();
for (const d of corpus) index.put(d);
const buildMs = performance.now() - t;
t = performance.now();
index.save(dir);
const saveMs = performance.now() - t;
const bytes = statSync(join(dir, INDEX_FILE)).size;
t = performance.now();
const reopened = SearchIndex.open(dir);
const openMs = performance.now() - t;

// 1,000 queries: whole sentences of either language, and two-to-three-word phrases cut from them.
const sentences = docs.flatMap((d) => [...d.en_sentences, ...d.pt_sentences]);
let seed = 7;
const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const queries = Array.from({ length: 1000 }, (_, i) => {
  const s = sentences[Math.floor(rand() * sentences.length)]!;
  if (i % 2 === 0) return s;
  const words = s.split(/\s+/);
  const at = Math.floor(rand() * Math.max(1, words.length - 3));
  return words.slice(at, at + 2 + (i % 3 === 0 ? 1 : 0)).join(' ');
});

const latencies: number[] = [];
let failed = 0;
for (const q of queries) {
  const q0 = performance.now();
  try {
    reopened.search(q, { limit: 10 });
  } catch {
    failed++;
  }
  latencies.push(performance.now() - q0);
}
latencies.sort((a, b) => a - b);

const hostile = 'pain lupus de the calcium '.repeat(Math.ceil(1_048_576 / 26)).slice(0, 1_048_576);
t = performance.now();
reopened.search(hostile, { limit: 10 });
const hostileMs = performance.now() - t;
const pct = (p: number) => +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
rmSync(dir, { recursive: true, force: true });

const results = {
  documents: N,
  records: reopened.recordCount,
  build_ms_per_1000_docs: Math.round(buildMs),
  save_ms: Math.round(saveMs),
  open_ms: Math.round(openMs),
  index_bytes_per_1000_docs: bytes,
  queries: queries.length,
  queries_without_terms: failed,
  query_ms_p50: pct(0.5),
  query_ms_p95: pct(0.95),
  query_ms_max: pct(1),
  query_1mb_repeated_words_ms: Math.round(hostileMs),
};
console.log(`search bench — ${N} documents, ${results.records} records`);
console.log(`  build ${results.build_ms_per_1000_docs} ms / 1,000 docs   save ${results.save_ms} ms   open ${results.open_ms} ms   size ${(bytes / 1024 / 1024).toFixed(1)} MB / 1,000 docs`);
console.log(`  ${queries.length} queries: p50 ${results.query_ms_p50} ms   p95 ${results.query_ms_p95} ms   max ${results.query_ms_max} ms   (no terms: ${failed})`);
console.log(`  1 MB query of repeated words: ${results.query_1mb_repeated_words_ms} ms`);
mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../.bench/bench-search.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
