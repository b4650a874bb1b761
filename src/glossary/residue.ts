import type { HoldReason } from '../types.js';
import { readUnit } from '../entities/units.js';
import { wordList } from '../lang/dictionary.js';
import { functionWords, language, lowerWords } from '../lang/index.js';
import { CONNECTORS, fold } from './inflection.js';
import { stopList } from './stopwords.js';
import { nounSenses } from '../lang/wordnet.js';
import { Memo } from '../memo.js';
import { NON_ASCII } from '../lang/fold.js';

/**
 * Pairs that are no terms whatever their evidence: citation apparatus,
 * numbers and codes, names, fragments of longer phrases, English left on the
 * Portuguese side, acronyms nothing expands. Each is held back with its
 * reason (glossary.candidates.json) instead of scored.
 */
export interface ResidueInput {
  en: string;
  pt: string;
  /** Kinds of evidence behind the pair (`termbase`, `cognate`, `acronym` …). */
  via: ReadonlySet<string>;
  /** The termbase, the article's keywords or the entities stage vouch for it as a term. */
  known: boolean;
  /**
   * Of each side's occurrences, the share not inside a longer candidate of the same
   * sentence (C-value's f(a) − mean f(b) over f(a)); 1 where too rare to tell.
   */
  independence: { en: number; pt: number };
  /** An acronym some document defines with a long form that is a name (`FDA`: Food and Drug Administration). */
  standsForName?: boolean;
  /** An acronym its document defines by a long form that is no name (evidence.ts `markNamedAcronyms`). */
  definedAsTerm?: boolean;
  /** With `definedAsTerm`: a Portuguese definition spells the letters out too. */
  definedInPortuguese?: boolean;
  /** Sentence pairs the pair was seen in (the entry's examples). */
  examples?: ReadonlyArray<{ en: string; pt: string }>;
}

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾]/u;
const CITATION = /(?:^|\s)(?:et\.?\s+al|al)\.?(?:\s|$)/iu;
/** Words that sit at neither end of a term, in either language (a term never starts or ends on `of` or `de`). */
const EDGE_WORDS = new Set([...CONNECTORS, ...functionWords('edge')]);
/** English function words that are no Portuguese words: one on the Portuguese side is English left untranslated. */
const ENGLISH_ONLY = functionWords('english-only', 'en');
/** A word that is a number written in digits (`83`, `12,5`); a value: two digits or more, or a decimal. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const VALUE = /^(?:\d{2,}|\d+[.,]\d+)$/;
/** A side that is mostly independent of longer candidates is a term of its own; below this it is a piece of one. */
const FRAGMENT = 0.15;

