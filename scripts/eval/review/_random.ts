/** Seeded drawing shared by the review samplers (sample.ts, held-sample.ts). */

/** mulberry32: a small, well-known seeded generator, so samples are reproducible anywhere. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a corpus name: each corpus draws from its own sequence of the seed. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** `k` distinct indices of [lo, hi), in ascending order (a partial Fisher–Yates shuffle). */
export function draw(lo: number, hi: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: hi - lo }, (_, i) => lo + i);
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort((a, b) => a - b);
}
