import type { BeadCost } from './ladder.js';
import type { DocumentWords, Side } from './features.js';

/**
 * The bead cost: how unlike a translation the sentences of a bead are.
 *
 *   cost = (sentences / 2) · similarityWeight · (1 − similarity)   lexical evidence
 *        + lengthWeight · lengthCost                  Gale–Church
 *        + penalty of the bead shape                  merges are rarer than 1-1,
 *                                                     and a heading opens a merge, never closes it
 *   cost of a 1-0 / 0-1 bead = skip
 *
 * `similarity` is the share (by weight) of the words on both sides that meet
 * a word on the other side through a number, sign, cognate or lexicon key.
 * Parameters were chosen on the development split (scripts/eval/align.ts).
 */
export interface CostParameters {
  similarityWeight: number;
  lengthWeight: number;
  /** Penalty of 2-1 / 1-2 beads. */
  merge: number;
  /** Penalty of 2-2 beads. */
  doubleMerge: number;
  /** Penalty of a merge whose last sentence is a heading: a heading belongs to what follows it. */
  trailingHeading: number;
  /** Cost of leaving one sentence without a counterpart. */
  skip: number;
  /** PT characters per EN character. */
  lengthRatio: number;
  /** Variance of the PT length per EN character (Gale–Church s²). */
  lengthVariance: number;
}

export const DEFAULT_COST: CostParameters = {
  similarityWeight: 4,
  lengthWeight: 0.5,
  merge: 1.2,
  doubleMerge: 4,
  trailingHeading: 3,
  skip: 2.4,
  lengthRatio: 1.05,
  lengthVariance: 4.5,
};

/**
 * Gale–Church length cost of an EN/PT pair of character lengths: the squared
 * standard score of the PT length given the EN length, halved (a Gaussian
 * negative log-likelihood up to a constant), capped so one wild length cannot
 * outweigh all lexical evidence.
 */
export function lengthCost(en: number, pt: number, ratio: number, variance: number): number {
  const delta = (pt - ratio * en) / Math.sqrt(variance * ((en + pt / ratio) / 2) + 1);
  return Math.min((delta * delta) / 2, 12);
}

/**
 * Lexical similarity of EN sentences `[i, i + di)` and PT sentences
 * `[j, j + dj)`, in [0, 1]. Uses scratch stamp arrays so no set is allocated.
 */
export class Similarity {
  private readonly stampEn: Int32Array;
  private readonly stampPt: Int32Array;
  private epoch = 0;

  constructor(readonly doc: DocumentWords) {
    this.stampEn = new Int32Array(doc.keys);
    this.stampPt = new Int32Array(doc.keys);
  }

  /** 1-1 similarities, asked for again by merges' neighbours and by scoring. */
  private readonly pairs = new Map<number, number>();

  of(i: number, di: number, j: number, dj: number): number {
    if (di === 1 && dj === 1) {
      const key = i * (this.doc.pt.length.length + 1) + j;
      let s = this.pairs.get(key);
      if (s === undefined) this.pairs.set(key, (s = this.compute(i, 1, j, 1)));
      return s;
    }
    return this.compute(i, di, j, dj);
  }

  private compute(i: number, di: number, j: number, dj: number): number {
    const { en, pt } = this.doc;
    const epoch = ++this.epoch;
    stamp(en, i, i + di, this.stampEn, epoch);
    stamp(pt, j, j + dj, this.stampPt, epoch);
    const [matchEn, totalEn] = matched(en, i, i + di, this.stampPt, epoch);
    const [matchPt, totalPt] = matched(pt, j, j + dj, this.stampEn, epoch);
    const total = totalEn + totalPt;
    return total > 0 ? (matchEn + matchPt) / total : 0;
  }
}

function stamp(side: Side, from: number, to: number, stamps: Int32Array, epoch: number): void {
  for (let k = side.keyStart[side.wordStart[from]!]!; k < side.keyStart[side.wordStart[to]!]!; k++) stamps[side.keyIds[k]!] = epoch;
}

function matched(side: Side, from: number, to: number, other: Int32Array, epoch: number): [number, number] {
  let match = 0;
  let total = 0;
  for (let w = side.wordStart[from]!; w < side.wordStart[to]!; w++) {
    const weight = side.weight[w]!;
    total += weight;
    for (let k = side.keyStart[w]!; k < side.keyStart[w + 1]!; k++) {
      if (other[side.keyIds[k]!] === epoch) {
        match += weight;
        break;
      }
    }
  }
  return [match, total];
}

/** Sum of sentence lengths `[from, to)`. */
export function spanLength(side: Side, from: number, to: number): number {
  let s = 0;
  for (let k = from; k < to; k++) s += side.length[k]!;
  return s;
}

/** The parts of one bead's cost, kept apart for scoring. */
export interface BeadEvidence {
  similarity: number;
  length: number;
}

export function beadEvidence(sim: Similarity, i: number, j: number, di: number, dj: number, p: CostParameters): BeadEvidence {
  const { en, pt } = sim.doc;
  return {
    similarity: sim.of(i, di, j, dj),
    length: lengthCost(spanLength(en, i, i + di), spanLength(pt, j, j + dj), p.lengthRatio, p.lengthVariance),
  };
}

/** The bead cost over a document for the ladder. 1-1 similarities are cached for scoring. */
export function beadCost(sim: Similarity, p: CostParameters = DEFAULT_COST): BeadCost {
  return (i, j, di, dj) => {
    if (di === 0 || dj === 0) return p.skip * (di + dj);
    const { en, pt } = sim.doc;
    const similarity = sim.of(i, di, j, dj);
    const length = lengthCost(spanLength(en, i, i + di), spanLength(pt, j, j + dj), p.lengthRatio, p.lengthVariance);
    let shape = di + dj === 2 ? 0 : di + dj === 3 ? p.merge : p.doubleMerge;
    if ((di > 1 && en.heading[i + di - 1]) || (dj > 1 && pt.heading[j + dj - 1])) shape += p.trailingHeading;
    // Dissimilarity counts per sentence, so merging sentences never hides it.
    return ((di + dj) / 2) * p.similarityWeight * (1 - similarity) + p.lengthWeight * length + shape;
  };
}
