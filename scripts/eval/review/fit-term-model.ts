/**
 * Fit and validate a term model (a logistic combination of the general
 * features of _term-features.ts giving the probability a corpus-mined pair is
 * useful) on every judged
 * pair (_term-model-data.ts), against the glossaries last built by
 * `npm run eval -- glossary`:
 * - cross-corpus: fit on SciELO's judgements, predict WMT's, and the other way;
 *   leave-one-sample-out over both corpora;
 * - at equal size: the precision of the judged pairs kept when the model keeps
 *   as many of the pairs in its scope as the rules keep, against the rules';
 *   and at a bar chosen on the other corpus (the bar that keeps there as many
 *   as the rules keep there);
 * - per third as the replay estimates it (judged pairs kept, by the rank their
 *   entry takes in the glossary ordered by score), and the useful entries that
 *   gives (a third's precision × its size, summed).
 * Last, the weights fitted on both corpora, each with what it measures, and
 * the in-sample figures (an upper bound of what these features can do). The
 * model did not beat the hand-set rules across corpora (docs/glossary-eval.md,
 * rounds seven and eleven), so the glossary does not use it; this script redoes the test
 * on any later glossary or sample.
 *
 *   npx tsx scripts/eval/review/fit-term-model.ts [--lambda 1]
 */
import { parseArgs } from 'node:util';
import { CORPORA, readEvalGlossary, type CorpusName } from '../_glossaries.js';
import { FEATURES } from './_term-features.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { judgedPairs, replay } from './_replay.js';
import { auc, fitLogistic, predict, type Fit } from './_logistic.js';
import { judgedRows, vectors, type Built, type Row } from './_term-model-data.js';
import { NOTES } from './_term-model-notes.js';

const { values } = parseArgs({ options: { lambda: { type: 'string', default: '1' } } });
const lambda = Number(values.lambda);

interface Corpus {
  name: CorpusName;
  glossary: Built;
  vec: Map<GlossaryEntry, number[]>;
  rows: Row[];
}

const corpora: Corpus[] = (Object.keys(CORPORA) as CorpusName[]).map((name) => {
  const glossary = readEvalGlossary(name);
  const vec = vectors(glossary);
  return { name, glossary, vec, rows: judgedRows(name, glossary, vec) };
});

const fitOn = (rows: Row[]) => fitLogistic(rows.map((r) => r.x), rows.map((r) => r.useful), lambda);
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** How many pairs in the model's scope the rules keep (entries), over the whole glossary. */
const ruleKept = (c: Corpus) => [...c.vec.keys()].filter((e) => c.glossary.entries.includes(e)).length;

/** The bar that keeps `k` of the scope's pairs. */
function barFor(fit: Fit, c: Corpus, k: number): number {
  const ps = [...c.vec.values()].map((x) => predict(fit, x)).sort((a, b) => b - a);
  return k <= 0 ? 1 : ps[Math.min(k, ps.length) - 1]!;
}

/** The judged pairs kept by a decision, and how many are useful. */
function keptFigures(rows: Row[], keep: (r: Row) => boolean): { kept: number; useful: number } {
  const kept = rows.filter(keep);
  return { kept: kept.length, useful: kept.filter((r) => r.useful).length };
}

/** The rules' entries, those in the model's scope scored by the model (the model as the ranking only). */
function reranked(c: Corpus, fit: Fit): GlossaryEntry[] {
  return c.glossary.entries.map((e) => {
    const x = c.vec.get(e);
    return x ? { ...e, score: Math.round(predict(fit, x) * 1000) / 1000 } : e;
  });
}

/** The glossary a model and bar would make: scope pairs at or over the bar are entries scored by the model; the rest as built. */
function remade(c: Corpus, fit: Fit | undefined, bar: number): GlossaryEntry[] {
  if (!fit) return c.glossary.entries;
  const out = c.glossary.entries.filter((e) => !c.vec.has(e));
  for (const [e, x] of c.vec) {
    const p = predict(fit, x);
    if (p >= bar) out.push({ ...e, score: Math.round(p * 1000) / 1000, reason: undefined });
  }
  return out;
}

