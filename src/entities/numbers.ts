import type { Lang } from '../types.js';
import { isDigit } from './chars.js';

/**
 * Numbers as clinical text writes them in English and Portuguese: a decimal
 * point or comma, and thousands grouped by the other mark (`450,000`,
 * `1,250.5` in English; `450.000`, `1.250,5` in Portuguese). One mark
 * followed by exactly three digits groups thousands in the language that
 * groups with it (`18,500` in English, `3.200` in Portuguese); otherwise it
 * is the decimal mark, whichever it is (`0,01` and `2.3` read in both).
 */

export interface WrittenNumber {
  /** As written (`450,000`). */
  text: string;
  value: number;
  length: number;
}

/** Digits and marks, at most this many, starting and ending with a digit: a run of hundreds of digits is no number rather than a slow or infinite one. */
const RUN = 24;
/** More significant digits than a double holds exactly: not a measurement anyone wrote. */
const MAX_DIGITS = 15;

const GROUP: Record<Lang, string> = { en: ',', pt: '.' };

/** The number at the start of `s`, if one is written there. */
export function readNumber(s: string, lang: Lang): WrittenNumber | undefined {
  if (!isDigit(s.charCodeAt(0))) return undefined;
  // The run of digits and marks, then back to its last digit.
  let end = 1;
  let marks = false;
  for (; end < s.length && end < RUN && isRunChar(s.charCodeAt(end)); end++) if (!isDigit(s.charCodeAt(end))) marks = true;
  let rest = end;
  while (!isDigit(s.charCodeAt(end - 1))) end--;
  // A longer run than that (hundreds of digits) is no number.
  while (rest < s.length && isRunChar(s.charCodeAt(rest))) if (isDigit(s.charCodeAt(rest++))) return undefined;
  const run = s.slice(0, end);
  // Digits alone (most numbers in text): the number as written, when a double holds it exactly.
  if (!marks || !/[.,]/.test(run)) return run.length > MAX_DIGITS ? undefined : { text: run, value: Number(run), length: run.length };
  const text = longestNumber(run, lang);
  if (!text) return undefined;
  const value = parse(text, lang);
  if (value === undefined) return undefined;
  return { text, value, length: text.length };
}

const isRunChar = (c: number) => isDigit(c) || c === 46 || c === 44;

/** The longest prefix of a run that reads as one number (`1.2.3` → `1.2`; `12,5,6` → `12,5`). */
function longestNumber(run: string, lang: Lang): string | undefined {
  for (let end = run.length; end > 0; end--) {
    // Cut only before a mark: a number is never the first digits of a longer one.
    if (end < run.length && !/[.,]/.test(run[end]!)) continue;
    const head = run.slice(0, end);
    if (parse(head, lang) !== undefined) return head;
  }
  return undefined;
}

function parse(text: string, lang: Lang): number | undefined {
  let digits = 0;
  let marks = '';
  for (let k = 0; k < text.length; k++) {
    if (isDigit(text.charCodeAt(k))) digits++;
    else marks += text[k];
  }
  if (digits > MAX_DIGITS) return undefined;
  let plain: string;
  if (marks === '') plain = text;
  else if (marks.includes('.') && marks.includes(',')) {
    // Both marks: the last is the decimal one, the other groups thousands.
    const decimal = marks.at(-1)!;
    const group = decimal === '.' ? ',' : '.';
    const at = text.lastIndexOf(decimal);
    if (marks.indexOf(decimal) !== marks.length - 1 || !grouped(text.slice(0, at), group)) return undefined;
    plain = `${text.slice(0, at).split(group).join('')}.${text.slice(at + 1)}`;
  } else if (marks.length > 1) {
    // One mark, several times: thousands only (`1.250.000`).
    if (!grouped(text, marks[0]!)) return undefined;
    plain = text.split(marks[0]!).join('');
  } else {
    const mark = marks;
    const [int, frac] = text.split(mark) as [string, string];
    plain = mark === GROUP[lang] && frac.length === 3 && !int.startsWith('0') ? int + frac : `${int}.${frac}`;
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** `450,000`, `1.250.000`: groups of three after a first group of one to three digits (not `0`). */
function grouped(text: string, mark: string): boolean {
  const parts = text.split(mark);
  return /^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
