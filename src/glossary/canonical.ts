import type { PartOfSpeech } from '../types.js';
import { language, wordEnding, type Entry } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';
import { seldomBeside } from './general-frequency.js';
import { isDomainWord } from './domain-words.js';
import { CONNECTORS, englishWordClass, fold, inEnglishLexicon, isPluralWord, masculineSurface, singularSurface } from './inflection.js';

/**
 * An entry's dictionary form and grammar: its part of speech (a phrase is a
 * noun phrase; a single English word as compromise reads it, a verb only when
 * the Portuguese is an infinitive too), the Portuguese adjective standing
 * alone in the masculine singular (`positive ↔ positivo`), and the gender of
 * a Portuguese noun: from an adjective agreeing with its head in the term
 * itself (`dor crônica`), else from its ending (src/lang/pt/gender.yaml).
 */
export type Gender = 'masculine' | 'feminine' | 'other';

interface GenderRule {
  words?: string[];
  ending?: string;
  gender: Gender;
}

let rules: { words: Map<string, Gender>; endings: Array<[string, Gender]> } | undefined;

function genderRules(): NonNullable<typeof rules> {
  if (rules) return rules;
  const list = language('pt').gender<GenderRule & Entry>();
  const words = new Map<string, Gender>();
  const endings: Array<[string, Gender]> = [];
  for (const r of list) {
    for (const w of r.words ?? []) words.set(fold(String(w)), r.gender);
    if (r.ending) endings.push([fold(r.ending), r.gender]);
  }
  return (rules = { words, endings });
}

