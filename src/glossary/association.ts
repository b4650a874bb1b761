/**
 * Corpus association between EN and PT term candidates, for pairs no other
 * evidence proposes (`blood pressure` ↔ `pressão arterial`, `kidney` ↔ `rim`):
 * co-occurrence in aligned sentence pairs, judged by Dice and the
 * log-likelihood ratio, then competitive linking (Melamed 2000) so each term
 * keeps only its best partner, preferring the maximal term that keeps the
 * association over its parts.
 *
 * Memory stays bounded: only term candidates seen in enough aligned pairs are
 * counted, pairs whose frequencies are too unequal to ever reach the Dice
 * floor are skipped, each aligned pair contributes a capped number of keys,
 * and the table is pruned of its rarest pairs when it grows past a limit.
 */
export interface AssociationOptions {
  /** Aligned pairs a term candidate must occur in, on each side, to be counted. */
  minFrequency?: number;
  /** Aligned pairs an EN and a PT term must share to be linked. */
  minCooccurrence?: number;
  /** Lowest Dice coefficient of a link. */
  minDice?: number;
  /** Lowest log-likelihood ratio (G²) of a link; 10.83 is p < 0.001 with one degree of freedom. */
  minLogLikelihood?: number;
  /** Frequent keys counted per side of one aligned pair (a long pair otherwise costs its square). */
  maxKeysPerPair?: number;
  /** Co-occurring pairs held at once before the rarest are dropped. */
  maxPairs?: number;
}

export const ASSOCIATION_DEFAULTS: Required<AssociationOptions> = {
  minFrequency: 3,
  minCooccurrence: 3,
  minDice: 0.4,
  minLogLikelihood: 10.83,
  maxKeysPerPair: 48,
  maxPairs: 2_000_000,
};

/** An EN–PT link chosen from corpus association alone, by interned key ids. */
export interface AssociationLink {
  en: number;
  pt: number;
  together: number;
  dice: number;
  logLikelihood: number;
}

/**
 * Co-occurrence counts of frequent EN and PT keys over aligned pairs. Feed it
 * every aligned pair (`add`) after the key frequencies are known.
 */
export class CooccurrenceTable {
  private readonly options: Required<AssociationOptions>;
  /** EN id → PT id → aligned pairs with both; nested so keys stay small integers (a combined key would be a heap number). */
  private readonly counts = new Map<number, Map<number, number>>();
  private pairCount = 0;
  /** Pairs at or under this count were dropped once; their counts are lower bounds. */
  private pruned = 0;
  /** Frequency ratio beyond which two keys can never reach the Dice floor (Dice ≤ 2·min / (min + max)). */
  private readonly maxRatio: number;

  constructor(
    private readonly enCount: Map<number, number>,
    private readonly ptCount: Map<number, number>,
    options: AssociationOptions = {},
  ) {
    this.options = { ...ASSOCIATION_DEFAULTS, ...options };
    this.maxRatio = 2 / this.options.minDice - 1;
  }

  /** The keys of one side worth counting: frequent ones, at most the cap. */
  private frequent(ids: number[], count: Map<number, number>): number[] {
    const out: number[] = [];
    for (const id of ids) {
      if ((count.get(id) ?? 0) < this.options.minFrequency) continue;
      out.push(id);
      if (out.length === this.options.maxKeysPerPair) break;
    }
    return out;
  }

  add(en: number[], pt: number[]): void {
    const e = this.frequent(en, this.enCount);
    if (e.length === 0) return;
    const p = this.frequent(pt, this.ptCount);
    // Each PT key meets every EN key of the pair: its frequency is looked up once.
    const pCounts = p.map((j) => this.ptCount.get(j)!);
    for (const i of e) {
      const ni = this.enCount.get(i)!;
      let row: Map<number, number> | undefined;
      for (let k = 0; k < p.length; k++) {
        const j = p[k]!;
        const nj = pCounts[k]!;
        if (ni > nj * this.maxRatio || nj > ni * this.maxRatio) continue;
        row ??= this.counts.get(i) ?? this.counts.set(i, new Map()).get(i)!;
        const n = row.get(j);
        if (n === undefined) this.pairCount++;
        row.set(j, (n ?? 0) + 1);
      }
    }
    if (this.pairCount > this.options.maxPairs) this.prune();
  }

  /** Drop the rarest pairs until the table is half full: pairs that matter keep coming back and are counted again. */
  private prune(): void {
    while (this.pairCount > this.options.maxPairs / 2) {
      this.pruned++;
      for (const [i, row] of this.counts) {
        for (const [j, n] of row) {
          if (n > this.pruned) continue;
          row.delete(j);
          this.pairCount--;
        }
        if (row.size === 0) this.counts.delete(i);
      }
    }
  }

