/**
 * A bounded memo for per-word results (fold, lemma, cognate similarity): two
 * generations of at most `limit` entries each. When the young generation is
 * full it becomes the old one and the previous old one is dropped, so words
 * in use survive (a hit in the old generation moves back to the young) and
 * memory stays flat however large the corpus grows.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, make: (key: string) => V): V {
    let v = this.young.get(key);
    if (v !== undefined) return v;
    v = this.old.get(key);
    if (v === undefined) v = make(key);
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, v);
    return v;
  }
}

/**
 * A `Memo` keyed by a pair of strings (an EN and a PT word), nested by the
 * first: building and hashing a combined key string on every lookup cost
 * more than the lookups saved.
 */
export class PairMemo<V> {
  private young = new Map<string, Map<string, V>>();
  private old = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(a: string, b: string, make: (a: string, b: string) => V): V {
    let row = this.young.get(a);
    let v = row?.get(b);
    if (v !== undefined) return v;
    v = this.old.get(a)?.get(b);
    if (v === undefined) v = make(a, b);
    if (this.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
      this.size = 0;
      row = undefined;
    }
    if (!row) this.young.set(a, (row = new Map()));
    row.set(b, v);
    this.size++;
    return v;
  }
}
