import { Memo } from '../memo.js';

/** Keys whose answers a table remembers, in each of the memo's two generations. */
const MEMO_KEYS = 20_000;

/**
 * A large lookup table kept as its text: `key\tvalue…` lines sorted by key
 * (UTF-16 code units, as `<` compares strings), found by binary search. One
 * string and one array of line starts however many rows, so loading it is a
 * read and a scan, and the collector has two objects to mark where a Map of
 * the same rows holds hundreds of thousands (docs/performance.md). The keys
 * asked are remembered with their answers (a bounded memo), since callers ask
 * the same words again and again.
 */
export class SortedLines {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
    // One start per line and one past the last line's end, where a next line would start.
    this.starts = new Uint32Array(lines + 1);
    let k = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts[k++] = at + 1;
    this.starts[k] = text.length + 1;
  }

  /** Keys asked and their answers (null: no line has the key). */
  private readonly asked = new Memo<string | null>(MEMO_KEYS);

  /** What follows the key's tab on its line, or undefined where no line has the key. */
  get(key: string): string | undefined {
    return this.asked.get(key, this.find) ?? undefined;
  }

  private readonly find = (key: string): string | null => {
    if (key.includes('\t') || key.includes('\n')) return null;
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const order = compareKey(key, this.text, start);
      if (order === 0) return this.text.slice(Math.min(start + key.length + 1, this.starts[mid + 1]! - 1), this.starts[mid + 1]! - 1);
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  };

  /** The rows' text, sorted as `get` needs: one `key\tvalue` line each. */
  static format(rows: Iterable<[string, string]>): string {
    return [...rows]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => `${key}\t${value}`)
      .join('\n');
  }
}

/** `key` against the key at `at` (which ends at a tab, a newline or the text's end), as `<` orders strings. */
function compareKey(key: string, text: string, at: number): number {
  for (let i = 0; ; i++) {
    const c = at + i < text.length ? text.charCodeAt(at + i) : 10;
    const lineEnded = c === 9 || c === 10;
    if (i === key.length) return lineEnded ? 0 : -1;
    if (lineEnded) return 1;
    const d = key.charCodeAt(i) - c;
    if (d !== 0) return d;
  }
}