/** Forms and sentences whose words or small letters are remembered: every check of a pair reads its two sides and examples again. */
const MEMO_TEXTS = 20_000;
const splitWords = new Memo<readonly string[]>(MEMO_TEXTS);
const split = (form: string): readonly string[] => form.split(/\s+/).filter((w) => w !== '');
/** The last two forms split, in front of the memo: the checks of one pair read its two sides in turn, a dozen times. */
let last: string | undefined;
let lastWords: readonly string[] = [];
let before: string | undefined;
let beforeWords: readonly string[] = [];
/** A form's words (shared: read, never changed). */
function words(form: string): readonly string[] {
  if (form === last) return lastWords;
  if (form === before) return beforeWords;
  const ws = splitWords.get(form, split);
  before = last;
  beforeWords = lastWords;
  last = form;
  lastWords = ws;
  return ws;
}
const content = (form: string) => words(form).filter((w) => !CONNECTORS.has(fold(w)));
const isAcronym = (w: string) => /^[\p{Lu}\d][\p{Lu}\d-]*$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** A word written with a capital and then small letters: `Goiânia`, `Nursing`. */
const isCapitalised = (w: string) => /^\p{Lu}[\p{Ll}'’-]/u.test(w);

/** The reason the pair is residue, or undefined for a pair that may be a term. */
export function residueReason(input: ResidueInput): HoldReason | undefined {
  const { en, pt } = input;
  if (CITATION.test(en) || CITATION.test(pt) || SUPERSCRIPT.test(en) || SUPERSCRIPT.test(pt)) return 'citation';
  if (!/\p{L}/u.test(en) || !/\p{L}/u.test(pt)) return 'number';
  if (isCode(en) && fold(en) === fold(pt) && !input.known) return 'code';
  if (isFragment(input)) return 'fragment';
  if ((input.standsForName || isName(en, pt) || isProperNoun(en) || isHeading(en, pt) || (!input.definedAsTerm && isOrganisationAcronym(en, pt))) && !input.known) return 'name';
  if (isUntranslated(en, pt, input.examples)) return 'untranslated';
  // A unit or body's acronym the document defines by a term that only the English spells out (`ICU` for intensive
  // care unit, kept in a Portuguese that says `UTI`): the English letters left on the Portuguese side.
  if (input.definedAsTerm && !input.definedInPortuguese && !input.known && isOrganisationAcronym(en, pt)) return 'untranslated';
  const acronym = content(en).length === 1 && isAcronym(en) && en === pt;
  if (acronym && !input.via.has('acronym') && !input.known && !wordList('medical').has(en)) return 'acronym without expansion';
  return undefined;
}

/**
 * An acronym copied alike to both sides whose commonest sense WordNet files
 * under groups (`FDA`, `NIH`, `UNICEF`: an organisation, or a unit of one such
 * as `NICU`) names that body, as an institution's name does; a medical sense
 * (`HIV`, `AIDS`) or any other kind (`DNA`, `ECG`) is left to the other checks.
 * Not taken for a name where the document defines the acronym by a long form
 * that is no name (`residueReason`): the article says what the letters stand
 * for there; a term only the English defines is English left on the
 * Portuguese side, one the Portuguese defines too is at home there.
 */
function isOrganisationAcronym(en: string, pt: string): boolean {
  if (en !== pt || words(en).length !== 1 || !isAcronym(en)) return false;
  const senses = nounSenses(en.toLowerCase());
  return senses?.first === 'noun.group' && !senses.medical;
}

/** Letters and digits mixed in a short label: an interviewee's or a group's code (`P19`, `ECI2`), not a term. */
function isCode(form: string): boolean {
  const ws = words(form);
  return ws.length === 1 && /\d/.test(form) && /^[\p{Lu}\d-]{2,8}$/u.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) <= 5;
}

function isFragment(input: ResidueInput): boolean {
  const { en, pt } = input;
  for (const form of [en, pt]) {
    const ws = words(form);
    // Compared as written: a capital letter is a name or a symbol (`vitamin E`, `hepatitis A`), not a connector.
    if (EDGE_WORDS.has(ws[0]!) || EDGE_WORDS.has(ws[ws.length - 1]!)) return true;
    // A number opening a phrase, or one of two digits or more closing it, is a count or a value read with the term
    // (`5 genes`, `sensitivity 83`); a designation is a small number (`diabetes tipo 2`, `interleukin 6`).
    if (ws.length > 1 && (NUMBER.test(ws[0]!) || VALUE.test(ws[ws.length - 1]!))) return true;
  }
  if (holdsValueWithUnit(en) || holdsValueWithUnit(pt)) return true;
  if (closesOnValue(en, input.examples, 'en') || closesOnValue(pt, input.examples, 'pt')) return true;
  if (endsBeforeItsName(en, input.examples, 'en') || endsBeforeItsName(pt, input.examples, 'pt')) return true;
  // One side a proper piece of the other: `Rio de ↔ Rio`, `mg/dL ↔ dL`.
  const e = fold(en);
  const p = fold(pt);
  if (e !== p && (e.includes(p) || p.includes(e)) && Math.min(e.length, p.length) < Math.max(e.length, p.length)) {
    if (within(e, p) || within(p, e)) return true;
  }
  // Seen on both sides only inside longer candidates (`Janeiro` in `Rio de Janeiro`): a piece of a longer term or name;
  // but a word of the dictionary in small letters on both sides (`excision ↔ excisão`) is a word of its own, for termhood to weigh.
  if (isWordOfItsOwn(en, pt)) return false;
  return !input.known && input.independence.en < FRAGMENT && input.independence.pt < FRAGMENT;
}

/** A number standing as a word of its own (not `COVID-19`'s, `B12`'s or `IL-6`'s). */
const STANDALONE_NUMBER = /(?<![\p{L}\p{N}.,-])\d+(?:[.,]\d+)?/gu;

