import type { Lang, Span } from '../types.js';
import { sectionHeadings } from '../lang/index.js';
import { segmentModel, type SegmentModel } from './abbreviations.js';

/**
 * Sentence boundaries in English and Portuguese medical prose.
 *
 * A boundary is a run of terminal punctuation (`.`, `!`, `?`, `…`), optional
 * closing quotes or brackets, then white space and something that can open a
 * sentence. Periods inside numbers (`9.8`, `p < 0.05`, `2.5 mg/kg`) are never
 * candidates because no space follows them. Candidates are vetoed after
 * abbreviations (language data), after enumeration numbers that open a
 * sentence (`1. Introduction`) and before a lower-case word. Section labels
 * that open a sentence without a colon (`RESULTS The effect …`) become units
 * of their own, as in sentence-per-line structured abstracts; a label with
 * its colon run on after the part before (`… juvenil OBJETIVO: Avaliar`)
 * opens a sentence even with no stop before it. `cited` are the
 * offsets where clean took a citation out: a stop followed by one ends a
 * sentence whatever comes next (`in adults.⁴ Novak et al. showed` is left as
 * `in adults. Novak et al. showed`, two sentences).
 */
export function splitSentences(text: string, lang: Lang, cited: readonly number[] = []): Span[] {
  const model = segmentModel(lang);
  const cuts = boundaries(text, model, cited, lang);
  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    pushTrimmed(text, start, cut, spans);
    start = cut;
  }
  return spans.flatMap((span) => splitLabels(text, span, model));
}

const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)/gu;
const BLANK_LINE = /\n[ \t]*\n\s*/g;
const CLOSERS = /["'”’»)\]]/u;

/** Offsets where a sentence ends (just after its closing punctuation). */
function boundaries(text: string, model: SegmentModel, cited: readonly number[], lang: Lang): number[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(BLANK_LINE)) cuts.add(m.index);
  for (const m of text.matchAll(TERMINAL)) {
    const end = m.index + m[0].length;
    const next = nextVisible(text, end);
    if (next === -1) continue;
    if (!opensSentence(text, next) && !cited.some((at) => at >= end && at <= next)) continue;
    if (m[0][0] === '.' && m[0].length === 1 + trailingClosers(m[0]) && protectedPeriod(text, m.index, next, model)) continue;
    cuts.add(end);
  }
  for (const cut of headingLineBreaks(text)) cuts.add(cut);
  // A structured abstract's parts run together (`… unilateral OBJETIVO: Avaliar …`): each heading opens a unit.
  for (const h of sectionHeadings(text, lang)) if (h.start > 0) cuts.add(h.start);
  return [...cuts].sort((a, b) => a - b);
}

function trailingClosers(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && CLOSERS.test(s[i]!); i--) n++;
  return n;
}

function nextVisible(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i]!)) return i;
  return -1;
}