const words = (form: string) => form.split(/\s+/).filter((w) => w !== '');
const isAcronym = (w: string) => /^[\p{Lu}\d-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
/** An English word with an adjective's ending (`infantile`, `midurethral`), for words compromise's lexicon lacks. */
const hasEnglishAdjectiveEnding = (word: string): boolean => wordEnding('en', 'adjective').test(word);
/** A Portuguese word with an adjective's ending: an English word compromise reads as an adjective is a noun when its Portuguese has none (`pandemic ↔ pandemia`). */
export const hasAdjectiveEnding = (word: string): boolean => wordEnding('pt', 'adjective').test(word);

export function partOfSpeech(en: string, pt: string): PartOfSpeech {
  const read = readClass(en, pt);
  return read === 'adjective' && namedByVocabulary(en, pt) ? 'noun' : read;
}

/**
 * A Portuguese word a lexicon names a concept with, whose masculine none names, beside an English word without an
 * adjective's ending, is that concept's noun, not a feminine adjective to be made masculine (`cyclophosphamide ↔
 * ciclofosfamida`, not `ciclofosfamido`; `mucosal ↔ mucoso` stays).
 */
function namedByVocabulary(en: string, pt: string): boolean {
  const masculine = canonicalPortuguese(pt, 'adjective');
  return masculine !== pt && !hasEnglishAdjectiveEnding(en.toLowerCase()) && isDomainWord(pt, 'pt') && !isDomainWord(masculine, 'pt');
}

/** The class compromise's reading of the English and the Portuguese's endings give. */
function readClass(en: string, pt: string): PartOfSpeech {
  const content = words(en).filter((w) => !CONNECTORS.has(fold(w)));
  if (content.length !== 1) return 'noun';
  const word = content[0]!;
  if (isAcronym(word)) return 'noun';
  const lower = word.toLowerCase();
  const cls = englishWordClass(lower);
  const ptWords = words(pt);
  // A Portuguese adjective in the feminine or plural (`robusta`, `miduretrais`) says the pair is an adjective's.
  // A form both languages write alike (`aeruginosa`, `canis`) is not inflected; nor is an English plural (`covariates`) an adjective.
  const single = ptWords.length === 1 && fold(pt) !== fold(en) && !isPluralWord(lower, 'en');
  const lemma = single ? adjectiveLemma(pt) : pt;
  const inflectedAdjective = lemma !== pt && hasAdjectiveEnding(pt);
  // For an English word compromise only guesses at: an adjective's feminine ending undone even where the dictionary lists
  // only the feminine (`bivariada`), or a Portuguese plural beside an English word with none (`superobese ↔ superobesos`).
  // Asked only where the word class leaves the pair open (a verb, or a noun beside an inflected form).
  const guessed = () => !inEnglishLexicon(lower) && single && ((adjectiveLemma(pt, true) !== pt && hasAdjectiveEnding(pt)) || (lemma !== pt && isPluralWord(pt, 'pt')));
  if (cls === 'verb') {
    if (ptWords.length === 1 && wordEnding('pt', 'infinitive').test(pt)) return 'verb';
    // A word compromise only guesses at (`univariate` read as a verb) is what its Portuguese is.
    return inflectedAdjective || guessed() ? 'adjective' : 'noun';
  }
  // An adjective beside a Portuguese word whose masculine singular the dictionary has (`robusta`) is an adjective's pair,
  // when compromise's lexicon lists it, or when it has an adjective's ending (`maternal`) and general Portuguese uses that
  // masculine (`indígena` is invariable; `indígeno` is in the dictionary, seldom written). A word the lexicon lacks is
  // otherwise only the tagger's guess (`epilepsy`).
  const inUse = () => !seldomBeside(lemma, pt, 'pt');
  const adjectiveForm = inflectedAdjective || (lemma !== pt && wordList('pt').has(lemma) && (inEnglishLexicon(lower) || (hasEnglishAdjectiveEnding(lower) && inUse())));
  if (cls === 'adjective') return ptWords.every((w) => hasAdjectiveEnding(w.toLowerCase())) || adjectiveForm ? 'adjective' : 'noun';
  // A word compromise only guesses at, beside a Portuguese adjective, is one when it has an adjective's ending (`infantile`)
  // or general English lacks it (`multisystem`, a noun used only before another).
  if (cls === 'noun' && (inflectedAdjective || guessed()) && !inEnglishLexicon(lower) && (hasEnglishAdjectiveEnding(lower) || !wordList('en').has(lower))) return 'adjective';
  return cls;
}

/** The Portuguese form in dictionary form for its part of speech: an adjective alone in the masculine singular. */
export function canonicalPortuguese(pt: string, pos: PartOfSpeech): string {
  if (pos !== 'adjective' || words(pt).length !== 1 || pt !== pt.toLowerCase()) return pt;
  return adjectiveLemma(pt, true);
}

/**
 * A Portuguese adjective in the masculine singular, each element of a
 * compound (`pró-inflamatórias` → `pró-inflamatório`, `étnico-raciais` →
 * `étnico-racial`): the plural and feminine rules undone where the
 * dictionary has the result, or where it has neither form (a prefixed
 * adjective it lacks: `miduretrais` → `miduretral`, `cardiometabólica` →
 * `cardiometabólico`).
 */
export function adjectiveLemma(pt: string, adjective = false): string {
  const parts = pt.split('-');
  return parts.map((part, i) => elementLemma(part, i === parts.length - 1, adjective)).join('-');
}

/**
 * One element in the masculine singular; a word the dictionary lacks only when it is the last element (`docosa-hexaenoico`
 * stays). A word known to be an adjective whose feminine alone the dictionary lists (`bivariada`) is read by its ending too.
 */
function elementLemma(word: string, last: boolean, adjective: boolean): string {
  const known = (w: string) => wordList('pt').has(w);
  const singular = singularElement(word);
  const masculine = masculineSurface(singular, known);
  if (masculine !== singular || (known(singular) && !adjective) || !last) return masculine;
  // Neither form in the dictionary: only an ending no noun shares (-ica, -iva, -osa, -ada, -ida, -ária) is undone.
  return masculineSurface(singular, (w) => !known(w) && wordEnding('pt', 'feminine-adjective-only').test(singular));
}

/** One element of an adjective in the singular, where the dictionary has the singular or neither form. */
export function singularElement(word: string): string {
  const known = (w: string) => wordList('pt').has(w);
  const one = singularAdjective(word);
  return one !== word && (known(one) || !known(word)) ? one : word;
}

/** A Portuguese word in the singular, `-is` plurals of `-il` adjectives included where the dictionary has the `-il` form (`infantis` → `infantil`). */
export function singularAdjective(word: string): string {
  if (/is$/.test(word) && !/[aeéó]is$/.test(word) && wordList('pt').has(`${word.slice(0, -2)}il`)) return `${word.slice(0, -2)}il`;
  return singularSurface(word, 'pt');
}

/** The gender of a Portuguese noun (phrase), from its head. */
export function grammaticalGender(pt: string): Gender | undefined {
  const ws = words(pt);
  const head = ws[0];
  if (!head || isAcronym(head) || !/\p{Ll}/u.test(head)) return undefined;
  const singular = fold(singularSurface(head, 'pt'));
  const { words: listed, endings } = genderRules();
  const known = listed.get(singular);
  if (known) return known;
  // An adjective agreeing with the head in the term itself says the gender.
  const next = ws[1];
  if (next && !CONNECTORS.has(fold(next))) {
    const adjective = fold(singularSurface(next, 'pt'));
    if (wordEnding('pt', 'agreeing-feminine').test(adjective)) return 'feminine';
    if (wordEnding('pt', 'agreeing-masculine').test(adjective)) return 'masculine';
  }
  for (const [ending, gender] of endings) if (singular.endsWith(ending)) return gender;
  return undefined;
}
