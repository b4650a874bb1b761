
import { anchoredWindow, fullWindow, ladder, type Window } from './ladder.js';
import { beadCost, beadEvidence, DEFAULT_COST, Similarity, type CostParameters } from './cost.js';
import { documentWords, sentenceWords, type DocumentWords } from './features.js';
import { emitThreshold, linkScore, type LinkEvidence } from './score.js';

export interface AlignOptions {
  cost?: Partial<CostParameters>;
  /** Above this many states the search is confined to a band around anchors. */
  maxFullStates?: number;
  /** Half-width of that band, in sentences. */
  bandRadius?: number;
  /** Links scored below this are left unaligned (default: the shipped threshold; 0 keeps every rung). */
  minScore?: number;
}

/** One rung of the result: 1-based sentence numbers and a confidence in [0, 1]. */
export interface AlignedLink {
  en: number[];
  pt: number[];
  score: number;
}

/** A link with the evidence its score came from (for calibration and inspection). */
export interface EvidencedLink extends AlignedLink {
  evidence: LinkEvidence | null;
}

/**
 * Align English and Portuguese sentences of one document: every sentence
 * appears in exactly one link, links are in order on both sides, and each
 * carries a calibrated score (the chance it is a right translation link).
 */
export function alignSentences(en: string[], pt: string[], options: AlignOptions = {}): AlignedLink[] {
  return alignWithEvidence(en, pt, options).map(({ en, pt, score }) => ({ en, pt, score }));
}

export function alignWithEvidence(en: string[], pt: string[], options: AlignOptions = {}): EvidencedLink[] {
  const params = { ...DEFAULT_COST, ...options.cost };
  const doc = documentWords(
    en.map((s) => sentenceWords(s, 'en')),
    pt.map((s) => sentenceWords(s, 'pt')),
  );
  const n = en.length;
  const m = pt.length;
  const sim = new Similarity(doc);
  const cost = beadCost(sim, params);
  const states = (n + 1) * (m + 1);
  const window: Window =
    states <= (options.maxFullStates ?? 250_000) ? fullWindow(n, m) : anchoredWindow(n, m, anchors(doc), options.bandRadius ?? 40);
  const rungs = ladder(n, m, cost, window);
  const skip = (k: number) => k >= 0 && k < rungs.length && (rungs[k]!.di === 0 || rungs[k]!.dj === 0);
  const similarities = rungs.map((r) => (r.di === 0 || r.dj === 0 ? -1 : sim.of(r.i, r.di, r.j, r.dj)));
  /** Similarity of the nearest rung with both sides on one side of rung k (step -1 or +1), 1 past the edge. */
  const neighbour = (k: number, step: number) => {
    for (let q = k + step; q >= 0 && q < rungs.length; q += step) if (similarities[q]! >= 0) return similarities[q]!;
    return 1;
  };
  // The first and second rungs with both sides after an unaligned first sentence.
  const firstPaired = rungs.findIndex((r) => r.di > 0 && r.dj > 0);
  const openedBySkip = firstPaired > 0 && rungs[0]!.i === 0 && rungs[0]!.di === 1 && rungs[0]!.dj === 0;
  const openedByHeading = openedBySkip && (anyHeading(doc.en.heading, rungs[firstPaired]!.i, rungs[firstPaired]!.di) || anyHeading(doc.pt.heading, rungs[firstPaired]!.j, rungs[firstPaired]!.dj));
  const secondPaired = openedByHeading ? rungs.findIndex((r, k) => k > firstPaired && r.di > 0 && r.dj > 0) : -1;
  const paired = similarities.filter((s) => s >= 0);
  const documentSimilarity = paired.length > 0 ? paired.reduce((a, s) => a + s, 0) / paired.length : 0;
  const imbalance = Math.abs(n - m) / Math.max(n, m);
  const scored = rungs.map((r, k): EvidencedLink => {
    const link = { en: range(r.i, r.di), pt: range(r.j, r.dj) };
    if (r.di === 0 || r.dj === 0) return { ...link, score: 0, evidence: null };
    const e = beadEvidence(sim, r.i, r.j, r.di, r.dj, params);
    const evidence: LinkEvidence = {
      similarity: e.similarity,
      length: e.length,
      margin: e.similarity - competitor(sim, r.i, r.di, r.j, r.dj, n, m),
      merge: r.di + r.dj > 2 ? 1 : 0,
      heading: anyHeading(doc.en.heading, r.i, r.di) || anyHeading(doc.pt.heading, r.j, r.dj) ? 1 : 0,
      besideSkip: skip(k - 1) || skip(k + 1) ? 1 : 0,
      context: Math.min(neighbour(k, -1), neighbour(k, 1)),
      opening: openedBySkip && k === firstPaired ? 1 : 0,
      afterOpening: k === secondPaired ? 1 : 0,
      openingSimilarity: (openedBySkip && k === firstPaired) || k === secondPaired ? e.similarity : 0,
      document: documentSimilarity,
      imbalance,
    };
    return { ...link, score: linkScore(evidence), evidence };
  });
  return withoutWeakLinks(scored, options.minScore ?? emitThreshold());
}

