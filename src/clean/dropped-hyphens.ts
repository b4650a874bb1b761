import { applyEdits, type Edit, type Tracked } from './tracked.js';
import type { WordList } from '../lang/dictionary.js';
import { asCleaned } from '../lang/vocabulary.js';

/**
 * Hyphens an extractor dropped at line ends. Plain pdftotext joins a line
 * that ends in `-` to the next one, writing neither the hyphen nor the break
 * (`self-` / `reported` → `selfreported`, `covid-` / `19` → `covid19`,
 * `observa-` / `se` → `observase`), so the joined line runs on to about twice
 * the column's width. Past the first line's worth of such a line, a word gets
 * its hyphen back where the document spells it with one elsewhere more often
 * than whole; where the dictionary does not know it but knows both halves,
 * one of them a part the document sets off with a hyphen elsewhere; or where
 * it reads as two years of a range. A line only a little longer than the
 * column (joined to a paragraph's short last line: `da COVID-` / `19.`) is
 * read by the document's spellings and year ranges only.
 * The text is read before clean's unicode step: soft hyphens, which pdftotext
 * writes at the other line ends, still end their lines there.
 */

/**
 * Counts of spellings (lowercased, soft hyphens out) in the lines no hyphen
 * was dropped in; and of the parts hyphenated words begin and end with, as
 * `self-` and `-se` (how this document uses a hyphen).
 */
export type Spellings = Map<string, number>;

/** A word, its parts joined by hyphens: `-`, or U+2010 and U+2011 as some PDFs write it (`covid‐19`). */
const TOKEN = /[\p{L}\p{M}\p{N}\u00AD]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}\u00AD]+)*/gu;
const SOFT = /\u00AD/g;
/** How a word is counted: as clean writes it (soft hyphens out, every hyphen `-`), in lower case. */
const key = (s: string) => asCleaned(s).toLowerCase();
/** A wrapped text has this many lines at least, most of them close to its width. */
const MIN_LINES = 8;
const MIN_WIDTH = 25;
/** A line this much longer than the column holds a dropped hyphen. */
const JOINED = 1.4;
/** A dropped hyphen stands past this share of the column's width: the line before it was full. */
const FIRST_JOIN = 0.7;

/** A line's length as printed: soft hyphens are not. */
const plainLength = (text: string) => text.replace(SOFT, '').trim().length;

interface Line {
  start: number;
  text: string;
  /** Joined at a dropped hyphen: longer than the column by far. */
  joined: boolean;
  /** Longer than the column: joined to a paragraph's short last line, or a line set a little wide. */
  wide: boolean;
  width: number;
  /** Characters of its printed line before it: a line opening with a soft hyphen is the rest of the line above, which pdftotext cut there. */
  lead: number;
}

/** The lines of `text`, and which of them were joined (none when the text is not wrapped in a column: a JATS paragraph is one line). */
function linesOf(text: string): Line[] {
  let at = 0;
  const lines: Line[] = [];
  for (const t of text.split('\n')) {
    const above = lines.at(-1);
    const lead = above && /^\s*\u00AD/.test(t) ? above.lead + plainLength(above.text) : 0;
    lines.push({ start: at, text: t, joined: false, wide: false, width: 0, lead });
    at += t.length + 1;
  }
  const lengths = lines.map((l) => plainLength(l.text)).filter((n) => n > 0);
  if (lengths.length < MIN_LINES) return lines;
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)]!;
  const near = lengths.filter((n) => n >= 0.75 * width && n <= 1.15 * width).length;
  if (width < MIN_WIDTH || near < 0.5 * lengths.length) return lines;
  for (const l of lines) {
    l.width = width;
    l.joined = l.lead + plainLength(l.text) > JOINED * width;
    l.wide = l.lead + plainLength(l.text) > width;
  }
  return lines;
}

export function countSpellings(texts: string[]): Spellings {
  const spellings: Spellings = new Map();
  for (const text of texts) {
    for (const line of linesOf(text)) {
      if (line.joined) continue;
      for (const m of line.text.matchAll(TOKEN)) {
        const k = key(m[0]);
        const parts = k.split('-');
        const counted = parts.length > 1 ? [k, `${parts[0]}-`, `-${parts.at(-1)}`] : [k];
        for (const c of counted) spellings.set(c, (spellings.get(c) ?? 0) + 1);
      }
    }
  }
  return spellings;
}

/** A document's spellings as they are looked up. */
export interface SpellingLookup {
  get(word: string): number | undefined;
  /** Whether the texts write `word` (a key) with its hyphens anywhere, joined lines too: a cheap look before counting. */
  writes?(word: string): boolean;
}

/** Spellings counted on the first look-up: most texts have no joined line. */
export function lazySpellings(texts: string[]): SpellingLookup {
  let counted: Spellings | undefined;
  let hyphenated: Set<string> | undefined;
  return {
    get: (word) => (counted ??= countSpellings(texts)).get(word),
    // A word with a hyphen in it: TOKEN's parts hold none, so only its joiners give a key one.
    writes: (word) => (hyphenated ??= new Set(texts.flatMap((t) => [...t.matchAll(TOKEN)].map((m) => key(m[0])).filter((k) => k.includes('-'))))).has(word),
  };
}

