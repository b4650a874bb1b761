import type { Lang } from '../types.js';
import { wordList } from '../lang/dictionary.js';
import { inflect } from './forms.js';
import { generalRate } from './general-frequency.js';
import { CONNECTORS, isPluralWord, isUncountable, singularSurface } from './morphology.js';

/**
 * An entry's two forms as a dictionary writes them: in the small letters of
 * running text, and in the singular. Sentences, headings and the articles'
 * keyword lists write terms with capitals and in the plural
 * (`Analgesics ↔ Analgésicos`, `Skin Diseases`, `health surveys`); a
 * termbase entry is `analgesic ↔ analgésico`.
 */
export interface TermForms {
  en: string;
  pt: string;
}

/** How many times rarer than its plural a singular may be in general language and still be the dictionary form. */
const SELDOM = 20;

const wordsOf = (form: string) => form.split(' ').filter((w) => w !== '');
const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/**
 * Small letters where capitals are only a heading's or a sentence's: a form
 * with every word capitalised whose words the dictionary has in small letters
 * (`Hemolytic-Uremic Syndrome`), or one whose first word alone is capitalised
 * (`Nociceptive pain ↔ dor nociceptiva`, `Risk factors ↔ Fatores de risco`)
 * when neither side has a capital past its first word (an eponym keeps its
 * capital on both sides: `Down syndrome ↔ síndrome de Down`). A word the dictionary has only with its capital
 * (`Parkinson`) keeps the form as written.
 */
export function runningTextCase(en: string, pt: string): TermForms {
  return { en: lowered(en, pt, 'en'), pt: lowered(pt, en, 'pt') };
}

function lowered(form: string, other: string, lang: Lang): string {
  const words = wordsOf(form);
  const has = (w: string) => w.split('-').every((part) => dictionaryHas(part, lang));
  if (words.every((w) => capitalised(w) || (CONNECTORS.has(w) && words.length > 1))) {
    const low = words.map((w) => w.toLowerCase());
    return low.every((w) => CONNECTORS.has(w) || has(w)) ? low.join(' ') : form;
  }
  const [first, ...rest] = words;
  // A capital inside the other side (not on its first word) is a name both keep.
  const otherRest = wordsOf(other).slice(1);
  if (!capitalised(first!) || [...rest, ...otherRest].some((w) => /\p{Lu}/u.test(w))) return form;
  const low = first!.toLowerCase();
  return has(low) ? [low, ...rest].join(' ') : form;
}

/** English words in small letters are the general dictionary's or medicine's list's; Portuguese ones the Brazilian dictionary's. */
function dictionaryHas(word: string, lang: Lang): boolean {
  return wordList(lang).has(word) || (lang === 'en' && wordList('medical').has(word));
}

/**
 * The head of an English term, whose number is the term's: its last word
 * before `of` (`management of complications` is singular).
 */
function englishHead(words: string[]): number {
  const of = words.indexOf('of');
  for (let i = (of > 0 ? of : words.length) - 1; i >= 0; i--) if (/\p{L}/u.test(words[i]!)) return i;
  return -1;
}

/**
 * Both sides in the singular, agreeing (`skin diseases ↔ doenças de pele` →
 * `skin disease ↔ doença de pele`, `fractures ↔ fratura` → `fracture ↔
 * fratura`): the English head and the Portuguese head with the adjectives
 * agreeing with it, each only where the dictionary has the singular. A term
 * whose English head is uncountable (`information ↔ informações`) or
 * inherently plural (`measles`, `diabetes`), or whose singular one side lacks, stays as written, so the two
 * sides never disagree in number because of this step.
 */
export function singularTerm(forms: TermForms): TermForms {
  const enWords = wordsOf(forms.en);
  const at = englishHead(enWords);
  if (at < 0) return forms;
  const head = enWords[at]!;
  const ptSingular = inflect(forms.pt, false);
  const ptPlural = ptSingular !== forms.pt;
  // An uncountable English head is often rendered by a Portuguese plural (`information ↔ informações`): no form is made up for it.
  if (isUncountable(head)) return forms;
  if (!isPluralWord(head, 'en')) return ptPlural ? { en: forms.en, pt: ptSingular } : forms;
  const one = singularSurface(head, 'en');
  if (one === head || !dictionaryHas(one.toLowerCase(), 'en')) return forms;
  // A singular general language seldom uses beside its plural (`datum` beside `data`) is no dictionary form of the term.
  if (generalRate(one, 'en') * SELDOM < generalRate(head, 'en')) return forms;
  // The Portuguese must come to the singular too, or already be there.
  if (!ptPlural && isPortuguesePlural(forms.pt)) return forms;
  enWords[at] = one;
  return { en: enWords.join(' '), pt: ptSingular };
}

function isPortuguesePlural(pt: string): boolean {
  const head = wordsOf(pt)[0];
  return head !== undefined && isPluralWord(head, 'pt');
}
