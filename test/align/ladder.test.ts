import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredWindow, ladder, type BeadCost, type Rung } from '../../src/align/ladder.js';

const shape = (rungs: Rung[]) => rungs.map((r) => `${r.di}-${r.dj}`);

/** A cost where the given pairs of (EN, PT) sentence sets are cheap and everything else dear. */
function costFrom(good: Array<[number[], number[]]>, skip = 1): BeadCost {
  const set = new Set(good.map(([e, p]) => `${e.join(',')}|${p.join(',')}`));
  return (i, j, di, dj) => {
    if (di === 0 || dj === 0) return skip * (di + dj);
    const k = `${Array.from({ length: di }, (_, t) => i + t).join(',')}|${Array.from({ length: dj }, (_, t) => j + t).join(',')}`;
    return set.has(k) ? 0 : 3;
  };
}

function covers(rungs: Rung[], n: number, m: number): boolean {
  let i = 0;
  let j = 0;
  for (const r of rungs) {
    if (r.i !== i || r.j !== j) return false;
    i += r.di;
    j += r.dj;
  }
  return i === n && j === m;
}

describe('ladder', () => {
  it('finds the diagonal when 1-1 beads are cheap', () => {
    expect(shape(ladder(3, 3, costFrom([[[0], [0]], [[1], [1]], [[2], [2]]])))).toEqual(['1-1', '1-1', '1-1']);
  });

  it('finds merges and skips of a hand-made optimum', () => {
    const cost = costFrom([
      [[1], [0]],
      [[2, 3], [1]],
      [[4], [2, 3]],
      [[5, 6], [4, 5]],
    ]);
    expect(shape(ladder(7, 6, cost))).toEqual(['1-0', '1-1', '2-1', '1-2', '2-2']);
  });

  it('finds 3-1 and 1-3 beads of a hand-made optimum', () => {
    const cost = costFrom([
      [[0, 1, 2], [0]],
      [[3], [1]],
      [[4], [2, 3, 4]],
    ]);
    expect(shape(ladder(5, 5, cost))).toEqual(['3-1', '1-1', '1-3']);
  });

  it('never takes a bead whose cost is Infinity', () => {
    const cost: BeadCost = (i, j, di, dj) => (di === 0 || dj === 0 ? 5 : di === 3 ? Infinity : di === dj ? 1 : 0.1);
    const rungs = ladder(3, 1, cost);
    expect(rungs.some((r) => r.di === 3)).toBe(false);
    expect(covers(rungs, 3, 1)).toBe(true);
  });

  it('leaves sentences unaligned when nothing matches', () => {
    const rungs = ladder(2, 2, (_i, _j, di, dj) => (di === 0 || dj === 0 ? di + dj : 10));
    expect(rungs.every((r) => r.di === 0 || r.dj === 0)).toBe(true);
    expect(shape(rungs)).toEqual(['1-0', '1-0', '0-1', '0-1']);
  });

  it('handles an empty side', () => {
    expect(shape(ladder(0, 2, costFrom([])))).toEqual(['0-1', '0-1']);
    expect(shape(ladder(2, 0, costFrom([])))).toEqual(['1-0', '1-0']);
    expect(ladder(0, 0, costFrom([]))).toEqual([]);
  });

  it('finds the same ladder inside an anchored band as in the full space', () => {
    const n = 300;
    const good: Array<[number[], number[]]> = [];
    for (let i = 0; i < n; i++) good.push([[i], [i + 5]]);
    const cost = costFrom(good);
    const window = anchoredWindow(n, n + 5, [[10, 15], [200, 205]], 8);
    expect(ladder(n, n + 5, cost, window)).toEqual(ladder(n, n + 5, cost));
  });

  it('rejects a window that does not hold both corners', () => {
    const lo = new Int32Array([1, 1]);
    const hi = new Int32Array([1, 1]);
    expect(() => ladder(1, 1, () => 0, { lo, hi })).toThrow(/window/);
  });

  const costs = fc
    .record({ n: fc.integer({ min: 0, max: 9 }), m: fc.integer({ min: 0, max: 9 }), seed: fc.integer() })
    .map(({ n, m, seed }) => {
      // A pseudo-random cost that depends only on the sets of sentences, so EN and PT can be swapped.
      const value = (a: number, b: number, da: number, db: number) => {
        let h = seed ^ (a * 73856093) ^ (b * 19349663) ^ (da * 83492791) ^ (db * 2654435761);
        h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
        return ((h ^ (h >>> 15)) >>> 0) / 4294967296 + (da + db > 2 ? 0.5 : 0);
      };
      const en: BeadCost = (i, j, di, dj) => (di === 0 || dj === 0 ? 0.7 * (di + dj) : value(i, j, di, dj));
      const pt: BeadCost = (j, i, dj, di) => en(i, j, di, dj);
      return { n, m, en, pt };
    });

  it('property: every sentence exactly once, in order', () => {
    fc.assert(fc.property(costs, ({ n, m, en }) => covers(ladder(n, m, en), n, m)));
  });

  it('property: swapping EN and PT mirrors the ladder', () => {
    fc.assert(
      fc.property(costs, ({ n, m, en, pt }) => {
        const forward = ladder(n, m, en);
        const mirrored = ladder(m, n, pt).map((r) => ({ i: r.j, j: r.i, di: r.dj, dj: r.di }));
        // Runs of one-sided rungs are listed EN-first on both sides, so compare those runs as sets.
        const norm = (rs: Array<{ i: number; j: number; di: number; dj: number }>) =>
          rs.map((r) => (r.di === 0 || r.dj === 0 ? `skip ${r.di ? 'en' : 'pt'}` : `${r.i},${r.j},${r.di},${r.dj}`)).join(' ');
        const cost = (rs: Rung[]) => rs.reduce((s, r) => s + r.cost, 0);
        return Math.abs(cost(forward) - cost(ladder(m, n, pt))) < 1e-9 && norm(forward).replace(/skip \w+/g, 's') === norm(mirrored).replace(/skip \w+/g, 's');
      }),
    );
  });
});