/** Useful precision per third (judged pairs kept, by their entry's rank) and the useful entries that estimates. */
function thirds(c: Corpus, entries: GlossaryEntry[]): string {
  const ranked = [...entries].sort((a, b) => b.score - a.score);
  const rank = new Map(ranked.map((e, i) => [`${e.en}\u0000${e.pt}`, i]));
  const bounds = [0, Math.round(ranked.length / 3), Math.round((2 * ranked.length) / 3), ranked.length];
  const tally = [0, 1, 2].map(() => ({ n: 0, useful: 0 }));
  for (const r of replay(judgedPairs(c.name), { entries: ranked, candidates: [] })) {
    if (r.fate.kind !== 'kept') continue;
    const i = rank.get(`${r.fate.entry.en}\u0000${r.fate.entry.pt}`)!;
    const t = i < bounds[1]! ? 0 : i < bounds[2]! ? 1 : 2;
    tally[t]!.n++;
    if (r.judged.useful) tally[t]!.useful++;
  }
  const prec = tally.map((t) => (t.n === 0 ? 0 : t.useful / t.n));
  const usefulEntries = prec.reduce((s, p, t) => s + p * (bounds[t + 1]! - bounds[t]!), 0);
  return `entries ${ranked.length}, per third ${prec.map((p, t) => `${p.toFixed(2)} (n ${tally[t]!.n})`).join(' / ')}, overall ${(prec.reduce((a, b) => a + b, 0) / 3).toFixed(3)}, useful entries ≈ ${Math.round(usefulEntries)}`;
}

function crossCorpus(train: Corpus, test: Corpus): void {
  const fit = fitOn(train.rows);
  const ys = test.rows.map((r) => r.useful);
  const p = test.rows.map((r) => predict(fit, r.x));
  console.log(`\n${train.name} → ${test.name}: ${train.rows.length} judged pairs to fit, ${test.rows.length} to test (${ys.filter(Boolean).length} useful)`);
  console.log(`  AUC model ${auc(p, ys).toFixed(3)}, rules' score ${auc(test.rows.map((r) => r.entry.score), ys).toFixed(3)}, termhood ${auc(test.rows.map((r) => r.entry.termhood ?? 0), ys).toFixed(3)}`);
  const rules = keptFigures(test.rows, (r) => r.kept);
  const order = test.rows.map((r, i) => ({ r, p: p[i]! })).sort((a, b) => b.p - a.p);
  const top = new Set(order.slice(0, rules.kept).map((o) => o.r));
  const same = keptFigures(test.rows, (r) => top.has(r));
  console.log(`  equal size (${rules.kept} judged pairs kept): rules ${rules.useful} useful (${pct(rules.useful, rules.kept)}), model ${same.useful} (${pct(same.useful, same.kept)})`);
  withinKept(test.rows.filter((r) => r.kept), fit);
  const bar = barFor(fit, train, ruleKept(train));
  const byBar = keptFigures(test.rows, (r, i = test.rows.indexOf(r)) => p[i]! >= bar);
  const keptAll = [...test.vec.values()].filter((x) => predict(fit, x) >= bar).length;
  console.log(`  bar chosen on ${train.name} (${bar.toFixed(3)}): keeps ${keptAll} of ${test.vec.size} scope pairs (rules ${ruleKept(test)}); judged kept ${byBar.kept}, useful ${byBar.useful} (${pct(byBar.useful, byBar.kept)})`);
  console.log(`  rules: ${thirds(test, test.glossary.entries)}`);
  console.log(`  model and its bar: ${thirds(test, remade(test, fit, bar))}`);
  console.log(`  rules' entries, model's score: ${thirds(test, reranked(test, fit))}`);
}

/** Among the pairs the rules keep: the model as a ranking and a further cut, against the rules' score, removing the lowest 10–30%. */
function withinKept(kept: Row[], model: Fit | ((r: Row) => number)): void {
  const ys = kept.map((r) => r.useful);
  const p = kept.map((r) => (typeof model === 'function' ? model(r) : predict(model, r.x)));
  const s = kept.map((r) => r.entry.score);
  console.log(`  within the kept (${kept.length}, ${ys.filter(Boolean).length} useful): AUC model ${auc(p, ys).toFixed(3)}, rules' score ${auc(s, ys).toFixed(3)}`);
  for (const cut of [0.1, 0.2, 0.3]) {
    const n = Math.round(kept.length * (1 - cut));
    const keep = (v: number[]) => kept.map((r, i) => ({ r, v: v[i]! })).sort((a, b) => b.v - a.v).slice(0, n).filter((o) => o.r.useful).length;
    console.log(`    cut lowest ${cut * 100}%: keeps ${n}, useful by model ${keep(p)} (${pct(keep(p), n)}), by rules' score ${keep(s)} (${pct(keep(s), n)})`);
  }
  for (const [name, v] of [['model', p], ["rules' score", s]] as const) console.log(`    precision 0.90 ${name}: ${reach(kept, v, 0.9)}`);
}

