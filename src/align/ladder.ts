/**
 * The alignment ladder: a monotone dynamic programme over beads (how many
 * sentences of each side one rung takes). It knows nothing of languages or
 * texts: the caller plugs in the cost of a bead and, for long documents, a
 * window of reachable states per row.
 */

/** A bead: [English sentences, Portuguese sentences] taken by one rung. */
export type Bead = readonly [number, number];

/** The beads of the ladder, in the order used to break exact ties. */
const BEADS: readonly Bead[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** Rows of accumulated cost kept while filling: the current one and as many back as a bead reaches. */
const ROWS = Math.max(...BEADS.map(([di]) => di)) + 1;

/**
 * Cost of the bead taking English sentences `[i, i + di)` and Portuguese
 * sentences `[j, j + dj)` (0-based). Lower is better; `Infinity` forbids the
 * bead there. 1-0 and 0-1 beads must stay finite so every state is reachable.
 */
export type BeadCost = (i: number, j: number, di: number, dj: number) => number;

/**
 * Reachable states: after `i` English sentences, between `lo[i]` and `hi[i]`
 * Portuguese sentences (inclusive). Arrays of length n + 1; both
 * non-decreasing, `lo[0] = 0`, `hi[n] = m`, and consecutive rows overlap.
 */
export interface Window {
  lo: Int32Array;
  hi: Int32Array;
}

/** One rung: 0-based start and size on each side, and its bead cost. */
export interface Rung {
  i: number;
  j: number;
  di: number;
  dj: number;
  cost: number;
}

/** The full n × m search space. */
export function fullWindow(n: number, m: number): Window {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * The cheapest ladder from (0, 0) to (n, m). Memory is one byte per state of
 * the window plus four rows of costs, so a band of width w over n rows costs
 * about n · w bytes.
 */
export function ladder(n: number, m: number, cost: BeadCost, window: Window = fullWindow(n, m)): Rung[] {
  const { lo, hi } = window;
  if (lo[0] !== 0 || hi[n] !== m) throw new Error('ladder: window must contain (0, 0) and (n, m)');
  const rowStart = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  const back = new Uint8Array(rowStart[n + 1]!);
  // Rolling rows of accumulated cost: row i lives in rows[i % ROWS].
  const width = Math.max(...Array.from(hi, (h, i) => h - lo[i]! + 1));
  const rows = Array.from({ length: ROWS }, () => new Float64Array(width));
  const NONE = 255;

  for (let i = 0; i <= n; i++) {
    const row = rows[i % ROWS]!;
    const l = lo[i]!;
    const h = hi[i]!;
    for (let j = l; j <= h; j++) {
      let best = Infinity;
      let arg = NONE;
      if (i === 0 && j === 0) best = 0;
      for (let b = 0; b < BEADS.length; b++) {
        const [di, dj] = BEADS[b]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = rows[pi % ROWS]![pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        const total = prev + cost(pi, pj, di, dj);
        if (total < best) {
          best = total;
          arg = b;
        }
      }
      row[j - l] = best;
      back[rowStart[i]! + j - l] = arg;
    }
  }

  const rungs: Rung[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[rowStart[i]! + j - lo[i]!]!;
    if (b === NONE) throw new Error('ladder: window leaves (n, m) unreachable');
    const [di, dj] = BEADS[b]!;
    i -= di;
    j -= dj;
    rungs.push({ i, j, di, dj, cost: cost(i, j, di, dj) });
  }
  return canonical(rungs.reverse(), cost);
}

/**
 * Runs of rungs with an empty side can be ordered either way at equal cost;
 * list English-only rungs first so a ladder and its mirror agree.
 */
function canonical(rungs: Rung[], cost: BeadCost): Rung[] {
  let k = 0;
  while (k < rungs.length) {
    if (rungs[k]!.di > 0 && rungs[k]!.dj > 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < rungs.length && (rungs[end]!.di === 0 || rungs[end]!.dj === 0)) end++;
    const run = rungs.slice(k, end);
    const en = run.filter((r) => r.dj === 0);
    const pt = run.filter((r) => r.di === 0);
    const i0 = run[0]!.i;
    const j0 = run[0]!.j;
    let i = i0;
    let j = j0;
    const ordered = [...en, ...pt].map((r) => {
      const rung = { i, j, di: r.di, dj: r.dj, cost: cost(i, j, r.di, r.dj) };
      i += r.di;
      j += r.dj;
      return rung;
    });
    rungs.splice(k, ordered.length, ...ordered);
    k = end;
  }
  return rungs;
}

/**
 * A band of half-width `radius` around a path through anchor points
 * (0-based sentence pairs known to correspond, in any order; the longest
 * monotone chain of them is kept). Without anchors the path is the diagonal.
 */
export function anchoredWindow(n: number, m: number, anchors: Array<[number, number]>, radius: number): Window {
  const chain = monotoneChain(anchors.filter(([a, b]) => a >= 0 && a < n && b >= 0 && b < m));
  const points: Array<[number, number]> = [[0, 0], ...chain, [n, m]];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let p = 0;
  for (let i = 0; i <= n; i++) {
    while (p < points.length - 2 && points[p + 1]![0] <= i) p++;
    const [i0, j0] = points[p]!;
    const [i1, j1] = points[p + 1]!;
    const center = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0);
    lo[i] = Math.max(0, Math.floor(center - radius));
    hi[i] = Math.min(m, Math.ceil(center + radius));
  }
  lo[0] = 0;
  hi[n] = m;
  // Keep the band monotone and connected from row to row.
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  return { lo, hi };
}

/** Longest chain of points increasing in both coordinates (patience sorting, O(k log k)). */
function monotoneChain(points: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = [];
  const prev = new Int32Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const j = sorted[k]![1];
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (sorted[tails[mid]!]![1] < j) a = mid + 1;
      else b = mid;
    }
    if (a > 0) prev[k] = tails[a - 1]!;
    tails[a] = k;
  }
  const chain: Array<[number, number]> = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k !== -1; k = prev[k]!) chain.push(sorted[k]!);
  // Strictly increasing in i as well: the sort put equal i in decreasing j, so LIS never takes two of them.
  return chain.reverse().map(([a, b]) => [a + 0.5, b + 0.5]);
}
