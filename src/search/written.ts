import { wordList } from '../lang/dictionary.js';
import type { Lang } from '../types.js';
import { tokenize } from './analyze.js';
import type { SearchRecord } from './records.js';

/**
 * Words of both languages. A query that names no language, has no function
 * words to tell it, and is made only of words that English and Portuguese
 * both write (`graves`: Graves' disease, or Portuguese for severe) has two
 * readings, and neither is the user's for sure. Both are searched, but the
 * stems and concepts of one reading must not outrank the other's plain
 * match: the Portuguese stem of `graves` is that of `gravis`, and its
 * concept is `severe`, so `Miastenia gravis grave` scored above `Graves
 * disease`. What both readings share is the word as written: records that
 * hold every word of such a query as written (case and accents aside, in
 * either language) come first, each group in its score order.
 *
 * A query with a word that only one language's general word list holds
 * (`prednisona`, `disease`) is not of both languages, and ranks as before.
 */

/** A word of the query by the general word lists: English only, Portuguese only, both, or neither. */
function languagesOf(word: string): Lang[] {
  // Lower case: a query's capitals say little (`Graves` is typed as `graves` too).
  const lower = word.toLowerCase();
  return (['en', 'pt'] as const).filter((l) => wordList(l).has(lower));
}

/**
 * The query's words, folded, when it reads as both languages: at least one
 * word both lists hold and none that only one holds. `content` says which
 * tokens count (function words of either language do not).
 */
export function wordsOfBothLanguages(text: string, content: (start: number) => boolean): string[] | undefined {
  const words = tokenize(text).filter((t) => !t.number && content(t.start));
  let both = false;
  for (const w of words) {
    const langs = languagesOf(w.text);
    if (langs.length === 1) return undefined;
    if (langs.length === 2) both = true;
  }
  return both ? [...new Set(words.map((w) => w.folded))] : undefined;
}

/** Reading a record's text costs: the best-scored this many hits are checked. */
const MAX_WRITTEN_CHECKS = 200;

function holdsWritten(record: SearchRecord, words: string[]): boolean {
  const folded = new Set([...tokenize(record.en), ...tokenize(record.pt)].map((t) => t.folded));
  return words.every((w) => folded.has(w));
}

/**
 * Hits (best first) with those whose record holds every word as written
 * moved to the front, each group in its own order. Once `limit` are found,
 * the rest cannot reach the front page.
 */
export function writtenFirst<H extends { id: unknown }>(hits: H[], words: string[], limit: number, record: (id: string) => SearchRecord | undefined): H[] {
  const front: H[] = [];
  const rest: H[] = [];
  hits.forEach((h, i) => {
    const r = i < MAX_WRITTEN_CHECKS && front.length < limit ? record(String(h.id)) : undefined;
    (r && holdsWritten(r, words) ? front : rest).push(h);
  });
  return front.length === 0 ? hits : [...front, ...rest];
}
