/**
 * Glossary build time for 100 vs 1,000 documents, recombined from the dev WMT
 * corpus (each synthetic document joins the aligned pairs of two dev
 * documents), to show that both the map step (term evidence per document)
 * and the corpus reduce scale linearly; the reduce also without the
 * association-only proposals (their cost), and on 10,000 documents (the
 * 1,000 documents' terms ten times over, under new ids: memory must stay flat);
 * and the English term candidates alone (tagging is most of the map step).
 *
 *   npx tsx scripts/bench/glossary.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../../src/glossary/build.js';
import { englishCandidates, loadEnglishTagger } from '../../src/glossary/candidates.js';
import { collectDocumentTerms, type DocumentInputForTerms } from '../../src/glossary/evidence.js';
import type { DocumentTerms, Link, Sentence } from '../../src/types.js';

interface WmtDoc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
  links: Array<{ en: number[]; pt: number[]; label: string }>;
}

const dev: WmtDoc[] = readFileSync(join(import.meta.dirname, '../../../shared/eval/dev/align/wmt_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** Synthetic document k: the OK pairs of dev documents k and 7k+3, renumbered. */
function recombined(k: number): DocumentInputForTerms {
  const sentences: Sentence[] = [];
  const alignment: Link[] = [];
  const n = { en: 0, pt: 0 };
  for (const d of [dev[k % dev.length]!, dev[(7 * k + 3) % dev.length]!]) {
    for (const l of d.links) {
      if (l.label !== 'OK' || !l.en.length || !l.pt.length) continue;
      const link: Link = { en: [], pt: [], score: 1, part: 'abstract' };
      for (const lang of ['en', 'pt'] as const) {
        for (const i of l[lang]) {
          const text = (lang === 'en' ? d.en_sentences : d.pt_sentences)[i - 1]!;
          const num = ++n[lang];
          sentences.push({ id: `${lang}-${num}`, lang, n: num, part: 'abstract', section: '', text, start: 0, end: text.length, citations: [] });
          link[lang].push(num);
        }
      }
      alignment.push(link);
    }
  }
  return { doc: `bench-${k}`, sentences, alignment };
}

let terms: DocumentTerms[] = [];

async function run(size: number) {
  const t0 = performance.now();
  terms = [];
  for (let k = 0; k < size; k++) terms.push(await collectDocumentTerms(recombined(k)));
  const t1 = performance.now();
  const g = buildGlossary(terms);
  const t2 = performance.now();
  buildGlossary(terms, { association: false });
  const t3 = performance.now();
  return {
    documents: size,
    mapMs: Math.round(t1 - t0),
    reduceMs: Math.round(t2 - t1),
    reduceWithoutAssociationMs: Math.round(t3 - t2),
    entries: g.entries.length,
    candidates: g.candidates.length,
  };
}

/** The reduce alone over `copies` × the last run's documents, as a fresh pass each time (as the batch reduce reads its shards). */
function reduceOver(copies: number) {
  const docs = function* () {
    for (let c = 0; c < copies; c++) for (const t of terms) yield c === 0 ? t : { ...t, doc: `${t.doc}-${c}`, evidence: t.evidence.map((e) => ({ ...e, doc: `${t.doc}-${c}` })) };
  };
  const t0 = performance.now();
  const g = buildGlossary(docs);
  const ms = Math.round(performance.now() - t0);
  return { documents: copies * terms.length, reduceMs: ms, entries: g.entries.length };
}

/** English term candidates of every English sentence of `size` documents, as the map step takes them (tagging included). */
async function englishOnly(size: number) {
  await loadEnglishTagger();
  const sentences = Array.from({ length: size }, (_, k) => recombined(k).sentences.filter((s) => s.lang === 'en').map((s) => s.text)).flat();
  const t0 = performance.now();
  for (const s of sentences) englishCandidates(s);
  const ms = Math.round(performance.now() - t0);
  return { sentences: sentences.length, ms, perSecond: Math.round((sentences.length / ms) * 1000) };
}

await run(20); // warm-up: loads compromise, the termbase and the language data
const small = await run(100);
const large = await run(1000);
const huge = reduceOver(10);
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10) / 10);
const english = await englishOnly(1000);
const result = { small, large, huge, english, mapRatio: ratio(large.mapMs, small.mapMs), reduceRatio: ratio(large.reduceMs, small.reduceMs), hugeRatio: ratio(huge.reduceMs, large.reduceMs) };
for (const r of [small, large]) {
  console.log(
    `${String(r.documents).padStart(5)} documents: map ${r.mapMs} ms, reduce ${r.reduceMs} ms (without association-only pairs ${r.reduceWithoutAssociationMs} ms), ${r.entries} entries, ${r.candidates} candidates`,
  );
}
console.log(`English term candidates of the 1,000 documents: ${english.sentences} sentences in ${english.ms} ms (${english.perSecond} sentences/s)`);
console.log(`10,000 documents (the 1,000 ten times over): reduce ${huge.reduceMs} ms, ${huge.entries} entries`);
console.log(`1,000 / 100 time ratio: map ${result.mapRatio}×, reduce ${result.reduceRatio}× (linear = 10×); 10,000 / 1,000 reduce ${result.hugeRatio}×`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/bench-glossary.json', JSON.stringify(result, null, 2) + '\n');
