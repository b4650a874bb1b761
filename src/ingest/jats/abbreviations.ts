import type { BlockLang, ListedAbbreviation } from '../../types.js';
import { child, childrenNamed, descendants, type Element } from './xml.js';
import { squash, textOrEmpty } from './text.js';
import { paragraphsIn } from './flow.js';

/**
 * The abbreviations an article spells out in a list of its own (a `glossary`,
 * a section of abbreviations, a `kwd-group` of them): the entities stage reads
 * each short form in the prose with its expansion, as it does one defined in
 * a sentence (`healthcare-associated infection (HAI)`). Only terms shaped as
 * short forms count: a glossary also defines words.
 */

/**
 * A term shaped like a short form: one word of at most 10 characters with a
 * capital and another capital or a digit (`HAI`, `SpO2`, `IgG`), or a capital
 * and at most one letter more (`Hb`, `K`).
 */
export const SHORT_FORM = /^(?=\S{1,10}$)(?:[^\s\p{Lu}]*\p{Lu}\S*[\p{Lu}\p{N}]\S*|\p{Lu}\p{Ll}?)$/u;

/** The terms of the definition lists under an element. */
export const definedTerms = (el: Element) => descendants(el, 'def-item').map((d) => textOrEmpty(child(d, 'term')));

const listed = (lang: BlockLang, short: string, long: string): ListedAbbreviation[] => {
  const expansion = squash(long).replace(/[.;,]$/, '');
  return lang === 'other' || !SHORT_FORM.test(short) || expansion === '' ? [] : [{ lang, short, long: expansion }];
};

/** Each `def-item` under `el` whose term is a short form, its definition the expansion. */
export function definedAbbreviations(el: Element, lang: BlockLang): ListedAbbreviation[] {
  return descendants(el, 'def-item').flatMap((d) => {
    const short = textOrEmpty(child(d, 'term')).replace(/[:.]$/, '');
    return listed(lang, short, childrenNamed(d, 'def').flatMap((def) => paragraphsIn(def, true)).join(' '));
  });
}

/** A pair of a `kwd-group` of abbreviations: `HAI, healthcare-associated infection` (or `HAI: …`, `HAI – …`, `HAI = …`). */
function keywordAbbreviation(pair: string, lang: BlockLang): ListedAbbreviation[] {
  const m = /^(\S+?)\s*(?:[,:=]|\s[–—-])\s*(.+)$/u.exec(pair);
  return m ? listed(lang, m[1]!, m[2]!) : [];
}

/** Whether the word at `i` opens a pair: a short form, then `,` `:` `=` on it (`HAI,`) or a dash or sign after it. */
function opensPair(words: string[], i: number): boolean {
  const w = words[i]!;
  const joined = /^(\S+?)[,:=]/u.exec(w);
  if (joined) return SHORT_FORM.test(joined[1]!);
  return SHORT_FORM.test(w) && /^(?:[–—=:-])$/u.test(words[i + 1] ?? '');
}

/**
 * The pairs of one `kwd` of a group of abbreviations. A `kwd` may hold
 * several, separated by `;`, a full stop, a comma or a line break
 * (`AIDS, acquired immunodeficiency syndrome; HIV, human immunodeficiency
 * virus`): a pair opens at each short form followed by its separator. One
 * with no word before the next (`IgA, immunoglobulin A, IgG, …`: the `A,`)
 * ends an expansion instead; one inside brackets is part of an expansion
 * (`UTI, unidade de terapia intensiva (do inglês ICU, intensive care unit)`).
 */
export function keywordAbbreviations(kwd: string, lang: BlockLang): ListedAbbreviation[] {
  const words = squash(kwd).split(' ');
  const bracketed = bracketDepths(words).map((d) => d > 0);
  const starts: number[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const next = starts[0] ?? words.length;
    if (!bracketed[i] && opensPair(words, i) && next - i >= 2) starts.unshift(i);
  }
  return starts.flatMap((s, k) => keywordAbbreviation(words.slice(s, starts[k + 1] ?? words.length).join(' '), lang));
}

/** How many brackets are open where each word starts, its own opening one included (`(ICU,`). */
function bracketDepths(words: string[]): number[] {
  let depth = 0;
  return words.map((w) => {
    const opening = /^[([]/u.test(w) ? 1 : 0;
    const at = depth + opening;
    depth = Math.max(0, depth + (w.match(/[([]/gu)?.length ?? 0) - (w.match(/[)\]]/gu)?.length ?? 0));
    return at;
  });
}
