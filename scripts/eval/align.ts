/**
 * Sentence-alignment evaluation on the development split.
 *
 *   npx tsx scripts/eval/align.ts            report (stdout) + .bench/eval-align.json
 *   npx tsx scripts/eval/align.ts --fit      refit the score calibration on all of the dev split and
 *                                            write it to src/align/calibration.yaml
 *   npx tsx scripts/eval/align.ts --grid     also search the cost parameters
 *   npx tsx scripts/eval/align.ts --errors   also count WMT false links and misses by where they fall,
 *                                            and list the wrong links scored >= 0.9 held out
 *
 * Scoring (../shared/eval/dev/README.md): a link is the pair (EN set, PT set).
 * Gold links labelled OK are the positives; predicted links with an empty side
 * are never false positives; a predicted link identical to a gold link with
 * another label is ignored (lenient) or wrong (strict). Reported: P/R/F1 over
 * links, the same over 1-1 links only, and the share of documents aligned
 * perfectly (no miss, no false link). Views: WMT all documents,
 * `clean_nonnull`, `clean`; ReBEC pseudo-documents. Baselines: the 1-1
 * diagonal and hunalign (WMT only), scored by the same code.
 *
 * Then the score: its calibration table with coefficients fitted 5-fold
 * without the document being scored, and what leaving links under a score
 * threshold unaligned does to F1 (held-out scores again). The main table uses
 * the shipped coefficients, fitted on all of this split.
 */
import { readDevJsonl } from '../dev-data.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { alignWithEvidence, withoutWeakLinks, type EvidencedLink, type AlignOptions } from '../../src/align/align.js';
import { DEFAULT_COST, type CostParameters } from '../../src/align/cost.js';
import { linkScore, calibration, emitThreshold, EVIDENCE, CALIBRATION_FILE, type Calibration, type LinkEvidence } from '../../src/align/score.js';

const args = new Set(process.argv.slice(2));

interface GoldLink {
  en: number[];
  pt: number[];
  label: string;
}
interface Doc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
  links: GoldLink[];
  clean?: boolean;
  clean_nonnull?: boolean;
}
type Predicted = Array<{ en: number[]; pt: number[]; score: number; evidence?: LinkEvidence | null }>;

const wmt = readDevJsonl<Doc>('align/wmt_dev.jsonl');
const hunalign = new Map(readDevJsonl<{ id: string; links: Predicted }>('baselines/hunalign_wmt_dev.jsonl').map((d) => [d.id, d.links]));
const rebec = rebecDocuments(readDevJsonl<{ id: string; en: string; pt: string }>('align/rebec_dev.jsonl'));

// ---------------------------------------------------------------- ReBEC pseudo-documents

/** Deterministic PRNG (mulberry32) so the pseudo-documents are the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Split a sentence in two at a clause boundary near its middle, or null when it has none. */
function splitInTwo(s: string): [string, string] | null {
  const cuts = [...s.matchAll(/[,;:] /g)].map((m) => m.index + 1);
  if (cuts.length === 0 || s.length < 60) return null;
  const mid = s.length / 2;
  const cut = cuts.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  if (cut < 20 || s.length - cut < 20) return null;
  return [s.slice(0, cut).trim(), s.slice(cut).trim()];
}

/**
 * Runs of consecutive pairs of one ReBEC record joined into documents of 4–12
 * pairs; in each, some sentences are dropped on one side (a 1-0 / 0-1 link)
 * and some split in two on one side (a 1-2 / 2-1 link).
 */