/**
 * A number with its unit inside the phrase (`oxacillin 2 g`, `dextrose 5%`,
 * `500 mg tablet`): a dose or a measured value read with the term, never part
 * of it; a designation (`type 2 diabetes`) has no unit after its number.
 */
function holdsValueWithUnit(form: string): boolean {
  for (const m of form.matchAll(STANDALONE_NUMBER)) {
    const after = form.slice(m.index + m[0].length);
    if (after !== '' && readUnit(after)) return true;
  }
  return false;
}

/**
 * A small closing number that a sentence follows with a unit (`testosterone 5
 * μg/day`) is a dose or a value read with the term; a designation (`diabetes
 * tipo 2`, `theta 1 (GSTT1)`, `grade 3`) is not followed by one.
 */
function closesOnValue(form: string, examples: ResidueInput['examples'], side: 'en' | 'pt'): boolean {
  const ws = words(form);
  if (ws.length < 2 || !NUMBER.test(ws[ws.length - 1]!) || !examples) return false;
  const low = lowerInPlace(form);
  return examples.some(({ [side]: sentence }) => {
    for (const at of occurrences(lowerInPlace(sentence), low)) {
      const after = sentence.slice(at + low.length);
      if (/^\d/.test(after)) continue;
      if (readUnit(after)) return true;
    }
    return false;
  });
}

/**
 * A phrase ending on a noun that stands before the name or number it is
 * followed by (`tipo`, `gene`; apposition-heads.yaml of src/lang/en and src/lang/pt), in every
 * example that holds it followed by such a word, not a function word: the
 * name was cut off (`vírus influenza subtipo` of `… subtipo H3N2`,
 * `exon 5 do gene` of `… do gene TP53`).
 */
function endsBeforeItsName(form: string, examples: ResidueInput['examples'], side: 'en' | 'pt'): boolean {
  const ws = words(form);
  if (ws.length < 2 || !examples || !appositionHeads(side).has(ws[ws.length - 1]!.toLowerCase())) return false;
  const low = lowerInPlace(form);
  const stop = stopList(side).function;
  let seen = 0;
  for (const { [side]: sentence } of examples) {
    for (const at of wholeOccurrences(lowerInPlace(sentence), low)) {
      seen++;
      const next = /^ +([\p{L}\p{N}][\p{L}\p{N}.-]*)/u.exec(sentence.slice(at + low.length))?.[1];
      if (next === undefined || stop.has(fold(next)) || CONNECTORS.has(fold(next))) return false;
    }
  }
  return seen > 0;
}

const appositions: Partial<Record<'en' | 'pt', Set<string>>> = {};
function appositionHeads(lang: 'en' | 'pt'): Set<string> {
  return (appositions[lang] ??= new Set(language(lang).appositionHeads().map((e) => String(e.word).toLowerCase())));
}

function inSmallLetters(word: string): boolean {
  const low = word.toLowerCase();
  return wordList('en').has(low) || wordList('medical').has(low);
}

/** One word in small letters on each side, translated, the English one in the general or the medical dictionary (a copied word may be a name's piece). */
function isWordOfItsOwn(en: string, pt: string): boolean {
  if (words(en).length !== 1 || words(pt).length !== 1 || fold(en) === fold(pt) || !/^\p{Ll}[\p{Ll}-]*$/u.test(en) || !/^\p{Ll}[\p{Ll}-]*$/u.test(pt)) return false;
  return inSmallLetters(en);
}

/** Whether `part` stands in `whole` as whole words (or whole pieces of a unit such as `mg/dL`). */
function within(whole: string, part: string): boolean {
  if (whole === part) return false;
  const edge = (ch: string | undefined) => ch === undefined || /[\s/-]/.test(ch);
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    if (edge(whole[at - 1]) && edge(whole[at + part.length])) return true;
  }
  return false;
}

/**
 * A name: every word of the English side capitalised mid-sentence (a
 * sentence's first capital is lowered when candidates are taken), or a
 * capitalised form copied identical to the other side. Places, people,
 * institutions, programmes and titles read so; a term written in a heading's
 * capitals is vouched for by the termbase or the entities stage, or by its
 * words being medical ones.
 */