/** A span of years longer than this is more likely some other number. */
const YEARS_SPANNED = 150;

/** Two years, the second later by a lifetime or a period (`17071778` → `1707-1778`): a range whose hyphen went. */
function yearRange(word: string): number | undefined {
  if (!/^\d{8}$/.test(word)) return undefined;
  const [a, b] = [Number(word.slice(0, 4)), Number(word.slice(4))];
  return a >= 1000 && b <= 2100 && a < b && b - a <= YEARS_SPANNED ? 4 : undefined;
}

/** A hyphen between digits leaves two at least on each side (`50-59`; `08` is no range). */
const digitsAround = (word: string, k: number) => !/^\d+$/.test(word) || (k >= 2 && word.length - k >= 2);

/** Hyphenated words of the document that begin or end like this, at least, for the part to be one it sets off with a hyphen. */
const AFFIX_SEEN = 2;

/**
 * A word the dictionary does not know, made of two it knows, the first or
 * the second of them one the document sets off with a hyphen elsewhere: a
 * verb and its pronoun (`observase`: `observa` + `-se`), a prefix (`self-`). One way only.
 */
function affixSplit(word: string, dictionary: WordList, spellings: SpellingLookup[]): number | undefined {
  const seen = (affix: string) => spellings.reduce((n, s) => n + (s.get(affix) ?? 0), 0);
  const splits = [];
  for (let k = 2; k <= word.length - 2; k++) {
    const [left, right] = [word.slice(0, k), word.slice(k)];
    if (!dictionary.has(left) || !dictionary.has(right)) continue;
    if (seen(`${left}-`) >= AFFIX_SEEN || seen(`-${right}`) >= AFFIX_SEEN) splits.push(k);
  }
  return splits.length === 1 ? splits[0] : undefined;
}

/** Where in `token` (offsets into it, soft hyphens counted) a dropped hyphen goes back, if anywhere. */
export function droppedHyphenAt(token: string, dictionary: WordList | undefined, spellings: SpellingLookup[]): number | undefined {
  const word = key(token);
  const plain = [...token].map((c, i) => ({ c, i })).filter((x) => x.c !== '\u00AD');
  const at = (k: number) => plain[k]!.i;
  for (const seen of spellings) {
    const whole = seen.get(word) ?? 0;
    let best: { k: number; n: number } | undefined;
    for (let k = 1; k < word.length; k++) {
      if (word[k - 1] === '-' || word[k] === '-' || !digitsAround(word, k)) continue;
      const n = seen.get(`${word.slice(0, k)}-${word.slice(k)}`) ?? 0;
      if (n > whole && n > (best?.n ?? 0)) best = { k, n };
    }
    if (best) return at(best.k);
    if (whole > 0) return undefined;
  }
  const years = yearRange(word);
  if (years) return at(years);
  if (!dictionary || !/^[\p{L}\p{M}]+$/u.test(word) || dictionary.has(word)) return undefined;
  const k = affixSplit(word, dictionary, spellings);
  return k === undefined ? undefined : at(k);
}

/**
 * Whether a title's word may get a hyphen back: the document writes it with
 * one somewhere, or it reads as a range of years. A title's words are read
 * whatever their place, so this is looked at first: most titles would
 * otherwise count the whole document's spellings for nothing.
 */
function mayRestore(token: string, spellings: SpellingLookup[]): boolean {
  const word = key(token);
  if (yearRange(word)) return true;
  const splits = Array.from({ length: word.length - 1 }, (_, i) => `${word.slice(0, i + 1)}-${word.slice(i + 1)}`);
  return spellings.some((s) => !s.writes || splits.some((w) => s.writes!(w)));
}

/**
 * Put back the hyphens dropped in `t`'s joined lines, or in a title. Without a dictionary
 * (a reference list: its titles and names are in any language) only the
 * document's spellings and year ranges decide.
 */
export function restoreDroppedHyphens(t: Tracked, dictionary: WordList | undefined, spellings: SpellingLookup[], options: { title?: boolean } = {}): Tracked {
  if (!options.title && !t.text.includes('\n')) return t;
  const edits: Edit[] = [];
  // a title is set wider than the column, so no width tells its joined lines: every word is read, by the document's spellings only
  const lines = options.title ? linesOf(t.text).map((l) => ({ ...l, joined: true, width: 0 })) : linesOf(t.text);
  for (const line of lines) {
    if (!line.joined && !line.wide) continue;
    // a line a little longer than the column may be one joined to a paragraph's short last line (`… da COVID-` / `19.`): the document's own spellings only
    const words = line.joined ? dictionary : undefined;
    for (const m of line.text.matchAll(TOKEN)) {
      // how far into the line the word ends, as printed (soft hyphens are not)
      const end = line.lead + line.text.slice(0, m.index! + m[0].length).replace(SOFT, '').trimStart().length;
      if (end < FIRST_JOIN * line.width || (options.title && !dictionary && !mayRestore(m[0], spellings))) continue;
      const k = droppedHyphenAt(m[0], words, spellings);
      if (k !== undefined) edits.push({ start: line.start + m.index! + k, end: line.start + m.index! + k, insert: '-' });
    }
  }
  return applyEdits(t, edits);
}