/**
 * Links scored below `min` become unaligned sentences: a link more likely
 * wrong than right costs a user more than a sentence left for them to pair.
 * Each run of unaligned sentences lists English before Portuguese, as the
 * ladder does.
 */
export function withoutWeakLinks(links: EvidencedLink[], min: number): EvidencedLink[] {
  const paired = (l: EvidencedLink) => l.en.length > 0 && l.pt.length > 0;
  if (!links.some((l) => paired(l) && l.score < min)) return links;
  const out: EvidencedLink[] = [];
  let en: number[] = [];
  let pt: number[] = [];
  const flush = () => {
    for (const e of en) out.push({ en: [e], pt: [], score: 0, evidence: null });
    for (const p of pt) out.push({ en: [], pt: [p], score: 0, evidence: null });
    en = [];
    pt = [];
  };
  for (const l of links) {
    if (paired(l) && l.score >= min) {
      flush();
      out.push(l);
    } else {
      en.push(...l.en);
      pt.push(...l.pt);
    }
  }
  flush();
  return out;
}

function anyHeading(heading: Uint8Array, start: number, count: number): boolean {
  for (let k = start; k < start + count; k++) if (heading[k]) return true;
  return false;
}

/** 1-based numbers of `count` sentences from 0-based `start`. */
function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k + 1);
}

/** Best similarity of a sentence of the rung with a neighbour outside it (two sentences either side). */
function competitor(sim: Similarity, i: number, di: number, j: number, dj: number, n: number, m: number): number {
  let best = 0;
  for (let e = i; e < i + di; e++) {
    for (let p = Math.max(0, j - 2); p < Math.min(m, j + dj + 2); p++) if (p < j || p >= j + dj) best = Math.max(best, sim.of(e, 1, p, 1));
  }
  for (let p = j; p < j + dj; p++) {
    for (let e = Math.max(0, i - 2); e < Math.min(n, i + di + 2); e++) if (e < i || e >= i + di) best = Math.max(best, sim.of(e, 1, p, 1));
  }
  return best;
}

/**
 * Anchor points for long documents: keys (numbers, cognates, terms) that
 * occur in exactly one sentence on each side pin those two sentences together.
 */
function anchors(doc: DocumentWords): Array<[number, number]> {
  const where = (side: DocumentWords['en'], own: Int32Array, other: Int32Array) => {
    const at = new Int32Array(doc.keys).fill(-1);
    const n = side.wordStart.length - 1;
    for (let s = 0; s < n; s++) {
      for (let w = side.wordStart[s]!; w < side.wordStart[s + 1]!; w++) {
        for (let k = side.keyStart[w]!; k < side.keyStart[w + 1]!; k++) {
          const id = side.keyIds[k]!;
          if (own[id] === 1 && other[id] === 1) at[id] = s;
        }
      }
    }
    return at;
  };
  const atEn = where(doc.en, doc.dfEn, doc.dfPt);
  const atPt = where(doc.pt, doc.dfPt, doc.dfEn);
  const out: Array<[number, number]> = [];
  for (let id = 0; id < doc.keys; id++) if (atEn[id]! >= 0 && atPt[id]! >= 0) out.push([atEn[id]!, atPt[id]!]);
  return out;
}