function rebecDocuments(pairs: Array<{ id: string; en: string; pt: string }>): Doc[] {
  const random = rng(20240611);
  const byRecord = new Map<string, typeof pairs>();
  for (const p of pairs) {
    const [, record] = /^rebec-(\w+)-/.exec(p.id)!;
    const list = byRecord.get(record!) ?? [];
    list.push(p);
    byRecord.set(record!, list);
  }
  const docs: Doc[] = [];
  for (const [record, list] of byRecord) {
    list.sort((a, b) => Number(a.id.split('-')[2]) - Number(b.id.split('-')[2]));
    for (let at = 0; at < list.length; ) {
      const size = Math.min(list.length - at, 4 + Math.floor(random() * 9));
      const run = list.slice(at, at + size);
      at += size;
      if (run.length < 2) continue;
      const doc: Doc = { id: `rebec-${record}-${docs.length}`, en_sentences: [], pt_sentences: [], links: [] };
      for (const pair of run) {
        const r = random();
        const e = doc.en_sentences.length;
        const p = doc.pt_sentences.length;
        if (r < 0.08) {
          doc.en_sentences.push(pair.en);
          doc.links.push({ en: [e + 1], pt: [], label: 'NO_ALIGNMENT' });
        } else if (r < 0.16) {
          doc.pt_sentences.push(pair.pt);
          doc.links.push({ en: [], pt: [p + 1], label: 'NO_ALIGNMENT' });
        } else if (r < 0.26 && splitInTwo(pair.en)) {
          doc.en_sentences.push(...splitInTwo(pair.en)!);
          doc.pt_sentences.push(pair.pt);
          doc.links.push({ en: [e + 1, e + 2], pt: [p + 1], label: 'OK' });
        } else if (r < 0.36 && splitInTwo(pair.pt)) {
          doc.en_sentences.push(pair.en);
          doc.pt_sentences.push(...splitInTwo(pair.pt)!);
          doc.links.push({ en: [e + 1], pt: [p + 1, p + 2], label: 'OK' });
        } else {
          doc.en_sentences.push(pair.en);
          doc.pt_sentences.push(pair.pt);
          doc.links.push({ en: [e + 1], pt: [p + 1], label: 'OK' });
        }
      }
      if (doc.en_sentences.length > 0 && doc.pt_sentences.length > 0) docs.push(doc);
    }
  }
  return docs;
}

// ---------------------------------------------------------------- scoring

const key = (l: { en: number[]; pt: number[] }) => `${l.en.join(',')}|${l.pt.join(',')}`;

interface Counts {
  tp: number;
  fp: number;
  neutral: number;
  gold: number;
  tp11: number;
  fp11: number;
  gold11: number;
  perfect: number;
  perfectStrict: number;
  docs: number;
}

/** Outcome of each predicted non-empty link: true (right), false (wrong), null (neutral). */
function judge(doc: Doc, predicted: Predicted, strict: boolean): Array<boolean | null> {
  const labels = new Map(doc.links.map((l) => [key(l), l.label]));
  return predicted.map((l) => {
    if (l.en.length === 0 || l.pt.length === 0) return null;
    const label = labels.get(key(l));
    if (label === 'OK') return true;
    if (label !== undefined && !strict) return null;
    return false;
  });
}

function count(docs: Doc[], predict: (d: Doc) => Predicted): Counts {
  const c: Counts = { tp: 0, fp: 0, neutral: 0, gold: 0, tp11: 0, fp11: 0, gold11: 0, perfect: 0, perfectStrict: 0, docs: docs.length };
  for (const doc of docs) {
    const predicted = predict(doc);
    const gold = doc.links.filter((l) => l.label === 'OK');
    c.gold += gold.length;
    c.gold11 += gold.filter((l) => l.en.length === 1 && l.pt.length === 1).length;
    const lenient = judge(doc, predicted, false);
    const strict = judge(doc, predicted, true);
    let tp = 0;
    let fp = 0;
    let fpStrict = 0;
    predicted.forEach((l, k) => {
      const one = l.en.length === 1 && l.pt.length === 1;
      if (lenient[k] === true) {
        tp++;
        if (one) c.tp11++;
      } else if (lenient[k] === false) {
        fp++;
        if (one) c.fp11++;
      } else if (l.en.length > 0 && l.pt.length > 0) c.neutral++;
      if (strict[k] === false) fpStrict++;
    });
    c.tp += tp;
    c.fp += fp;
    if (tp === gold.length && fp === 0) c.perfect++;
    if (tp === gold.length && fpStrict === 0) c.perfectStrict++;
  }
  return c;
}

