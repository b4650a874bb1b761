import type { Lang } from '../types.js';

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

/** Digits and marks; bounded so a run of hundreds of digits is no number rather than a slow or infinite one. */
const RUN = /^\d(?:[\d.,]{0,22}\d)?/;
/** More significant digits than a double holds exactly: not a measurement anyone wrote. */
const MAX_DIGITS = 15;

const GROUP: Record<Lang, string> = { en: ',', pt: '.' };

/** The number at the start of `s`, if one is written there. */
export function readNumber(s: string, lang: Lang): WrittenNumber | undefined {
  const run = RUN.exec(s);
  if (!run) return undefined;
  // A longer run than the pattern allows (hundreds of digits) is no number.
  if (/^[\d.,]*\d/.test(s.slice(run[0].length))) return undefined;
  // Digits alone (most numbers in text): the number as written, when a double holds it exactly.
  if (!/[.,]/.test(run[0])) return run[0].length > MAX_DIGITS ? undefined : { text: run[0], value: Number(run[0]), length: run[0].length };
  const text = longestNumber(run[0], lang);
  if (!text) return undefined;
  const value = parse(text, lang);
  if (value === undefined) return undefined;
  return { text, value, length: text.length };
}

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
  if (text.replace(/\D/g, '').length > MAX_DIGITS) return undefined;
  const marks = text.replace(/\d/g, '');
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
