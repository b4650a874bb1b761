/**
 * Where the proposed terms of one language stand among the longer candidates
 * of the same aligned pairs: C-value's nested-term statistics (Frantzi et
 * al. 2000), and whether a term ever stands as a phrase of its own.
 */

/** Distinct longer candidates remembered per term: past this many, the mean frequency of its containers is taken over these. */
const MAX_CONTAINERS = 64;
/** Distinct words remembered before a term that ends its containers: two tell it is not bound to one. */
const MAX_BEFORE = 2;

/**
 * How a term's occurrences stand: alone (no longer candidate of its pair
 * holds it), as the last words of a longer one (`pain` in `chronic pain`, the
 * English head), or only inside or at the start of longer ones (`cox` in `cox
 * regression`); and the words seen right before it where it ends one.
 */
export interface Placement {
  /** It stood alone at least once; the rest is not counted after that. */
  alone: boolean;
  /** Occurrences as the last words of a longer candidate. */
  ending: number;
  /** Occurrences only inside or at the start of longer candidates. */
  inside: number;
  /** The distinct words before it where it ends a longer candidate, at most MAX_BEFORE. */
  before: Set<string>;
}

/**
 * For the proposed terms of one language, the distinct longer candidates of
 * the same aligned pairs that hold them as whole words (`janeiro` inside
 * `rio de janeiro`), and their placement.
 */
export class Nesting {
  private readonly containers = new Map<number, Set<number>>();
  private readonly placements = new Map<number, Placement>();

  /** `count`: aligned pairs per key id, this language's. */
  constructor(private readonly count: Map<number, number>) {}

  /** Collect the containers and placement of this key. */
  watch(id: number): void {
    if (this.placements.has(id)) return;
    this.placements.set(id, { alone: false, ending: 0, inside: 0, before: new Set() });
    // A key seen in one aligned pair has nothing to tell C-value (independence 1).
    if ((this.count.get(id) ?? 0) >= 2) this.containers.set(id, new Set());
  }

  /** One aligned pair's keys on this side and their ids (-1 for keys never counted). */
  note(keys: string[], ids: number[]): void {
    for (let i = 0; i < keys.length; i++) {
      const placement = this.placements.get(ids[i]!);
      if (!placement) continue;
      const set = this.containers.get(ids[i]!);
      // Nothing left to learn: it stood alone before, and its containers are full or not wanted.
      if (placement.alone && (!set || set.size >= MAX_CONTAINERS)) continue;
      const key = keys[i]!;
      let held = false;
      let ending = false;
      for (let j = 0; j < keys.length; j++) {
        const other = keys[j]!;
        if (other.length <= key.length) continue;
        const at = wordsAt(other, key);
        if (at < 0) continue;
        held = true;
        if (set && set.size < MAX_CONTAINERS && ids[j]! >= 0) set.add(ids[j]!);
        if (!placement.alone && other.endsWith(key) && other[other.length - key.length - 1] === ' ') {
          ending = true;
          if (placement.before.size < MAX_BEFORE) placement.before.add(wordBefore(other, other.length - key.length - 1));
        }
      }
      if (!held) placement.alone = true;
      else if (ending) placement.ending++;
      else placement.inside++;
    }
  }

  /**
   * The share of a term's occurrences that are its own: (f(a) − mean f(b)) / f(a)
   * over its containers b, as in C-value; 1 for a term seen once (nothing to tell).
   */
  independence(id: number | undefined): number {
    if (id === undefined) return 1;
    const count = this.count;
    const f = count.get(id) ?? 0;
    const set = this.containers.get(id);
    if (f < 2 || !set || set.size === 0) return 1;
    let sum = 0;
    for (const b of set) sum += count.get(b) ?? 0;
    return Math.max(0, Math.min(1, (f - sum / set.size) / f));
  }

  /** How the term's occurrences stood, when it was watched. */
  placement(id: number | undefined): Placement | undefined {
    return id === undefined ? undefined : this.placements.get(id);
  }
}

/** Where a key holds another as whole words (keys are words joined by single spaces), or -1. */
function wordsAt(key: string, part: string): number {
  for (let at = key.indexOf(part); at >= 0; at = key.indexOf(part, at + 1)) {
    if ((at === 0 || key[at - 1] === ' ') && (at + part.length === key.length || key[at + part.length] === ' ')) return at;
  }
  return -1;
}

/** The word of a key that ends at `end` (a space's index). */
function wordBefore(key: string, end: number): string {
  return key.slice(key.lastIndexOf(' ', end - 1) + 1, end);
}
