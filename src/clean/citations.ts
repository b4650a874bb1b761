import type { Citation, Lang, BlockLang } from '../types.js';
import { applyEdits, type Edit, type Tracked } from './tracked.js';

/**
 * Citation markers that lost their superscript in extraction sit in the
 * prose as plain numbers (`SLE. 8,12`, `esthetics. 1-3, 13, 14`,
 * `surfaces 1,2 with`). They are taken out and kept as citation data.
 */

/** References are numbered in the low hundreds; bigger numbers are years or counts. */
const MAX_REF = 999;
const MAX_RANGE = 100;

const LIST = String.raw`\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?:\s?,\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?)*`;
const SUPER_DIGITS = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
const SUPER_LIST = `${SUPER_DIGITS}+(?:[,⁻\\-–]${SUPER_DIGITS}+)*`;

/**
 * After a sentence stop, before the next sentence's capital or the paragraph end. Without a
 * space only after a letter, so a decimal (`1.5 U/L`) is not a marker.
 */
const AFTER_STOP = new RegExp(String.raw`(?:(?<=[.!?]["'”’)\]]?)\s+|(?<=\p{L}[.!?]))(${LIST})(?=\s+[\p{Lu}(]|\s*$)`, 'gu');
/** Mid-sentence after a word: only comma lists, which in English are no number (`1,2`; thousands are `1,200`). */
const AFTER_WORD = new RegExp(String.raw`(?<=\p{L}{3})\s(\d{1,3}(?:,\d{1,3})+)(?=\s+\p{Ll}|\s*[,;]|\s*$)`, 'gu');
/** Superscript digits after a word of four letters or punctuation (not `mm³`, `10³`). */
const SUPERSCRIPTS = new RegExp(`(?<=\\p{L}{4}|[.,;)])(${SUPER_LIST})`, 'gu');

/**
 * What each pattern's match must contain, tested first: the patterns open
 * with look-behinds tried at every position, and most paragraphs hold no
 * marker at all.
 */
const NEEDS = new Map<RegExp, RegExp>([
  [AFTER_STOP, /[.!?]["'”’)\]]?\s*\d/],
  [AFTER_WORD, /\d,\d/],
  [SUPERSCRIPTS, new RegExp(SUPER_DIGITS)],
]);

const FROM_SUPER: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** The reference numbers a marker stands for (`1-3, 13` → 1, 2, 3, 13), or undefined if it cannot be one. */
export function expandMarker(marker: string): number[] | undefined {
  const plain = [...marker].map((c) => FROM_SUPER[c] ?? c).join('');
  const refs: number[] = [];
  for (const item of plain.split(',')) {
    const [a, b] = item.split(/[-–]/).map((s) => Number(s.trim()));
    if (a === undefined || !Number.isInteger(a) || a < 1 || a > MAX_REF) return undefined;
    if (b === undefined) refs.push(a);
    else {
      if (!Number.isInteger(b) || b <= a || b - a > MAX_RANGE) return undefined;
      for (let n = a; n <= b; n++) refs.push(n);
    }
  }
  return refs;
}

/**
 * Remove citation markers from a paragraph. `at` in each citation is its
 * offset in the returned text. Portuguese writes decimals with a comma, so
 * there only markers after a sentence stop or in superscript are taken.
 */
export function extractCitations(t: Tracked, lang: BlockLang | Lang): { tracked: Tracked; citations: Citation[] } {
  const found: Array<{ start: number; end: number; marker: string; refs: number[] }> = [];
  const patterns = lang === 'en' ? [AFTER_STOP, AFTER_WORD, SUPERSCRIPTS] : [AFTER_STOP, SUPERSCRIPTS];
  for (const re of patterns) {
    if (!NEEDS.get(re)!.test(t.text)) continue;
    for (const m of t.text.matchAll(re)) {
      const marker = m[1]!;
      if (re === AFTER_WORD && /^\d{1,3}(,\d{3})+$/.test(marker)) continue;
      const refs = expandMarker(marker);
      if (!refs) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, marker, refs });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const edits: Edit[] = found.map((f) => ({ start: f.start, end: f.end, insert: '' }));
  const citations: Citation[] = [];
  let removed = 0;
  for (const f of found) {
    citations.push({ marker: f.marker, refs: f.refs, at: f.start - removed });
    removed += f.end - f.start;
  }
  return { tracked: applyEdits(t, edits), citations };
}