  /**
   * Competitive linking: significant pairs by Dice (ties: more words, then
   * more co-occurrences), each key linked once. A pair nested on both sides
   * in a linked one (`blood` ↔ `pressão` in `blood pressure` ↔ `pressão
   * arterial`) is kept only if enough co-occurrences remain once the longer
   * link's are taken out; a pair crossing a link (longer on one side, shorter
   * on the other) is its fragment, never a term pair of its own.
   */
  link(total: number, enKey: (id: number) => string, ptKey: (id: number) => string): AssociationLink[] {
    const o = this.options;
    const pairs = this.associated(total, enKey, ptKey);

    // Keys recur across pairs (one EN term, many PT partners): their word-runs are split once.
    const runs = new Map<string, string[]>();
    const runsOf = (key: string) => runs.get(key) ?? runs.set(key, wordRuns(key)).get(key)!;
    const longer = extensions(pairs, runsOf);
    const ambiguous = rivals(pairs);

    const usedEn = new Set<number>();
    const usedPt = new Set<number>();
    const links: Array<AssociationLink & { enKey: string; ptKey: string }> = [];
    // Links by EN key, and by each shorter word-run of their EN key, so nesting is looked up, not scanned.
    const linkByEn = new Map<string, (typeof links)[number]>();
    const linksByRun = new Map<string, Array<(typeof links)[number]>>();
    for (const pair of pairs) {
      if (usedEn.has(pair.en) || usedPt.has(pair.pt)) continue;
      // Rivals first: both tests only read, and on a corpus with repeated text nearly every pair has one, where the
      // extension scan runs down lists of hundreds.
      if (ambiguous(pair)) continue;
      // The maximal term that keeps the association: `gestational` ↔ `idade gestacional` gives way to `gestational age`.
      if (longer(pair, KEEP * pair.together)) continue;
      let remaining = pair.together;
      let crossing = false;
      for (const l of linksByRun.get(pair.enKey) ?? []) {
        if (nested(pair.ptKey, l.ptKey)) remaining -= l.together;
        else if (nested(l.ptKey, pair.ptKey)) crossing = true;
      }
      for (const run of runsOf(pair.enKey)) {
        const l = run === pair.enKey ? undefined : linkByEn.get(run);
        if (l && nested(pair.ptKey, l.ptKey)) crossing = true;
      }
      if (crossing || remaining < o.minCooccurrence) continue;
      usedEn.add(pair.en);
      usedPt.add(pair.pt);
      links.push(pair);
      linkByEn.set(pair.enKey, pair);
      for (const run of runsOf(pair.enKey)) {
        if (run === pair.enKey) continue;
        let list = linksByRun.get(run);
        if (!list) linksByRun.set(run, (list = []));
        list.push(pair);
      }
    }
    return links.map(({ en, pt, together, dice, logLikelihood }) => ({ en, pt, together, dice, logLikelihood }));
  }

  /** The pairs that pass the association thresholds and are no fragment of one name, strongest first. */
  private associated(total: number, enKey: (id: number) => string, ptKey: (id: number) => string): Array<AssociationLink & { words: number; enKey: string; ptKey: string }> {
    const o = this.options;
    const pairs: Array<AssociationLink & { words: number; enKey: string; ptKey: string }> = [];
    // forEach, not for…of: the table holds hundreds of thousands of pairs, and each entry read by an iterator is an array to collect.
    this.counts.forEach((row, en) => {
      const ne = this.enCount.get(en)!;
      // A row is one EN key's: its text and word count are looked up once, when a pair of it first passes the bars.
      let e: string | undefined;
      let enWords = 0;
      row.forEach((together, pt) => {
        if (together < o.minCooccurrence) return;
        const np = this.ptCount.get(pt)!;
        const dice = (2 * together) / (ne + np);
        if (dice < o.minDice) return;
        const logLikelihood = logLikelihoodRatio(together, ne, np, total);
        if (logLikelihood < o.minLogLikelihood) return;
        if (e === undefined) {
          e = enKey(en);
          enWords = wordCount(e);
        }
        const p = ptKey(pt);
        // One side written inside the other (`São Paulo` ↔ `Paulo`, `diabetes mellitus` ↔ `diabetes`) is a fragment of one name.
        if (nested(e, p) || nested(p, e)) return;
        pairs.push({ en, pt, together, dice, logLikelihood, enKey: e, ptKey: p, words: enWords + wordCount(p) });
      });
    });
    pairs.sort(
      (a, b) =>
        b.dice - a.dice || b.words - a.words || b.together - a.together || cmp(a.enKey, b.enKey) || cmp(a.ptKey, b.ptKey),
    );
    return pairs;
  }

