import type { BeadCost } from './ladder.js';
import type { DocumentWords, Side } from './features.js';

/**
 * The bead cost: how unlike a translation the sentences of a bead are.
 *
 *   cost = (sentences / 2) · similarityWeight · (1 − similarity)   lexical evidence
 *        + lengthWeight · lengthCost                  Gale–Church
 *        + penalty of the bead shape                  merges are rarer than 1-1,
 *                                                     and a heading opens a merge, never closes it
 *   cost of a 1-0 / 0-1 bead = skip (openingSkip at the very start)
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
  /** Penalty of 3-1 / 1-3 beads. */
  tripleMerge: number;
  /** Penalty of a merge whose last sentence is a heading: a heading belongs to what follows it. */
  trailingHeading: number;
  /** Cost of leaving one sentence without a counterpart. */
  skip: number;
  /**
   * The same for a sentence opening its side (a 1-0 or 0-1 rung at the
   * start): a title or an opening heading lacks a counterpart more often than
   * a sentence of the body.
   */
  openingSkip: number;
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
  tripleMerge: 3.5,
  trailingHeading: 3,
  skip: 2.4,
  openingSkip: 2,
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
 * `[j, j + dj)`, in [0, 1].
 *
 * The matched weight of a bead splits by sentence: an EN sentence's words
 * either meet a key of the PT span or not, whatever the other EN sentence of
 * the bead holds. So for documents small enough, the matched weight of every
 * sentence against every one- and two-sentence span of the other side is
 * tabled once from the keys' posting lists, and a bead costs a few array
 * reads. Larger documents (searched in a band) compare word keys per bead,
 * with scratch stamp arrays so no set is allocated.
 */
export class Similarity {
  private readonly stampEn: Int32Array;
  private readonly stampPt: Int32Array;
  private epoch = 0;
  /** Dense tables, or null above `DENSE_PAIRS`. `enIn[0][e * m + j]`: weight of EN sentence e's words met in PT j. */
  private readonly tables: MatchTables | null;
  /** Whether similarities are read from the dense tables (small documents) rather than computed per bead. */
  get dense(): boolean {
    return this.tables !== null;
  }
  /** Total word weight per sentence. */
  private readonly totalEn: Float64Array;
  private readonly totalPt: Float64Array;
  /** 1-1 similarities of banded documents, asked for again by merges' neighbours and by scoring. */
  private readonly pairs = new Map<number, number>();

  constructor(
    readonly doc: DocumentWords,
    dense = doc.en.length.length * doc.pt.length.length <= DENSE_PAIRS,
  ) {
    this.stampEn = new Int32Array(doc.keys);
    this.stampPt = new Int32Array(doc.keys);
    this.totalEn = sentenceTotals(doc.en);
    this.totalPt = sentenceTotals(doc.pt);
    this.tables = dense ? matchTables(doc) : null;
  }

  of(i: number, di: number, j: number, dj: number): number {
    const t = this.tables;
    if (t) {
      const m = t.m;
      const n = t.n;
      const en = t.enIn[dj - 1]!;
      const pt = t.ptIn[di - 1]!;
      let match = 0;
      let total = 0;
      for (let e = i; e < i + di; e++) {
        match += en[e * m + j]!;
        total += this.totalEn[e]!;
      }
      for (let p = j; p < j + dj; p++) {
        match += pt[p * n + i]!;
        total += this.totalPt[p]!;
      }
      return total > 0 ? match / total : 0;
    }
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
    let match = 0;
    let total = 0;
    for (let e = i; e < i + di; e++) {
      match += matched(en, e, this.stampPt, epoch);
      total += this.totalEn[e]!;
    }
    for (let p = j; p < j + dj; p++) {
      match += matched(pt, p, this.stampEn, epoch);
      total += this.totalPt[p]!;
    }
    return total > 0 ? match / total : 0;
  }
}

/** Above this many sentence pairs the dense tables (six n × m arrays) are not built. */
const DENSE_PAIRS = 300_000;

/** The longest span of one side that a bead takes (ladder.ts). */
const MAX_SPAN = 3;

interface MatchTables {
  n: number;
  m: number;
  /** EN sentence e against the PT span [j, j + len): `enIn[len - 1][e * m + j]`. */
  enIn: Float64Array[];
  /** PT sentence p against the EN span [i, i + len): `ptIn[len - 1][p * n + i]`. */
  ptIn: Float64Array[];
}

function matchTables(doc: DocumentWords): MatchTables {
  const n = doc.en.length.length;
  const m = doc.pt.length.length;
  return { n, m, enIn: sideTables(doc.en, doc.pt, m, doc.keys), ptIn: sideTables(doc.pt, doc.en, n, doc.keys) };
}

/**
 * For each sentence of `side`, each span length len ≤ MAX_SPAN and each
 * start s of `other` (`count` sentences), the weight of its words whose keys
 * occur in other[s .. s + len), through posting lists: a key met in other[o]
 * counts for the spans starting at o, o − 1, … o − len + 1.
 */
