import { fold } from './inflection.js';

/**
 * Acronyms defined in a text as `long form (ACR)`: `systemic lupus
 * erythematosus (SLE)`, `lúpus eritematoso sistêmico (LES)`. The long form is
 * the shortest run of words before the parenthesis whose initials contain the
 * acronym's letters in order, the first letter starting the first word
 * (after Schwartz & Hearst 2003).
 */
export interface AcronymDefinition {
  short: string;
  long: string;
}

/** A long form and its parenthesised acronym; `definitions` runs it where it can match. */
export const DEFINITION = /([\p{L}\p{N}][\p{L}\p{N}'’ -]*?)\s*\(\s*([\p{Lu}][\p{L}\p{N}-]{1,9})\s*\)/gu;

function fits(short: string, words: string[]): boolean {
  const letters = fold(short).replace(/[^a-z0-9]/g, '');
  const text = words.map(fold).join(' ');
  if (!text.startsWith(letters[0]!)) return false;
  let at = 0;
  for (const ch of letters) {
    const i = text.indexOf(ch, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/** The parenthesis part of `DEFINITION`. */
const PARENTHESISED = /\(\s*[\p{Lu}][\p{L}\p{N}-]{1,9}\s*\)/gu;
/** Characters a long form and the space before its parenthesis may hold (surrogate halves too: an astral letter is two). */
const LONG_FORM_CHAR = /[\p{L}\p{N}'’\s\-\uD800-\uDFFF]/u;

/**
 * `DEFINITION`'s matches, the pattern run only on the text just before each
 * parenthesised acronym: its lazy run backtracks from every letter it starts
 * at, which over a whole sentence costs the square of its length.
 */
function* definitions(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const p of text.matchAll(PARENTHESISED)) {
    const end = p.index + p[0].length;
    let start = p.index;
    while (start > from && LONG_FORM_CHAR.test(text[start - 1]!)) start--;
    DEFINITION.lastIndex = 0;
    const m = DEFINITION.exec(text.slice(start, end));
    if (!m) continue;
    from = end;
    yield m;
  }
}

export function findAcronyms(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  if (!text.includes('(')) return out;
  for (const m of definitions(text)) {
    const d = definitionOf(m);
    if (d) out.push(d);
  }
  return out;
}

/** The definition a match of `DEFINITION` holds: its acronym and the shortest run of words before it that fits. */
export function definitionOf(m: RegExpExecArray | RegExpMatchArray): AcronymDefinition | undefined {
  const short = m[2]!;
  if ((short.match(/\p{Lu}/gu) ?? []).length < 2) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  const max = Math.min(words.length, short.length + 3);
  for (let n = 1; n <= max; n++) {
    const tail = words.slice(words.length - n);
    if (n >= Math.min(2, short.length) && fits(short, tail)) return { short, long: tail.join(' ') };
  }
  return undefined;
}