function prf(tp: number, fp: number, gold: number) {
  const p = tp / (tp + fp || 1);
  const r = tp / (gold || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}

function summary(c: Counts) {
  const lenient = prf(c.tp, c.fp, c.gold);
  const strict = prf(c.tp, c.fp + c.neutral, c.gold);
  const one = prf(c.tp11, c.fp11, c.gold11);
  return { lenient, strict, oneToOne: one, perfect: c.perfect / (c.docs || 1), perfectStrict: c.perfectStrict / (c.docs || 1), docs: c.docs };
}

// ---------------------------------------------------------------- systems

const diagonal = (d: Doc): Predicted => {
  const out: Predicted = [];
  const n = Math.max(d.en_sentences.length, d.pt_sentences.length);
  for (let k = 1; k <= n; k++) {
    out.push({ en: k <= d.en_sentences.length ? [k] : [], pt: k <= d.pt_sentences.length ? [k] : [], score: 0 });
  }
  return out;
};

function medbitext(options: AlignOptions = {}) {
  const cache = new Map<string, EvidencedLink[]>();
  return (d: Doc): Predicted => {
    let hit = cache.get(d.id);
    if (!hit) cache.set(d.id, (hit = alignWithEvidence(d.en_sentences, d.pt_sentences, options)));
    return hit;
  };
}

// ---------------------------------------------------------------- parameter search and calibration

function objective(cost: Partial<CostParameters>): number {
  const run = medbitext({ cost });
  const w = summary(count(wmt, run));
  const r = summary(count(rebec, run));
  return (w.lenient.f1 + w.strict.f1 + r.lenient.f1) / 3;
}

if (args.has('--grid')) {
  let best: CostParameters = { ...DEFAULT_COST };
  let bestScore = objective(best);
  const steps: Record<string, number[]> = {
    similarityWeight: [2, 3, 4, 5, 6, 8],
    lengthWeight: [0, 0.1, 0.2, 0.25, 0.35, 0.5],
    merge: [0, 0.3, 0.6, 0.9, 1.2, 1.6, 2.2, 3],
    doubleMerge: [0.5, 1, 1.5, 2, 3, 4, 6],
    tripleMerge: [2, 3, 3.5, 4, 5],
    skip: [1.2, 1.6, 2, 2.4, 2.8, 3.2, 3.6],
    openingSkip: [1.2, 1.6, 2, 2.4, 2.8],
    trailingHeading: [0, 1, 2, 3, 5],
    lengthVariance: [3, 4.5, 6, 8, 10],
  };
  for (let round = 0; round < 3; round++) {
    for (const [name, values] of Object.entries(steps)) {
      for (const v of values) {
        const trial = { ...best, [name]: v };
        const s = objective(trial);
        if (s > bestScore + 1e-9) {
          bestScore = s;
          best = trial;
        }
      }
    }
    console.log(`grid round ${round + 1}: ${bestScore.toFixed(4)} ${JSON.stringify(best)}`);
  }
}

/**
 * Logistic regression by Newton's method (iteratively reweighted least
 * squares) with a light ridge penalty, so collinear evidence cannot run away.
 */
function fitLogistic(samples: Array<{ x: LinkEvidence; y: number; weight?: number }>, ridge = 1): Calibration {
  const names = ['bias', ...EVIDENCE] as const;
  const d = names.length;
  const row = (x: LinkEvidence) => [1, ...EVIDENCE.map((n) => x[n])];
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, weight = 1 } of samples) {
      const r = row(x);
      const p = 1 / (1 + Math.exp(-r.reduce((a, v, k) => a + v * w[k]!, 0)));
      const q = weight * p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a]! += weight * (p - y) * r[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += q * r[a]! * r[b]!;
      }
    }
    for (let a = 1; a < d; a++) {
      grad[a]! += ridge * w[a]!;
      hess[a]![a]! += ridge;
    }
    const step = solve(hess, grad);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return Object.fromEntries(names.map((n, k) => [n, Math.round(w[k]! * 1000) / 1000])) as Calibration;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, k) => [...r, b[k]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((r, k) => (r[k] === 0 ? 0 : r[n]! / r[k]!));
}

// ---------------------------------------------------------------- report