function isName(en: string, pt: string): boolean {
  const enWords = content(en);
  if (enWords.length === 0) return false;
  // Capitals inside a word that opens on them (`COvid`, `VACcination`) spell a project's or a brand's name.
  if (words(en).some((w) => /^\p{Lu}{2,}\p{Ll}{2,}/u.test(w))) return true;
  // One capitalised word translated into another (`Mastology ↔ Mastologia`), which the dictionary has in small letters, is a
  // heading's word: places, peoples and months are written only with their capital (isProperNoun), names are copied.
  if (enWords.length === 1 && isCapitalised(en) && fold(en) !== fold(pt) && inSmallLetters(en) && !nameHeads().has(en.toLowerCase())) return false;
  // Title Case of ordinary medical words (`Hemolytic-Uremic Syndrome`) is a heading, not a name.
  if (allCapitalised(enWords)) return isTitled(enWords);
  // A Latin binomial (`Acinetobacter baumannii`) is written alike in both languages and is a term.
  if (enWords.length === 2 && /^\p{Ll}+$/u.test(enWords[1]!)) return false;
  return en === pt && isCapitalised(en);
}

/**
 * Every word capitalised, as a name is written: unless the words are all
 * medical ones in a heading's capitals (`Hemolytic-Uremic Syndrome`), and the
 * head is no noun that heads names (`Food and Drug Administration`,
 * src/lang/en/name-heads.yaml). An instrument's head (`Hand Dexterity
 * Scale`) heads a name too, as the article writes one instrument's name so,
 * unless WordNet lists the compound as a word of the language.
 */
function isTitled(enWords: string[]): boolean {
  if (!allCapitalised(enWords)) return false;
  const head = enWords[enWords.length - 1]!.toLowerCase();
  // An instrument's head names one instrument, unless the general dictionary lists the compound (`Body Mass Index`).
  if (enWords.length > 1 && nameHeads().has(head) && !(instrumentHeads().has(head) && nounSenses(enWords.join(' ').toLowerCase()))) return true;
  const medical = wordList('medical');
  // A number is a designation (`Coronavirus 2`, `Type 1`), neither a name's word nor a medical one.
  return !enWords.every((w) => isAcronym(w) || NUMBER.test(w) || w.toLowerCase().split('-').every((part) => medical.has(part)));
}

function allCapitalised(enWords: string[]): boolean {
  return enWords.every((w) => isCapitalised(w) || /^[\p{Lu}\d][\p{Lu}\d-]*$/u.test(w)) && enWords.some(isCapitalised);
}

/** Whether a long form read off a definition (`Food and Drug Administration (FDA)`) is a name, not a term's words. */
export function isNamedLongForm(long: string): boolean {
  return isTitled(words(long).filter((w) => !EDGE_WORDS.has(w)));
}

/**
 * A title: a phrase of two words or more seen most often in capitals on both
 * sides (`CLINICAL FINDINGS ↔ ACHADOS CLÍNICOS`), each word one the
 * dictionaries have in small letters (no acronym), is a section's heading.
 * Where the corpus writes it in running text more often, the entry takes that
 * form instead (dictionary-form.ts).
 */
function isHeading(en: string, pt: string): boolean {
  const capitals = (form: string, lang: 'en' | 'pt') => {
    const ws = content(form).filter((w) => /\p{L}/u.test(w));
    return ws.length >= 2 && ws.every((w) => w === w.toUpperCase() && /\p{Lu}{2}/u.test(w) && inDictionary(w.toLowerCase(), lang));
  };
  return capitals(en, 'en') && capitals(pt, 'pt');
}

function inDictionary(word: string, lang: 'en' | 'pt'): boolean {
  return word.split('-').every((part) => (lang === 'pt' ? wordList('pt').has(part) : inSmallLetters(part)));
}

/**
 * A single word the English dictionary writes only with its capital: a
 * place, a people, a nationality, a month (`Canada`, `European`, `June`).
 */
function isProperNoun(en: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(en)) return false;
  const english = wordList('en');
  return english.has(en) && !english.has(en.toLowerCase());
}

let heads: Set<string> | undefined;
function nameHeads(): Set<string> {
  return (heads ??= lowerWords(language('en').nameHeads()));
}

let instruments: Set<string> | undefined;
/** The name heads that head an instrument's name (`scale`, `questionnaire`): the list's `kind: instrument`. */
function instrumentHeads(): Set<string> {
  return (instruments ??= lowerWords(language('en').nameHeads().filter((g) => g.kind === 'instrument')));
}

