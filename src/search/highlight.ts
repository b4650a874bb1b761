import type { Lang } from '../types.js';
import { analyse } from './analyze.js';
import type { AnalysedQuery } from './query.js';

/** A stretch of a hit's text, and whether it answers the query. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Split a text into the words that answer the query (same stem in this
 * language, or a shared cross-lingual key) and the rest, for display.
 */
export function highlight(text: string, lang: Lang, q: AnalysedQuery): Segment[] {
  const own = new Set(q[lang]);
  const keys = new Set(q.xl);
  const out: Segment[] = [];
  let at = 0;
  for (const t of analyse(text, lang)) {
    if (t.stop || !(own.has(t.stem) || t.keys.some((k) => keys.has(k)))) continue;
    if (t.start > at) out.push({ text: text.slice(at, t.start), match: false });
    out.push({ text: text.slice(t.start, t.end), match: true });
    at = t.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** The text with matches wrapped in `open` … `close` (ANSI codes on a terminal). */
export function markMatches(text: string, lang: Lang, q: AnalysedQuery, open: string, close: string): string {
  return highlight(text, lang, q)
    .map((s) => (s.match ? open + s.text + close : s.text))
    .join('');
}
