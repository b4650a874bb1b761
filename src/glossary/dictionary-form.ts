import type { Lang } from '../types.js';
import { wordList } from '../lang/dictionary.js';
import { language, wordEnding } from '../lang/index.js';
import { inflect } from './forms.js';
import { seldomBeside } from './general-frequency.js';
import { classicalSingulars, CONNECTORS, fold, isPluralWord, isUncountable, singularSurface } from './inflection.js';

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

const wordsOf = (form: string) => form.split(' ').filter((w) => w !== '');
const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
const CAPITAL = /\p{Lu}/u;
/** `wordsOf(form).join(' ')`, without splitting a form already spaced so (most are). */
const spaced = (form: string) => (form.startsWith(' ') || form.endsWith(' ') || form.includes('  ') ? wordsOf(form).join(' ') : form);

/**
 * Small letters where capitals are only a heading's or a sentence's: each
 * capitalised word the dictionary has in small letters (`Hemolytic-Uremic
 * Syndrome`, `Nociceptive pain ↔ dor nociceptiva`, `Risk factors ↔ Fatores
 * de risco`, `Regressão de Poisson`); a word the other side writes too is a name both
 * keep (`Down syndrome ↔ síndrome de Down`), and a word the dictionary has
 * only with its capital (`Parkinson`) keeps the form as written. Latin
 * names the corpus writes with their capital get it back later (name-case.ts).
 */
export function runningTextCase(en: string, pt: string): TermForms {
  const low = { en: lowered(headingCapitals(en, pt, 'en'), pt, 'en'), pt: lowered(headingCapitals(pt, en, 'pt'), en, 'pt') };
  return { en: genusCase(low.en, low.pt), pt: genusCase(low.pt, low.en) };
}

function lowered(form: string, other: string, lang: Lang): string {
  // Without a capital no word is capitalised: nothing to lower.
  if (!CAPITAL.test(form)) return spaced(form);
  // Also a heading's Title Case, word by word: `Parkinson Disease` → `Parkinson disease`.
  const words = wordsOf(form);
  // Each capitalised word the dictionary has in small letters (`Regressão de Poisson`, `Nociceptive pain`), unless both
  // sides write it and one inside the phrase, where no sentence or heading starts (a name: `Down syndrome ↔ síndrome de Down`).
  const otherWords = wordsOf(other);
  const inside = (w: string, at: number) => at > 0 || otherWords.indexOf(w) > 0;
  // A word both languages have in small letters (`Cardiovascular`, `Renal`) is a heading's capital on both sides.
  const common = (w: string) => lowerable(w, 'en') && lowerable(w, 'pt');
  const shared = (w: string, at: number) => otherWords.includes(w) && inside(w, at) && !common(w);
  // A word the other side writes in small letters is no name (`transtorno do Déficit de atenção ↔ attention deficit`).
  const smallThere = (w: string) => otherWords.some((o) => /^\p{Ll}+$/u.test(o) && fold(o) === fold(w));
  const low = words.map((w, i) =>
    capitalised(w) && !shared(w, i) && !genus(words, i, lang) && !binomial(words, i, otherWords) && !eponym(w) && (lowerable(w, lang) || smallThere(w)) ? w.toLowerCase() : w,
  );
  return low.join(' ');
}

/** A genus before its epithet, a small-letter word general language lacks (`Streptococcus pneumoniae`), keeps its capital. */
function genus(words: string[], i: number, lang: Lang): boolean {
  return /^\p{Ll}+$/u.test(words[i + 1] ?? '') && !wordList(lang).has(words[i + 1]!);
}

/**
 * A binomial both sides write alike (`Staphylococcus aureus`): a word
 * general English lacks in small letters or with a genus's ending
 * (src/lang/en/genus-endings.yaml; not `diabetes` of `diabetes mellitus`)
 * before a word in small letters, the two the same on the other side but
 * for case.
 */
function binomial(words: string[], i: number, otherWords: string[]): boolean {
  const next = words[i + 1];
  const low = words[i]!.toLowerCase();
  if (next === undefined || !/^\p{Ll}+$/u.test(next) || (wordList('en').has(low) && !genusEndings().some((e) => low.endsWith(e)))) return false;
  const at = otherWords.findIndex((o) => o.toLowerCase() === low);
  return at >= 0 && otherWords[at + 1] === next;
}

let endings: string[] | undefined;
const genusEndings = () => (endings ??= language('en').genusEndings().flatMap((e) => e.endings.map(String)));

/** A capitalised word with a possessive `'s` that general English lacks in small letters is an eponym (`Crohn's disease`, `Hodgkin's lymphoma`). */
const eponym = (w: string) => /^\p{Lu}\p{Ll}+['’]s$/u.test(w) && !wordList('en').has(w.slice(0, -2).toLowerCase());

/**
 * A side written in capitals where the other is not (`physical therapy ↔
 * FISIOTERAPIA`, a heading's) in small letters, when the dictionary has
 * each of its words so; acronyms (`AIDS ↔ AIDS`, `DPOC`) are capitals on
 * both sides, or words the dictionary lacks.
 */
function headingCapitals(form: string, other: string, lang: Lang): string {
  const words = wordsOf(form).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || !words.every((w) => w === w.toUpperCase()) || !words.some((w) => /\p{L}{5}/u.test(w))) return form;
  if (wordsOf(other).some((w) => /\p{Lu}{2}/u.test(w))) return form;
  const low = form.toLowerCase();
  return wordsOf(low).every((w) => !/\p{L}/u.test(w) || CONNECTORS.has(w) || dictionaryHas(w, lang)) ? low : form;
}

