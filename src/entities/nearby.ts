import { shared } from '../lang/index.js';
import type { Lang } from '../types.js';
import { isDigit, spacesAt } from './chars.js';
import type { Token } from './tokens.js';

/** What stands right beside a token: the small tests every mention finder asks. */

/** The words that join a measured name to its value (`was 12 mg/dL`, `of 88%`, `foi 90%`, `de 5 mg`), as a regular expression's alternatives. */
export const LINK_WORDS = 'was|were|is|of|de|foi|era';

/** Whitespace only between two tokens of one phrase (no line of other text). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 3 && text.slice(a.end, b.start).trim() === '';
}

/** A digit right after `at`, past white space only. */
export function numberFollows(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at + spacesAt(text, at)));
}

/** A number right after a name, maybe after `:` or `=` (`K 4,7`, `FC: 70`, `PA 150/80`). */
export function valueFollows(text: string, at: number): boolean {
  // By hand, as /^[ \t]*[:=]?[ \t]*\d/ on the next eight characters: it is asked of most words.
  const limit = Math.min(text.length, at + 8);
  let k = at;
  while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k < limit && (text[k] === ':' || text[k] === '=')) k++;
  while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < limit && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
}

/** Written in capitals (`HB`, `NA`), as notes shout. */
export const isShouted = (s: string): boolean => /\p{Lu}/u.test(s) && s === s.toUpperCase();

let of: Record<Lang | 'either', Set<string>> | undefined;

/** The word that joins a thing to what it is of (`shared().ofWords()`): in one language (`de`, `do` … inside a Portuguese name), or in either. */
export function ofWords(lang: Lang | 'either'): Set<string> {
  if (!of) {
    of = { en: new Set(), pt: new Set(), either: new Set() };
    for (const r of shared().ofWords()) {
      of[r.lang as Lang].add(r.form);
      of.either.add(r.form);
    }
  }
  return of[lang];
}