  /** Pairs held now (for benchmarks: memory grows with this, not with documents). */
  get size(): number {
    return this.pairCount;
  }
}

/** Share of a pair's co-occurrences a longer pair must keep to stand for it. */
const KEEP = 0.75;

interface Keyed {
  enKey: string;
  ptKey: string;
  together: number;
}

/**
 * For each pair, whether a pair extending it (EN key a word-run of theirs, PT
 * key equal to or a word-run of theirs, one of them longer) keeps at least
 * `keep` co-occurrences.
 */
function extensions<T extends Keyed>(pairs: T[], runsOf: (key: string) => string[]): (pair: T, keep: number) => boolean {
  const byRun = new Map<string, T[]>();
  // Only a run that is some pair's EN key is ever looked up; a key's pairs go to the same lists, found once per key.
  for (const pair of pairs) if (!byRun.has(pair.enKey)) byRun.set(pair.enKey, []);
  const listsOf = new Map<string, T[][]>();
  for (const pair of pairs) {
    let lists = listsOf.get(pair.enKey);
    if (!lists) listsOf.set(pair.enKey, (lists = runsOf(pair.enKey).flatMap((run) => (byRun.has(run) ? [byRun.get(run)!] : []))));
    for (const list of lists) list.push(pair);
  }
  // A frequent key extends into hundreds of pairs; with the most co-occurring first, the scan stops at the first under `keep`.
  for (const list of byRun.values()) list.sort((a, b) => b.together - a.together);
  return (pair, keep) => {
    for (const p of byRun.get(pair.enKey) ?? []) {
      if (p.together < keep) return false;
      if (p !== pair && (p.ptKey === pair.ptKey ? p.enKey !== pair.enKey : nested(pair.ptKey, p.ptKey))) return true;
    }
    return false;
  };
}

/** A rival within this share of a pair's Dice makes the pair a guess. */
const MARGIN = 0.9;

/**
 * Whether another partner, not a word-run of this one (nor the other way
 * round), associates nearly as strongly with either term. Text repeated
 * across documents (a licence line, a series title) pairs every phrase in it
 * with every other equally well; such ties are not evidence of translation.
 */
function rivals<T extends Keyed & { en: number; pt: number; dice: number }>(pairs: T[]): (pair: T) => boolean {
  const byEn = new Map<number, T[]>();
  const byPt = new Map<number, T[]>();
  for (const pair of pairs) {
    // `pairs` comes sorted by Dice, so each list is too.
    (byEn.get(pair.en) ?? byEn.set(pair.en, []).get(pair.en)!).push(pair);
    (byPt.get(pair.pt) ?? byPt.set(pair.pt, []).get(pair.pt)!).push(pair);
  }
  const related = (a: string, b: string) => a === b || nested(a, b) || nested(b, a);
  const rivalIn = (list: T[], pair: T, other: (p: T) => string) => {
    for (const q of list) {
      if (q.dice < MARGIN * pair.dice) return false;
      if (q !== pair && !related(other(q), other(pair))) return true;
    }
    return false;
  };
  return (pair) => rivalIn(byEn.get(pair.en)!, pair, (p) => p.ptKey) || rivalIn(byPt.get(pair.pt)!, pair, (p) => p.enKey);
}

/** Every contiguous word-run of a key, the key itself included. */
function wordRuns(key: string): string[] {
  const words = key.split(' ');
  const runs: string[] = [];
  for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length; b++) runs.push(words.slice(a, b).join(' '));
  return runs;
}

/** Whether key `inner` is a proper word-run of key `outer` (`blood` in `high blood pressure`). */
function nested(inner: string, outer: string): boolean {
  if (inner.length >= outer.length) return false;
  // An occurrence bounded by spaces or the ends of `outer`, found without building padded copies of both keys.
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    if ((at === 0 || outer.charCodeAt(at - 1) === 32) && (end === outer.length || outer.charCodeAt(end) === 32)) return true;
  }
  return false;
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dunning's G² for the 2×2 table of two terms over `total` aligned pairs. */
export function logLikelihoodRatio(together: number, en: number, pt: number, total: number): number {
  // The four cells written out, in the order of the table's rows and columns: it is weighed for every pair the table holds.
  const g =
    cell(together, en, pt, total) +
    cell(en - together, en, total - pt, total) +
    cell(pt - together, total - en, pt, total) +
    cell(total - en - pt + together, total - en, total - pt, total);
  return 2 * g;
}

/** One cell's share of G²: `observed` against what its row and column totals make expected; an empty cell adds nothing. */
function cell(observed: number, row: number, col: number, total: number): number {
  return observed <= 0 ? 0 : observed * Math.log(observed / ((row * col) / total));
}