const ours = medbitext();
const views: Array<[string, Doc[]]> = [
  ['wmt all', wmt],
  ['wmt clean_nonnull', wmt.filter((d) => d.clean_nonnull)],
  ['wmt clean (all OK)', wmt.filter((d) => d.clean)],
  ['rebec pseudo-docs', rebec],
];
const systems: Array<[string, (d: Doc) => Predicted, (d: Doc) => boolean]> = [
  ['medbitext', ours, () => true],
  ['hunalign', (d) => hunalign.get(d.id) ?? [], (d) => hunalign.has(d.id)],
  ['diagonal 1-1', diagonal, () => true],
];

const f = (x: number) => x.toFixed(4);
const results: Record<string, Record<string, ReturnType<typeof summary>>> = {};
console.log('Sentence alignment, dev split (P/R/F1 over links; lenient ignores predictions matching non-OK gold links)');
console.log('view                 system        docs  lenient P/R/F1            strict F1  1-1 F1   perfect(len/strict)');
for (const [view, docs] of views) {
  results[view] = {};
  for (const [name, predict, has] of systems) {
    if (!docs.every(has)) continue;
    const s = summary(count(docs, predict));
    results[view]![name] = s;
    console.log(
      `${view.padEnd(20)} ${name.padEnd(12)} ${String(s.docs).padStart(5)}  ${f(s.lenient.p)} ${f(s.lenient.r)} ${f(s.lenient.f1)}   ${f(s.strict.f1)}     ${f(s.oneToOne.f1)}   ${f(s.perfect)}/${f(s.perfectStrict)}`,
    );
  }
}

// ---------------------------------------------------------------- calibration, held out by document

/**
 * The score is fitted on the rungs of the full ladder (nothing dropped) and
 * judged on documents it was not fitted on: 5 folds by document (ReBEC
 * pseudo-documents by record, so no record is on both sides of a fold).
 * Each fold also learns from the rungs the aligner makes on non-parallel
 * input (the EN of one training document against the PT of the next), which
 * parallel documents alone rarely show.
 */