/**
 * A genus written in small letters on one side and with its capital on the
 * other (`Pseudomonas aeruginosa ↔ pseudomonas aeruginosa`): both take the
 * capital, as the binomial is written.
 */
function genusCase(form: string, other: string): string {
  // A word takes its capital from the other side only: without one there, nothing changes.
  if (!CAPITAL.test(other)) return spaced(form);
  const words = wordsOf(form);
  const otherWords = wordsOf(other);
  return words
    .map((w, i) => {
      const at = otherWords.findIndex((o) => o !== w && o.toLowerCase() === w);
      return /^\p{Ll}+$/u.test(w) && at >= 0 && capitalised(otherWords[at]!) && binomial(otherWords, at, words) ? otherWords[at]! : w;
    })
    .join(' ');
}

/**
 * A capitalised word a dictionary writes in small letters: each hyphen-joined
 * part in small letters, or a capital then small letters only (`IgG`,
 * `SARS-CoV-2` are symbols) that a dictionary has in small letters:
 * the Brazilian or the general English dictionary, or
 * in medicine's list (which ignores case) when the English dictionary does
 * not write it with its capital (`Alzheimer`, `Whitney` are names).
 */
function lowerable(word: string, lang: Lang): boolean {
  return word.split('-').every((part) => {
    const bare = part.replace(/['’]s$/u, '');
    if (/^\p{Ll}+$/u.test(bare)) return true;
    if (!/^\p{Lu}\p{Ll}*$/u.test(bare)) return false;
    const low = bare.toLowerCase();
    if (lang === 'pt') return wordList('pt').has(low);
    return wordList('en').has(low) || (wordList('medical').has(low) && !wordList('en').has(bare));
  });
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
  // A compound's number is its last element's (`endo-anchors`, `meta-analyses`).
  const dash = enWords[at]!.lastIndexOf('-') + 1;
  const head = enWords[at]!.slice(dash);
  const ptSingular = inflect(forms.pt, false);
  const ptPlural = ptSingular !== forms.pt;
  // An uncountable English head is often rendered by a Portuguese plural (`information ↔ informações`): no form is made up for it.
  if (isUncountable(head)) return forms;
  // A Latin or Greek plural the grouping rules leave alone is one where the dictionary lists its singular (`sequelae`),
  // unless the Portuguese copies the word as it is: a Latin name's word (`Haemophilus influenzae`), no plural.
  const plural = isPluralWord(head, 'en') || (classicalSingulars(head).some((one) => one !== head && dictionaryHas(one.toLowerCase(), 'en')) && !wordsOf(forms.pt.toLowerCase()).includes(head.toLowerCase()));
  const one = plural ? englishSingular(head) : undefined;
  // A field's name in -ics with no -ic word in the dictionary is singular in use (`bioinformatics ↔ bioinformática`).
  if (!plural || (one === undefined && wordEnding('en', 'field-plural').test(head))) {
    const agreeing = ptPlural ? ptSingular : inflect(forms.pt, false, true);
    return agreeing !== forms.pt ? { en: forms.en, pt: agreeing } : forms;
  }
  if (one === undefined) return forms;
  // A singular general language seldom uses beside its plural (`datum` beside `data`) is no dictionary form of the term.
  if (seldomBeside(one, head, 'en')) return forms;
  // The Portuguese must come to the singular too, or already be there.
  if (!ptPlural && isPortuguesePlural(forms.pt)) return forms;
  enWords[at] = enWords[at]!.slice(0, dash) + one;
  return { en: enWords.join(' '), pt: ptSingular };
}

/**
 * The singular of an English plural the dictionary has: the grouping's
 * singular (inflection.ts) or a classical one (`analyses` → `analysis`),
 * whichever the dictionary lists; undefined when it lists none. A plural
 * general English lists as a word of its own takes only a singular general
 * English lists too: medicine's list holds names and stray forms in no
 * case (`cary`), and a word such as `caries` is its own dictionary form.
 */
function englishSingular(head: string): string | undefined {
  const tries = [singularSurface(head, 'en'), ...classicalSingulars(head)];
  const general = wordList('en').has(head.toLowerCase());
  const listed = (one: string) => (general ? wordList('en').has(one) : dictionaryHas(one, 'en'));
  return tries.find((one) => one !== head && listed(one.toLowerCase()));
}

function isPortuguesePlural(pt: string): boolean {
  const head = wordsOf(pt)[0]?.split('-').pop();
  return head !== undefined && head !== '' && isPluralWord(head, 'pt');
}