/** The largest cut from the top of a ranking whose precision is at least `aim`: how many pairs and useful ones it keeps. */
function reach(rows: Row[], v: number[], aim: number): string {
  const order = rows.map((r, i) => ({ r, v: v[i]! })).sort((a, b) => b.v - a.v);
  let useful = 0;
  let best = { n: 0, useful: 0 };
  order.forEach((o, i) => {
    if (o.r.useful) useful++;
    if (useful / (i + 1) >= aim) best = { n: i + 1, useful };
  });
  return `keeps ${best.n} of ${rows.length} (useful ${best.useful} of ${rows.filter((r) => r.useful).length})`;
}

function leaveOneSampleOut(all: Row[]): void {
  console.log('\nleave one sample out (both corpora; each sample folder predicted by a fit on the others)');
  let rulesUseful = 0;
  let modelUseful = 0;
  let kept = 0;
  for (const from of [...new Set(all.map((r) => r.from))].sort()) {
    const test = all.filter((r) => r.from === from);
    const fit = fitOn(all.filter((r) => r.from !== from));
    const rules = keptFigures(test, (r) => r.kept);
    const top = new Set(test.map((r) => ({ r, p: predict(fit, r.x) })).sort((a, b) => b.p - a.p).slice(0, rules.kept).map((o) => o.r));
    const model = keptFigures(test, (r) => top.has(r));
    rulesUseful += rules.useful;
    modelUseful += model.useful;
    kept += rules.kept;
    console.log(`  ${from.padEnd(13)} ${String(test.length).padStart(4)} pairs, kept ${String(rules.kept).padStart(4)}: rules ${pct(rules.useful, rules.kept)}, model ${pct(model.useful, model.kept)}`);
  }
  console.log(`  all: equal size ${kept}: rules ${rulesUseful} useful (${pct(rulesUseful, kept)}), model ${modelUseful} (${pct(modelUseful, kept)})`);
  // Each pair scored by the fit that did not see its sample: the pooled ranking, over every pair and within the kept.
  const outOfFold = new Map<Row, number>();
  for (const from of new Set(all.map((r) => r.from))) {
    const fit = fitOn(all.filter((r) => r.from !== from));
    for (const r of all) if (r.from === from) outOfFold.set(r, predict(fit, r.x));
  }
  const ys = all.map((r) => r.useful);
  console.log(`  pooled out of sample: AUC model ${auc(all.map((r) => outOfFold.get(r)!), ys).toFixed(3)}, rules' score ${auc(all.map((r) => r.entry.score), ys).toFixed(3)}`);
  const keptRows = all.filter((r) => r.kept);
  withinKept(keptRows, (r) => outOfFold.get(r)!);
}

const [scielo, wmt] = corpora as [Corpus, Corpus];
crossCorpus(scielo, wmt);
crossCorpus(wmt, scielo);
leaveOneSampleOut([...scielo.rows, ...wmt.rows]);

const both = fitOn([...scielo.rows, ...wmt.rows]);
// The bar at equal size over both glossaries: as many scope pairs kept as the rules keep.
const ps = corpora.flatMap((c) => [...c.vec.values()].map((x) => predict(both, x))).sort((a, b) => b - a);
const bar = ps[corpora.reduce((s, c) => s + ruleKept(c), 0) - 1]!;
console.log(`\nfitted on both (${scielo.rows.length + wmt.rows.length} judged pairs), bar ${bar.toFixed(3)}:`);
for (const c of corpora) {
  console.log(`  ${c.name} rules: ${thirds(c, c.glossary.entries)}`);
  console.log(`  ${c.name} model and its bar: ${thirds(c, remade(c, both, bar))}`);
  console.log(`  ${c.name} rules' entries, model's score: ${thirds(c, reranked(c, both))}`);
}
for (const c of corpora) {
  const rules = keptFigures(c.rows, (r) => r.kept);
  const top = new Set(c.rows.map((r) => ({ r, p: predict(both, r.x) })).sort((a, b) => b.p - a.p).slice(0, rules.kept).map((o) => o.r));
  const model = keptFigures(c.rows, (r) => top.has(r));
  console.log(`  ${c.name} in sample, equal size (${rules.kept}): rules ${rules.useful} useful (${pct(rules.useful, rules.kept)}), model ${model.useful} (${pct(model.useful, model.kept)})`);
}
FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(13)} ${both.weights[j]!.toFixed(3).padStart(7)}  ${NOTES[f]}`));
console.log(`  ${'intercept'.padEnd(13)} ${both.intercept.toFixed(3)}`);