const FOLDS = 5;
const everyRung = medbitext({ minScore: 0 });
const group = (d: Doc) => (d.id.startsWith('rebec-') ? d.id.split('-')[1]! : d.id);
function foldOf(d: Doc): number {
  let h = 2166136261;
  for (const c of group(d)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % FOLDS;
}

interface Sample {
  x: LinkEvidence;
  y: number;
  weight?: number;
}
/** Weight of a non-parallel rung: enough to pin what no evidence looks like, not so much that it outvotes real documents. */
const NON_PARALLEL_WEIGHT = 0.25;
function samplesOf(doc: Doc, links: Predicted): Sample[] {
  const out: Sample[] = [];
  judge(doc, links, false).forEach((ok, k) => {
    const ev = links[k]!.evidence;
    if (ok !== null && ev) out.push({ x: ev, y: ok ? 1 : 0 });
  });
  return out;
}
function nonParallel(docs: Doc[]): Sample[] {
  const out: Sample[] = [];
  docs.forEach((doc, k) => {
    const other = docs[(k + 1) % docs.length]!;
    for (const l of alignWithEvidence(doc.en_sentences, other.pt_sentences, { minScore: 0 })) if (l.evidence) out.push({ x: l.evidence, y: 0, weight: NON_PARALLEL_WEIGHT });
  });
  return out;
}
const trainingSamples = (docs: Doc[]) => [...docs.flatMap((d) => samplesOf(d, everyRung(d))), ...nonParallel(docs.filter((d) => !d.id.startsWith('rebec-')))];

const allDocs = [...wmt, ...rebec];
/** Coefficients per document, each fitted on the documents of the other groups. */
function heldOutFits(groupOf: (d: Doc) => string): Map<string, Calibration> {
  const out = new Map<string, Calibration>();
  for (const g of new Set(allDocs.map(groupOf))) {
    const weights = fitLogistic(trainingSamples(allDocs.filter((d) => groupOf(d) !== g)));
    for (const d of allDocs) if (groupOf(d) === g) out.set(d.id, weights);
  }
  return out;
}
const heldOutWeights = heldOutFits((d) => String(foldOf(d)));
/** The ladder of a document with scores from a fit that did not see it, cut at `threshold`. */
const heldOut =
  (threshold: number, weights = heldOutWeights) =>
  (d: Doc): Predicted => {
    const w = weights.get(d.id)!;
    const rescored = everyRung(d).map((l) => ({ ...l, evidence: l.evidence ?? null, score: l.evidence ? linkScore(l.evidence, w) : 0 }));
    return withoutWeakLinks(rescored, threshold);
  };

function calibrationTable(predict: (d: Doc) => Predicted, docs = allDocs) {
  const scored: Array<{ y: number; score: number }> = [];
  for (const doc of docs) {
    const links = predict(doc);
    judge(doc, links, false).forEach((ok, k) => {
      if (ok !== null) scored.push({ y: ok ? 1 : 0, score: links[k]!.score });
    });
  }
  const bins = Array.from({ length: 10 }, (_, b) => ({ lo: b / 10, n: 0, right: 0 }));
  for (const s of scored) {
    const b = bins[Math.min(9, Math.floor(s.score * 10))]!;
    b.n++;
    b.right += s.y;
  }
  const above = (t: number) => {
    const a = scored.filter((s) => s.score >= t);
    return { threshold: t, links: a.length, accuracy: a.reduce((x, s) => x + s.y, 0) / (a.length || 1) };
  };
  return { bins, above: [0.5, 0.9, 0.95, 0.98].map(above) };
}

const heldOutTable = calibrationTable(heldOut(0));
console.log(`\nCalibration held out (${FOLDS}-fold by document; wmt + rebec, every rung with both sides, lenient):`);
console.log('score bin    links   accuracy');
for (const b of heldOutTable.bins) if (b.n > 0) console.log(`[${b.lo.toFixed(1)}, ${(b.lo + 0.1).toFixed(1)})   ${String(b.n).padStart(5)}   ${f(b.right / b.n)}`);
for (const a of heldOutTable.above) console.log(`score ≥ ${a.threshold.toFixed(2)}: ${String(a.links).padStart(5)} links, accuracy ${f(a.accuracy)}`);

const highBySource: Record<string, { links: number; accuracy: number }> = {};
for (const [name, docs] of [['WMT', wmt], ['ReBEC', rebec]] as const) {
  const a = calibrationTable(heldOut(0), docs).above.find((x) => x.threshold === 0.9)!;
  highBySource[name] = a;
  console.log(`${name} alone, 5-fold: score ≥ 0.90: ${String(a.links).padStart(5)} links, accuracy ${f(a.accuracy)}`);
}
// The held-out test data is other years of the same sources: fit on one WMT year (and ReBEC), score the other.
const year = (d: Doc) => (d.id.startsWith('rebec-') ? 'rebec' : d.id.slice(3, 7));
const byYear = heldOutFits((d) => (year(d) === '2019' ? '2019' : '2020+rebec'));
for (const y of ['2019', '2020']) {
  const a = calibrationTable(heldOut(0, byYear), wmt.filter((d) => year(d) === y)).above.find((x) => x.threshold === 0.9)!;
  highBySource[`WMT ${y}, other year fitted`] = a;
  console.log(`WMT ${y}, scores fitted without that year: score ≥ 0.90: ${String(a.links).padStart(5)} links, accuracy ${f(a.accuracy)}`);
}

console.log(`\nEmission threshold, held-out scores (shipped: ${emitThreshold()}):`);
console.log('threshold   wmt lenient P/R/F1        strict F1  clean_nonnull F1  rebec F1');
const emission: Array<Record<string, number>> = [];
for (const t of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) {
  const run = heldOut(t);
  const w = summary(count(wmt, run));
  const c = summary(count(wmt.filter((d) => d.clean_nonnull), run));
  const r = summary(count(rebec, run));
  emission.push({ threshold: t, lenient: w.lenient.f1, strict: w.strict.f1, cleanNonnull: c.lenient.f1, rebec: r.lenient.f1 });
  console.log(`${t.toFixed(2).padEnd(10)}  ${f(w.lenient.p)} ${f(w.lenient.r)} ${f(w.lenient.f1)}   ${f(w.strict.f1)}     ${f(c.lenient.f1)}            ${f(r.lenient.f1)}`);
}

if (args.has('--errors')) {
  console.log('\nWrong links scored ≥ 0.9 held out (lenient):');
  for (const doc of allDocs) {
    const links = heldOut(0)(doc);
    judge(doc, links, false).forEach((ok, k) => {
      const l = links[k]!;
      if (ok === false && l.score >= 0.9) console.log(`  ${doc.id}  ${key(l)}  ${l.score.toFixed(3)}  ${JSON.stringify(l.evidence, (_, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`);
    });
  }
}

const shippedTable = calibrationTable(ours);
const high = shippedTable.above.find((a) => a.threshold === 0.9)!;
console.log(`\nShipped coefficients on the same data (in-sample): score ≥ 0.9: ${high.links} links, accuracy ${f(high.accuracy)}`);

if (args.has('--fit')) {
  const weights = fitLogistic(trainingSamples(allDocs));
  const source = '"scripts/eval/align.ts --fit on the dev split"';
  const lines = [
    "# Link-score calibration (src/align/score.ts): logistic regression weights over a rung's",
    '# evidence, and the score below which a link is not emitted. Fitted on every rung of the',
    '# dev split (WMT 2019-2020 documents + ReBEC pseudo-documents, and non-parallel pairings',
    `# of WMT documents at weight ${NON_PARALLEL_WEIGHT}) with a ridge penalty of 1. The eval report checks the`,
    `# same fit ${FOLDS}-fold cross-validated by document and prints the held-out calibration table.`,
    '# Regenerate with `npx tsx scripts/eval/align.ts --fit`.',
    ...Object.entries(weights).map(([name, value]) => `- { name: ${name}, value: ${value}, source: ${source} }`),
    `- { name: threshold, value: ${emitThreshold()}, note: "links scored below are left unaligned; a link helps F1 only when P(right) exceeds about F1 / 2 (~0.47 here); held out, links scored under 0.1 are right about one time in four, so they are dropped; those in [0.1, 0.5) are right about half the time, so they are kept (eval report)" }`,
  ];
  writeFileSync(new URL(`../../${CALIBRATION_FILE}`, import.meta.url), `${lines.join('\n')}\n`);
  console.log(`fitted calibration written to ${CALIBRATION_FILE}:`, JSON.stringify(weights));
}

/**
 * Where the lenient errors on WMT fall: `title` when the gold link around the
 * predicted one holds EN sentence 1 (the title and the opening headings,
 * which the gold groups in several ways), `non-OK` when it touches a gold link
 * with another label (a partial translation grouped differently), `body`
 * otherwise; by bead shape.
 */
function errorCategories(): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (k: string) => (out[k] = (out[k] ?? 0) + 1);
  for (const doc of wmt) {
    const predicted = ours(doc);
    const predictedKeys = new Set(predicted.map(key));
    const labels = new Map(doc.links.map((l) => [key(l), l.label]));
    const around = (l: { en: number[]; pt: number[] }) =>
      doc.links.filter((g) => g.en.some((e) => l.en.includes(e)) || g.pt.some((p) => l.pt.includes(p)));
    const where = (gold: GoldLink[]) => (gold.some((g) => g.en.includes(1)) ? 'title' : gold.some((g) => g.label !== 'OK') ? 'non-OK' : 'body');
    for (const l of predicted) {
      if (l.en.length === 0 || l.pt.length === 0 || labels.has(key(l))) continue;
      add(`false link  ${where(around(l)).padEnd(7)} ${l.en.length}-${l.pt.length}`);
    }
    for (const g of doc.links) {
      if (g.label !== 'OK' || predictedKeys.has(key(g))) continue;
      const first = doc.links[0]!;
      const opening = g.en.includes(1) || (first.en.length === 1 && first.en[0] === 1 && g === doc.links[1]);
      add(`miss        ${(opening ? 'title' : 'body').padEnd(7)} ${g.en.length}-${g.pt.length}`);
    }
  }
  return Object.fromEntries(Object.entries(out).sort());
}

let errors: Record<string, number> | undefined;
if (args.has('--errors')) {
  errors = errorCategories();
  console.log('\nWMT lenient errors by place and bead shape:');
  for (const [k, v] of Object.entries(errors)) console.log(`${k}  ${String(v).padStart(4)}`);
}

mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../../.bench/eval-align.json', import.meta.url),
  JSON.stringify({ views: results, calibration: { heldOut: heldOutTable, highBySource, shipped: shippedTable }, emission, errors }, null, 2),
);
