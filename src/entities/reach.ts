import type { Lang } from '../types.js';
import { mayStartResult, resultAt, type Result } from './results.js';
import { fold } from './tokens.js';
import { isLabUnit, readUnit, UNIT_HEAD } from './units.js';
import { contextWords } from './words.js';

/**
 * From a test's name to what is said of it: past the words between
 * (`creatinine on admission was 2.3`, `a creatinina mediana na admissão foi
 * de 2,3`, `complement C3 was low at 52`) to the first number or
 * qualitative result. The reach ends at a clause boundary (punctuation other
 * than `:` and `=`, `and`, `mas`), at another mention, and after six words.
 */

export interface Reached {
  /** Where the value or result begins, in the string searched. */
  at: number;
  result?: Result;
  /** The last word before the value opens a series (`from`, `de`): `to`, `para` may add values to it. */
  series: boolean;
}

const MAX_WORDS = 6;
const FOR = /^\s+(?:for|para)\s/i;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/uy;

/** `anti-SARS-CoV-2`, `2019-nCoV`: a number a hyphen joins to letters is part of a name, not a value; not when the letters are a lab unit (`110-mg/dL`). */
function namePart(s: string, at: number): boolean {
  if (at >= 2 && s[at - 1] === '-' && /\p{L}/u.test(s[at - 2]!)) return true;
  let end = at;
  while (end < s.length && s[end]! >= '0' && s[end]! <= '9') end++;
  if (s[end] !== '-' || !/\p{L}/u.test(s[end + 1] ?? '')) return false;
  const unit = readUnit(s.slice(end + 1, end + 1 + UNIT_HEAD));
  return !(unit && isLabUnit(unit.ucum));
}

/**
 * What `s` (the text right after a name) says of the name. `isMention(k)`
 * tells whether another mention starts at offset `k` of `s`.
 */
export function reach(s: string, lang: Lang, isMention: (k: number) => boolean = () => false): Reached | undefined {
  const cw = contextWords(lang);
  let at = 0;
  let words = 0;
  let series = false;
  // `anti-RNP-negative`: a result joined to the name by a hyphen.
  if (s[0] === '-') at = 1;
  while (at < s.length) {
    while (at < s.length && (s[at] === ' ' || s[at] === '\t' || s[at] === ':' || s[at] === '=' || s[at] === '\u00a0')) at++;
    const c = s[at];
    if (c === undefined) return undefined;
    if (c >= '0' && c <= '9' && namePart(s, at)) return undefined;
    if ((c >= '0' && c <= '9') || '<>≤≥⩽⩾'.includes(c)) return { at, series };
    if (isMention(at)) return undefined;
    WORD.lastIndex = at;
    const w = WORD.exec(s);
    if (!w) return undefined;
    const lower = fold(w[0]);
    const hyphen = lower.indexOf('-');
    const result = mayStartResult(hyphen < 0 ? lower : lower.slice(0, hyphen), lang) ? resultAt(s.slice(at), lang) : undefined;
    // `positive for nitrites`: the result is of what follows.
    if (result) return FOR.test(s.slice(at + result.text.length)) ? undefined : { at, result, series: false };
    if (++words > MAX_WORDS) return undefined;
    if (cw.valueStop.has(lower)) return undefined;
    series = cw.seriesFrom.has(lower);
    at += w[0].length;
  }
  return undefined;
}