/** Upper-case letters, digits, opening quotes/brackets and list bullets can open a sentence. */
function opensSentence(text: string, at: number): boolean {
  const c = text[at]!;
  if (/\p{Lu}|\p{Nd}/u.test(c)) return true;
  if (/["'“‘«(\[¿¡•–—-]/.test(c)) {
    const after = text[at + 1] ?? '';
    return !/\p{Ll}/u.test(after);
  }
  return false;
}

/**
 * Whether the period at `dot` belongs to an abbreviation or an enumeration
 * number rather than ending a sentence. `next` is where the following word
 * starts.
 */
function protectedPeriod(text: string, dot: number, next: number, model: SegmentModel): boolean {
  const wordStart = lastWordStart(text, dot);
  const word = text.slice(wordStart, dot + 1).toLowerCase();
  const prevStart = wordStart > 0 ? lastWordStart(text, wordStart - 1) : wordStart;
  const twoWords = text.slice(prevStart, dot + 1).toLowerCase().replace(/\s+/g, ' ');
  const digitNext = /\p{Nd}/u.test(text[next]!);
  for (const form of [twoWords, word, word.replace(/^[("'“‘[]+/u, '')]) {
    const kind = model.abbreviations.get(form);
    if (kind === 'any' || (kind === 'digit' && digitNext)) return true;
  }
  // `1. Introduction`, `II. Methods`: a list number opening the sentence.
  if (/^(\p{Nd}{1,2}|[ivx]{1,4})\.$/u.test(word)) {
    const before = text.slice(0, wordStart).trimEnd();
    if (before === '' || /[.!?:;]$/.test(before)) return true;
  }
  // Initials before a surname (`J. Smith`, `M. S. Ribeiro`).
  if (/^\p{Lu}\.$/u.test(text.slice(wordStart, dot + 1)) && /^\p{Lu}(\.|\p{Ll})/u.test(text.slice(next, next + 2))) {
    const before = text.slice(0, wordStart).trimEnd();
    if (/^\p{Lu}\./u.test(text.slice(next, next + 2)) || /(^|\s)\p{Lu}(\.|\p{Ll}+)$/u.test(before)) return true;
  }
  return false;
}

function lastWordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * Single line breaks after a heading-like line (short, capitalised, no final
 * punctuation) end a unit even without a period: `INTRODUCTION\nCalcinosis …`.
 */
function headingLineBreaks(text: string): number[] {
  const cuts: number[] = [];
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trim();
    lineStart = i + 1;
    const next = nextVisible(text, i);
    if (next === -1 || line === '' || !/\p{Lu}|\p{Nd}/u.test(text[next]!)) continue;
    if (/[.!?…:;,]$/.test(line) || !/^\p{Lu}/u.test(line)) continue;
    if (line.split(/\s+/).length <= 8) cuts.push(i);
  }
  return cuts;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Split a section label off the start of a span: `Methods One hundred children …`. */
function splitLabels(text: string, span: Span, model: SegmentModel): Span[] {
  const s = text.slice(span.start, span.end);
  const length = labelLength(s, model);
  if (length === 0) return [span];
  const rest: Span[] = [];
  pushTrimmed(text, span.start + length, span.end, rest);
  return [{ start: span.start, end: span.start + length }, ...rest.flatMap((r) => splitLabels(text, r, model))];
}

/** Length of the section label opening `s` when it stands alone (next word capitalised, no colon). */
function labelLength(s: string, model: SegmentModel): number {
  // Lower-cased once: each label is tried against the same text.
  const lower = s.toLowerCase();
  for (const label of model.labelWords) {
    const end = wordsEnd(lower, label);
    if (end === 0 || /[\p{L}\p{Nd}]/u.test(lower[end] ?? '')) continue;
    const written = s.slice(0, end);
    if (!/^\p{Lu}/u.test(written)) continue;
    const after = s.slice(written.length);
    const m = /^\s+([^\s,;:.]+)/u.exec(after);
    if (!m) return 0;
    const next = m[1]!;
    if (/^[\p{Lu}\p{Nd}]/u.test(next)) return written.length;
    // A lower-case continuation: `RESULTS we found` is a label, `Results showed` is prose.
    const allCaps = written === written.toUpperCase();
    if (/^\p{Ll}/u.test(next) && (allCaps || model.openers.has(next))) return written.length;
    return 0;
  }
  return allCapsHeading(s);
}

/** A run of two or more all-capital words followed by a capitalised word: `WHAT THIS STUDY ADDS Patients …`. */
function allCapsHeading(s: string): number {
  const m = /^((?:[\p{Lu}][\p{Lu}'’-]+\s+){1,7}[\p{Lu}][\p{Lu}'’-]+)\s+\p{Lu}\p{Ll}/u.exec(s);
  if (!m) return 0;
  const heading = m[1]!;
  return heading.replace(/\s+/g, '').length >= 8 ? heading.length : 0;
}

const SPACES = /\s+/y;

/** Where the words of a label end in `lower` (lower-cased text), or 0 when it does not start with them. */
function wordsEnd(lower: string, words: readonly string[]): number {
  if (!lower.startsWith(words[0]!)) return 0;
  let i = words[0]!.length;
  for (let w = 1; w < words.length; w++) {
    SPACES.lastIndex = i;
    if (!SPACES.test(lower)) return 0;
    i = SPACES.lastIndex;
    if (!lower.startsWith(words[w]!, i)) return 0;
    i += words[w]!.length;
  }
  return i;
}
