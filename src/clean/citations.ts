import type { Citation, Lang, BlockLang } from '../types.js';
import { dictionaryFor } from '../lang/dictionary.js';
import { captionLabelAlternation } from '../lang/index.js';
import { applyEdits, type Edit, type Tracked } from './tracked.js';

/**
 * Citation markers are taken out of the prose and kept as citation data:
 * superscript numbers and ranges wherever they stand (`disease.¹²⁻¹⁴`,
 * `et al. ²³`, `( ⁸, ¹¹)`, as JATS citations are written too) unless they
 * are a power (`10³`, `mm³`, `r²`) or a charge (`Ca²⁺`); numbers that lost
 * their superscript in extraction (`SLE. 8,12`, `esthetics. 1-3, 13, 14`,
 * `surfaces 1,2 with`); and numbers glued to a dictionary word
 * (`disease12,13`), never to a code or symbol (`CD4`, `T2`, `HbA1c`, `mm3`).
 */

/** References are numbered in the low hundreds; bigger numbers are years or counts. */
const MAX_REF = 999;
const MAX_RANGE = 100;

const LIST = String.raw`\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?:\s?,\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?)*`;
const SUPER_DIGITS = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
const SUPER_LIST = `${SUPER_DIGITS}+(?:[,⁻\\-–]${SUPER_DIGITS}+)*`;

/**
 * After a sentence stop, before the next sentence's capital or the paragraph end. Without a
 * space only after a letter, bracket, quote or `%`, so a decimal (`1.5 U/L`) is not a marker.
 */
const AFTER_STOP = new RegExp(String.raw`(?:(?<=[.!?]["'”’)\]]?)\s+|(?<=[\p{L})\]"'”’%][.!?]))(${LIST})(?=\s+[\p{Lu}(]|\s*$)`, 'gu');
/**
 * Glued to a year's stop, before a new sentence (`between 2016 and 2021.15 Several`):
 * no decimal has a year's four digits before its point and a capital after it.
 */
const AFTER_YEAR = new RegExp(String.raw`(?<=(?<![\d.,])(?:1[89]|20)\d\d\.)(${LIST})(?=\s+\p{Lu})`, 'gu');
/** After `et al.`, whatever follows: no decimal or count is written there (`Guth et al.23 showed`). */
const AFTER_ET_AL = new RegExp(String.raw`(?<=\bet\s+al\.)\s?(${LIST})(?=[\s,;:)]|$)`, 'gu');
/** Mid-sentence after a word: only comma lists, which in English are no number (`1,2`; thousands are `1,200`). */
const AFTER_WORD = new RegExp(String.raw`(?<=\p{L}{3})\s(\d{1,3}(?:,\d{1,3})+)(?=\s+\p{Ll}|\s*[,;]|\s*$)`, 'gu');
/**
 * Glued to the comma after a figure or table number, before a word in lower
 * case (`Figura 3,1 onde`, `Figure 3,1 where`): a figure's number is no
 * decimal, so the digits are the citation's raised number set in line. Not
 * after a plural label, which lists more figures (`Figuras 1,2 e 3`).
 * Built from the caption labels of the language data on first use.
 */
let afterLabel: RegExp | undefined;
function labelPattern(): RegExp {
  if (afterLabel) return afterLabel;
  // no `i` flag, which would read `\p{Ll}` as any letter: the label's first letter either case (`na figura 3,1 onde`)
  const all = captionLabelAlternation({ stop: false }).split('|');
  // a plural label is the singular with an `s` (`Figuras`, `Tables`)
  const labels = all
    .filter((w) => !(w.endsWith('s') && all.includes(w.slice(0, -1))))
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`)
    .join('|');
  afterLabel = new RegExp(String.raw`(?<=\b(?:${labels})\.?\s?\d{1,3}[A-Za-z]?,)(${LIST})(?=\s+\p{Ll})`, 'gu');
  return afterLabel;
}
const LABEL_NEEDS = /\d,\d/;

/**
 * A superscript run with what goes with it: the space before, brackets holding
 * nothing else (`( ¹⁶)`, `[³]`), and the space before a following stop.
 */
const SUPERSCRIPTS = new RegExp(`(\\s*)(?:([([])\\s*)?(${SUPER_DIGITS}+(?:\\s?[,⁻\\-–]\\s?${SUPER_DIGITS}+)*)(?:\\s*[,;]?\\s*([)\\]]))?(\\s+(?=[.,;:]))?`, 'gu');
/**
 * Brackets holding only blanks, with the blanks before them: a citation whose
 * number the extraction set elsewhere (pdftotext raises it to the row above,
 * `(           ).`), never text.
 */
const EMPTY_BRACKETS = /\(\s+\)|\[\s+\]/g;
/** A blank (as `\s` reads one) before an empty bracket, taken with it. */
const BLANK = /\s/;
/** Length units whose square or cube is written with a superscript. */
const POWER_UNIT = /(?:^|[^\p{L}])(?:[cdkmnµμ]?m|in|ft)$/u;
/** Numbers glued to the end of a lower-case word (`disease12,13`). */
const GLUED = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Ll}{4,})(\d{1,3}(?:[,–-]\d{1,3})*)(?=[\s.,;:)]|$)`, 'gu');

