import type { Tally } from './counting.js';
import { cmp } from './compare.js';
import { CONNECTORS, fold, isEnglishVerb, isPluralWord, isUncountable, pluralSurface, singularSurface } from './inflection.js';
import { dictionaryFor } from '../lang/dictionary.js';
import { wordEnding } from '../lang/index.js';

/** The forms an entry shows: the most frequent EN form and a PT form agreeing with it. */
export function top<T extends string>(m: Map<T, number>): T {
  // The first in that order found in one pass: each entry asks for several, and a sorted copy is garbage.
  let best: T | undefined;
  let most = 0;
  for (const [form, n] of m) {
    if (best !== undefined && (n < most || (n === most && cmp(form, best) >= 0))) continue;
    best = form;
    most = n;
  }
  return best!;
}

/**
 * The head of a term, whose number is the term's: in English its last word
 * before `of` (management of complications is singular), a trailing number or
 * code aside (mitotic indices 2); in Portuguese its first word (síndromes
 * overlap, manejo das complicações).
 */
function head(form: string, lang: 'en' | 'pt'): string | undefined {
  const words = form.split(' ');
  if (lang === 'pt') return words[0];
  const of = words.indexOf('of');
  return words
    .slice(0, of > 0 ? of : words.length)
    .reverse()
    .find((w) => /\p{L}/u.test(w));
}

/**
 * The PT form to show beside the EN form, agreeing with it in number as a
 * translator expects (bilateral ↔ bilateral, children ↔ crianças): the agreeing
 * form seen most often in the same sentence pairs as the EN form, else the
 * agreeing form seen most often, else the form seen with the EN form
 * inflected to its number. English adjectives have no number; one standing
 * alone reads as singular, so its Portuguese adjective is made singular too.
 * An uncountable EN head (equipment, politics) prefers a singular it was seen with.
 */
export function ptForm(t: Tally, en: string): string {
  const withEn = new Map<string, number>();
  // The PT forms seen with this EN form: keys `en\u0000pt` read in place, not split into a new array each.
  if (!en.includes('\u0000')) {
    for (const [pair, n] of t.together) {
      if (pair.charCodeAt(en.length) !== 0 || !pair.startsWith(en)) continue;
      const end = pair.indexOf('\u0000', en.length + 1);
      withEn.set(pair.slice(en.length + 1, end < 0 ? undefined : end), n);
    }
  }
  const enHead = head(en, 'en');
  if (enHead === undefined) return withEn.size > 0 ? topBy(withEn, t.ptForms) : top(t.ptForms);
  const uncountable = isUncountable(enHead);
  const plural = !uncountable && isPluralWord(enHead, 'en');
  const agrees = (f: string) => isPluralWord(head(f, 'pt')!, 'pt') === plural;
  const seen = (m: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [f, n] of m) if (agrees(f)) out.set(f, n);
    return out;
  };
  const together = seen(withEn);
  if (together.size > 0) return topBy(together, t.ptForms);
  const agreeing = seen(t.ptForms);
  if (agreeing.size > 0) return top(agreeing);
  const form = withEn.size > 0 ? topBy(withEn, t.ptForms) : top(t.ptForms);
  // An uncountable noun reads as singular but is often rendered by a plural (information ↔ informações): no form is made up for it.
  if (uncountable) return form;
  // An English verb form (promotes) beside a Portuguese one (promove) is no plural noun.
  if (plural && isEnglishVerb(enHead)) return form;
  return inflect(form, plural);
}

/** The most frequent form of `m`, ties broken by the overall counts in `all`, then alphabetically. */
function topBy(m: Map<string, number>, all: Map<string, number>): string {
  return [...m].sort((a, b) => b[1] - a[1] || (all.get(b[0]) ?? 0) - (all.get(a[0]) ?? 0) || cmp(a[0], b[0]))[0]![0];
}

/** A Portuguese word in the singular; a hyphenated one by its last element (`re-hospitalizações` → `re-hospitalização`). */
function singularCompound(w: string): string {
  const at = w.lastIndexOf('-');
  if (at < 0) return singularSurface(w, 'pt');
  const last = w.slice(at + 1);
  const one = singularSurface(last, 'pt');
  return one !== last && dictionaryFor('pt').has(one) ? w.slice(0, at + 1) + one : w;
}

/**
 * A word in -n makes its plural in -ns as one in -m does (`pósitron`,
 * `hífen`, `líquen`; `homem`): where the dictionary lacks the -m singular the
 * rules give, the -n one it has. Asked (`loans`) only beside an English
 * singular, where the two sides would otherwise disagree in number.
 */
function loanSingular(w: string, one: string): string {
  return one !== w && /ns$/.test(w) && !dictionaryFor('pt').has(one) && dictionaryFor('pt').has(w.slice(0, -1)) ? w.slice(0, -1) : one;
}

/**
 * A Portuguese term in the other number: the words before its first
 * connector (the head and the adjectives agreeing with it; a `de` phrase
 * keeps its own number), as in complicações secundárias → complicação secundária.
 * Only a single word is made plural: a plural EN term seen only beside a
 * singular PT phrase is mostly a free rendering (females ↔ sexo feminino),
 * which a made-up plural would spoil.
 */
export function inflect(form: string, plural: boolean, loans = false): string {
  const words = form.split(' ');
  // A Portuguese infinitive (responder, dificultar) paired with an English plural is a verb, not a noun to make plural.
  if (plural && (words.length > 1 || wordEnding('pt', 'infinitive').test(form))) return form;
  for (let i = 0; i < words.length && !CONNECTORS.has(fold(words[i]!)); i++) {
    const w = words[i]!;
    // Acronyms (DPOC) and capitalised names (Pseudomonas, a questionnaire's English title) stay as written.
    if (w[0] !== w[0]!.toLowerCase() || w === w.toUpperCase()) {
      if (i === 0) return form;
      continue;
    }
    const one = singularCompound(w);
    const other = plural ? pluralSurface(w, 'pt') : loans ? loanSingular(w, one) : one;
    // The rules miss invariant words (simples, pires); a form the dictionary lacks is not made up.
    if (other !== w && (w.includes('-') || dictionaryFor('pt').has(other))) words[i] = other;
    // A head left as written leaves its adjectives as written too (Pneumonias bacterianas).
    else if (i === 0) return form;
  }
  return words.join(' ');
}