function sideTables(side: Side, other: Side, count: number, keys: number): Float64Array[] {
  const postings = postingLists(other, count, keys);
  const rows = side.length.length;
  const tables = Array.from({ length: MAX_SPAN }, () => new Float64Array(rows * count));
  const seen = Array.from({ length: MAX_SPAN }, () => new Int32Array(count).fill(-1));
  for (let s = 0; s < rows; s++) {
    const row = s * count;
    for (let w = side.wordStart[s]!; w < side.wordStart[s + 1]!; w++) {
      const weight = side.weight[w]!;
      for (let k = side.keyStart[w]!; k < side.keyStart[w + 1]!; k++) {
        const id = side.keyIds[k]!;
        for (let q = postings.start[id]!; q < postings.start[id + 1]!; q++) {
          const o = postings.sentence[q]!;
          for (let len = 1; len <= MAX_SPAN; len++) {
            const table = tables[len - 1]!;
            const stamps = seen[len - 1]!;
            for (let start = Math.max(0, o - len + 1); start <= o; start++) {
              if (stamps[start] !== w) {
                stamps[start] = w;
                table[row + start]! += weight;
              }
            }
          }
        }
      }
    }
  }
  return tables;
}

/** Per key, the sentences of `side` holding it (ascending), as one flat array. */
function postingLists(side: Side, count: number, keys: number): { start: Int32Array; sentence: Int32Array } {
  const start = new Int32Array(keys + 1);
  const last = new Int32Array(keys).fill(-1);
  for (let s = 0; s < count; s++) {
    for (let k = side.keyStart[side.wordStart[s]!]!; k < side.keyStart[side.wordStart[s + 1]!]!; k++) {
      const id = side.keyIds[k]!;
      if (last[id] !== s) {
        last[id] = s;
        start[id + 1]!++;
      }
    }
  }
  for (let id = 0; id < keys; id++) start[id + 1]! += start[id]!;
  const fill = start.slice(0, keys);
  const sentence = new Int32Array(start[keys]!);
  last.fill(-1);
  for (let s = 0; s < count; s++) {
    for (let k = side.keyStart[side.wordStart[s]!]!; k < side.keyStart[side.wordStart[s + 1]!]!; k++) {
      const id = side.keyIds[k]!;
      if (last[id] !== s) {
        last[id] = s;
        sentence[fill[id]!++] = s;
      }
    }
  }
  return { start, sentence };
}

function sentenceTotals(side: Side): Float64Array {
  const n = side.length.length;
  const out = new Float64Array(n);
  for (let s = 0; s < n; s++) for (let w = side.wordStart[s]!; w < side.wordStart[s + 1]!; w++) out[s]! += side.weight[w]!;
  return out;
}

function stamp(side: Side, from: number, to: number, stamps: Int32Array, epoch: number): void {
  for (let k = side.keyStart[side.wordStart[from]!]!; k < side.keyStart[side.wordStart[to]!]!; k++) stamps[side.keyIds[k]!] = epoch;
}

/** Weight of the words of sentence s that meet a stamped key of the other side. */
function matched(side: Side, s: number, other: Int32Array, epoch: number): number {
  let match = 0;
  for (let w = side.wordStart[s]!; w < side.wordStart[s + 1]!; w++) {
    for (let k = side.keyStart[w]!; k < side.keyStart[w + 1]!; k++) {
      if (other[side.keyIds[k]!] === epoch) {
        match += side.weight[w]!;
        break;
      }
    }
  }
  return match;
}

/** Sum of sentence lengths `[from, to)`. */
function spanLength(side: Side, from: number, to: number): number {
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
    if (di === 0 || dj === 0) return i === 0 && j === 0 ? p.openingSkip : p.skip;
    // Without dense tables (a document over DENSE_PAIRS sentence pairs, which is also searched in
    // a band) every bead compares words afresh; there a 3-1 / 1-3 bead would cost as much as the
    // rest of the search and rarely changes the ladder.
    if ((di > 2 || dj > 2) && !sim.dense) return Infinity;
    const { en, pt } = sim.doc;
    const similarity = sim.of(i, di, j, dj);
    const length = lengthCost(spanLength(en, i, i + di), spanLength(pt, j, j + dj), p.lengthRatio, p.lengthVariance);
    let shape = di + dj === 2 ? 0 : di + dj === 3 ? p.merge : di === 2 ? p.doubleMerge : p.tripleMerge;
    if ((di > 1 && en.heading[i + di - 1]) || (dj > 1 && pt.heading[j + dj - 1])) shape += p.trailingHeading;
    // Dissimilarity counts per sentence, so merging sentences never hides it.
    return ((di + dj) / 2) * p.similarityWeight * (1 - similarity) + p.lengthWeight * length + shape;
  };
}
