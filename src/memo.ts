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