/**
 * What each pattern's match must contain, tested first: the patterns open
 * with look-behinds tried at every position, and most paragraphs hold no
 * marker at all.
 */
const NEEDS = new Map<RegExp, RegExp>([
  [AFTER_STOP, /[.!?]["'”’)\]]?\s*\d/],
  [AFTER_ET_AL, /al\.\s?\d/],
  [AFTER_YEAR, /\d\d\.\d/],
  [AFTER_WORD, /\d,\d/],
  [SUPERSCRIPTS, new RegExp(SUPER_DIGITS)],
  [GLUED, /\p{Ll}\d/u],
]);

interface Found {
  start: number;
  end: number;
  marker: string;
  refs: number[];
}

/**
 * A superscript run that is a power or a charge rather than a citation: glued
 * to a number (`10³`), a length unit (`mm³`, `kg/m²`), a one-letter symbol
 * (`r²`, `χ²`), a sign (`s⁻¹`), or followed by a charge (`Ca²⁺`).
 */
function isPower(text: string, m: RegExpMatchArray): boolean {
  if (m[1] !== '' || m[2] !== undefined) return false;
  const at = m.index!;
  const before = text.slice(Math.max(0, at - 12), at);
  const run = m[3]!;
  if (/[\d⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻×]$/u.test(before) || /^[⁺⁻]/u.test(text.slice(at + m[0].length))) return true;
  if (/^[²³]$/.test(run) && POWER_UNIT.test(before)) return true;
  return /(?:^|[^\p{L}])\p{L}$/u.test(before);
}

function superscriptMarkers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SUPERSCRIPTS)) {
    if (isPower(text, m)) continue;
    const refs = expandMarker(m[3]!.replace(/\s/g, ''));
    if (!refs) continue;
    // Brackets go with the run only when both are there; otherwise the run alone is taken.
    if ((m[2] === undefined) !== (m[4] === undefined)) {
      const at = m.index! + m[0].indexOf(m[3]!);
      out.push({ start: at, end: at + m[3]!.length, marker: m[3]!, refs });
      continue;
    }
    const start = m.index!;
    // A run inside a sentence keeps one space between the words around it.
    const keepSpace = m[1] !== '' && m[5] === undefined && /^\s*\p{L}/u.test(text.slice(start + m[0].length)) && !/\s$/.test(text.slice(start + m[0].length, start + m[0].length + 1));
    out.push({ start: keepSpace ? start + 1 : start, end: start + m[0].length, marker: m[3]!, refs });
  }
  return out;
}

function gluedMarkers(text: string, lang: BlockLang | Lang): Found[] {
  const out: Found[] = [];
  const dictionary = dictionaryFor(lang);
  for (const m of text.matchAll(GLUED)) {
    // Only a word the dictionary knows: `covid19`, `il6` are names, not a word and a marker.
    if (!dictionary.has(m[1]!)) continue;
    const refs = expandMarker(m[2]!);
    if (!refs) continue;
    const start = m.index! + m[1]!.length;
    out.push({ start, end: start + m[2]!.length, marker: m[2]!, refs });
  }
  return out;
}

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
  const found: Found[] = [];
  const add = (f: Found) => {
    if (!found.some((g) => f.start < g.end && f.end > g.start)) found.push(f);
  };
  if (NEEDS.get(SUPERSCRIPTS)!.test(t.text)) superscriptMarkers(t.text).forEach(add);
  if (NEEDS.get(GLUED)!.test(t.text)) gluedMarkers(t.text, lang).forEach(add);
  // the label's digits first: a comma list after a word would take the figure's number with them (`Figure 3,1 where`)
  const patterns = lang === 'en' ? [labelPattern(), AFTER_ET_AL, AFTER_STOP, AFTER_YEAR, AFTER_WORD] : [labelPattern(), AFTER_ET_AL, AFTER_STOP, AFTER_YEAR];
  for (const re of patterns) {
    if (!(NEEDS.get(re) ?? LABEL_NEEDS).test(t.text)) continue;
    for (const m of t.text.matchAll(re)) {
      const marker = m[1]!;
      if (re === AFTER_WORD && /^\d{1,3}(,\d{3})+$/.test(marker)) continue;
      const refs = expandMarker(marker);
      if (!refs) continue;
      add({ start: m.index!, end: m.index! + m[0].length, marker, refs });
    }
  }
  // The blanks before are found backwards from the bracket: a leading `\s*` in the pattern would rescan every blank run.
  for (const m of t.text.matchAll(EMPTY_BRACKETS)) {
    let start = m.index!;
    while (start > 0 && BLANK.test(t.text[start - 1]!)) start--;
    add({ start, end: m.index! + m[0].length, marker: '', refs: [] });
  }
  found.sort((a, b) => a.start - b.start);
  const edits: Edit[] = found.map((f) => ({ start: f.start, end: f.end, insert: '' }));
  const citations: Citation[] = [];
  let removed = 0;
  for (const f of found) {
    if (f.refs.length > 0) citations.push({ marker: f.marker, refs: f.refs, at: f.start - removed });
    removed += f.end - f.start;
  }
  return { tracked: applyEdits(t, edits), citations };
}