/**
 * English left on the Portuguese side: a Portuguese side holding English
 * function words, or one equal to the English or to an English inflection of
 * it (`unit ↔ Units`) whose words Portuguese does not have (`Numerical Rating
 * Scale`), or that the Portuguese sentences write only inside English words
 * (`odds ratio`, `Clinical Learning Units`: the Brazilian dictionary lists
 * `ratio` too). Shared forms (`diabetes mellitus`, `HIV`, `interface`,
 * `status socioeconômico`) are Portuguese words too, or acronyms.
 */
function isUntranslated(en: string, pt: string, examples: ResidueInput['examples']): boolean {
  const ptWords = words(pt);
  if (ptWords.some((w) => ENGLISH_ONLY.has(w.toLowerCase()))) return true;
  if (!sameEnglish(en, pt)) return false;
  if (ptWords.some((w) => !isAcronym(w) && /\p{L}{3,}/u.test(w) && englishWord(w))) return true;
  return amidEnglish(pt, examples);
}

/** A word Portuguese lacks but general English has is English; a medical word neither general list has (sarcopenia) is shared. */
function isEnglish(w: string): boolean {
  const portuguese = wordList('pt');
  const english = wordList('en');
  return !portuguese.has(w) && !portuguese.has(w.toLowerCase()) && (english.has(w) || english.has(w.toLowerCase()));
}

/**
 * A compound is English when its elements are English words in small letters (`self-induced`, `Self-Conscious`);
 * `anti-TNF`, `COVID-19` and eponyms (`Mann-Whitney`) are not.
 */
function englishWord(w: string): boolean {
  return isEnglish(w) || (w.includes('-') && w.split('-').every((part) => /^\p{L}{3,}$/u.test(part) && isEnglish(part.toLowerCase())));
}

/** The Portuguese side is the English as written, case and accents aside, or an English plural or singular of it (`unit ↔ Units`). */
function sameEnglish(en: string, pt: string): boolean {
  const e = words(fold(en));
  const p = words(fold(pt));
  if (e.length !== p.length) return false;
  const inflected = (a: string, b: string) => b === `${a}s` || b === `${a}es` || (a.endsWith('y') && b === `${a.slice(0, -1)}ies`);
  return e.every((w, i) => w === p[i] || inflected(w, p[i]!) || inflected(p[i]!, w));
}

/**
 * Whether every Portuguese example that holds the form (at least one) has it
 * beside an English word Portuguese lacks (`odds ratio`, `Education Units`):
 * a piece of English left in the Portuguese text, not a shared word.
 */
function amidEnglish(pt: string, examples: ResidueInput['examples']): boolean {
  const low = lowerInPlace(pt);
  let seen = 0;
  for (const { pt: sentence } of examples ?? []) {
    for (const at of wholeOccurrences(lowerInPlace(sentence), low)) {
      const before = /([\p{L}-]+)\s+$/u.exec(sentence.slice(0, at))?.[1];
      const after = /^\s+([\p{L}-]+)/u.exec(sentence.slice(at + low.length))?.[1];
      seen++;
      const nearby = [before, after].filter((w): w is string => w !== undefined && /^\p{L}{3,}/u.test(w));
      if (!nearby.some((w) => !isAcronym(w) && englishWord(w))) return false;
    }
  }
  return seen > 0;
}

/** Sentences in small letters, remembered: a sentence is an example of several pairs. */
const lowered = new Memo<string>(MEMO_TEXTS);

/**
 * A text in small letters with every offset kept: a character whose small
 * letter is longer (`İ`) stays as written, so an offset found in the result
 * slices the original text at the same place.
 */
function lowerInPlace(text: string): string {
  // ASCII lowers letter for letter, as the loop below would.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return lowered.get(text, lowerEachInPlace);
}

function lowerEachInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

/** Where a form occurs in a text, both in small letters (lowerInPlace); none for an empty form. */
function* occurrences(text: string, low: string): Generator<number> {
  if (!low) return;
  for (let at = text.indexOf(low); at >= 0; at = text.indexOf(low, at + 1)) yield at;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a form occurs in a text as whole words: no letter or digit right before or after it. */
function* wholeOccurrences(text: string, low: string): Generator<number> {
  for (const at of occurrences(text, low)) if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + low.length] ?? '')) yield at;
}
