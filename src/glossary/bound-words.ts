import type { PartOfSpeech } from '../types.js';
import { functionWords, language, lowerWords, wordEnding } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';
import { nounSenses } from '../lang/wordnet.js';
import type { Placement } from './nesting.js';
import { CONNECTORS, englishWordClass, fold } from './inflection.js';
import { cognateSimilarity } from './cognate.js';
import { hasAdjectiveEnding } from './canonical.js';

/** Cognate similarity from which a Portuguese word is read as the English word's equivalent (`nacional`, `científica`). */
const COGNATE = 0.8;

/**
 * A fragment of a term that the corpus never uses without the rest, read off
 * the English side's placement among the longer candidates of its aligned
 * pairs (nesting.ts; the English head is last, so a term that stood alone
 * somewhere is a phrase of its own):
 * - an eponym or a chain of names standing only before a head (`Cox` of `Cox
 *   regression`, `Mann-Whitney` of `… test`, `renin-angiotensin-aldosterone`
 *   of `… system`): a person's name, or three nouns or more hyphenated;
 * - a species epithet or the tail of a Latin name, only after one same word,
 *   no word of general English or no noun of WordNet, and copied untranslated
 *   (`influenzae` of `Haemophilus influenzae`, `mellitus` of `diabetes
 *   mellitus`) or a Latin adjective put into a Portuguese one (`erythematosus
 *   ↔ eritematoso` of `lupus erythematosus`);
 * - wherever it stood, an eponym without its head (isHeadlessEponym).
 * A translated word seen only inside longer terms (`ketoacidosis` of
 * `diabetic ketoacidosis`) and an adjective (`renal`) are words of their own,
 * for termhood to weigh.
 */
/** A name as written: capitalised words, hyphenated (`Cox`, `Mann-Whitney`), not a symbol with capitals inside (`IgE`). */
const EPONYM = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

export function isBoundFragment(en: string, pt: string, placement: Placement | undefined, partOfSpeech: PartOfSpeech | undefined): boolean {
  if (/\s/.test(en) || /^[\p{Lu}\d-]+$/u.test(en)) return false;
  if (isHeadlessEponym(en, pt)) return true;
  if (!placement || placement.alone) return false;
  if (placement.ending === 0) {
    if (placement.inside === 0 || partOfSpeech === 'adjective') return false;
    return [en, pt].some((form) => EPONYM.test(form)) || en.split('-').length >= 3;
  }
  // A Latin tail: no word of general English, or no noun of WordNet, copied alike (`mellitus`), or a
  // Latin adjective after its noun, which English writes only in Latin names, translated by a Portuguese adjective.
  const lower = en.toLowerCase();
  if (placement.inside !== 0 || placement.before.size !== 1 || !/^\p{Ll}+$/u.test(en)) return false;
  if (wordList('en').has(lower) && nounSenses(lower) !== undefined) return false;
  const ptLower = pt.toLowerCase();
  return en === ptLower || (isLatinAdjective(en) && !/\s/.test(pt) && hasAdjectiveEnding(ptLower));
}

/** A word with the ending of a Latin adjective (`erythematosus`, `vulgaris`, `migrans`), not of a Greek-Latin noun in `-sis`/`-tis` (`ketoacidosis`). */
const isLatinAdjective = (word: string): boolean => wordEnding('en', 'latin-adjective').test(word) && !wordEnding('en', 'greek-latin-noun').test(word);

/**
 * An eponym standing without the head it names a test, method or score with:
 * two names hyphenated, copied on both sides (`Mann-Whitney`, `Kaplan-Meier`),
 * or a name the Portuguese writes with its capital and English has no word
 * for (`framingham ↔ Framingham`).
 */
function isHeadlessEponym(en: string, pt: string): boolean {
  if (en === pt && EPONYM.test(en) && en.includes('-')) return true;
  const lower = en.toLowerCase();
  return en === lower && pt !== lower && pt.toLowerCase() === lower && EPONYM.test(pt) && !wordList('en').has(lower) && nounSenses(lower) === undefined;
}

/**
 * A phrase cut from a longer term at a modifier, read off the words at its
 * edges (a noun phrase is headed by a noun: last in English, first in
 * Portuguese):
 * - the English ends on an adjective and never stands alone, only inside
 *   longer candidates of its pairs (`pediatric intensive` of `pediatric
 *   intensive care unit`);
 * - the Portuguese opens on the equivalent of an English modifier, then `de`
 *   (`básico de vacinação` for `basic vaccination`, of `esquema básico de
 *   vacinação`): the head it modifies was cut off before it.
 */
export function isCutPhrase(en: string, pt: string, placement: Placement | undefined): boolean {
  const enWords = en.toLowerCase().split(/\s+/);
  if (enWords.length < 2) return false;
  const last = enWords[enWords.length - 1]!;
  if (placement && !placement.alone && /^\p{Ll}+$/u.test(last) && englishWordClass(last) === 'adjective') return true;
  const ptWords = pt.toLowerCase().split(/\s+/);
  if (ptWords.length < 3 || !CONNECTORS.has(fold(ptWords[1]!)) || ptWords[1] === 'e') return false;
  // The Portuguese opening word is the cognate of an English modifier (not of the English head, which Portuguese puts first).
  // The cognate test before the word class: the tagger's reading of a word costs more, and few words pass it.
  // A hyphenated modifier (`intra-articular`) counts as one word.
  return enWords.slice(0, -1).some((w) => /^\p{Ll}[\p{Ll}-]{3,}$/u.test(w) && cognateSimilarity(w, ptWords[0]!) >= COGNATE && englishWordClass(w) === 'adjective');
}

/**
 * A phrase cut out of a compound the general dictionary lists: it never
 * stands alone, only as the last words of longer candidates, always after one
 * same word, and that word with the phrase's first word is a noun WordNet
 * lists (`node metastasis` of `lymph node metastasis`, `valve disease` of
 * `heart valve disease`): the compound was cut in two, and what is left
 * names nothing. A phrase WordNet lists itself (`nerve fiber` of `optic nerve
 * fiber`) is a term of its own.
 */
export function isCutCompound(en: string, placement: Placement | undefined): boolean {
  if (!placement || placement.alone || placement.inside > 0 || placement.ending === 0 || placement.before.size !== 1) return false;
  const words = en.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  const [before] = placement.before;
  return nounSenses(`${before} ${words[0]}`) !== undefined && nounSenses(words.join(' ')) === undefined;
}

/**
 * An English term ending on a hyphenated compound whose last element makes a
 * relational adjective of the noun before it (`allergen-specific` of
 * `allergen-specific IgE`, `soluble urokinase-type` of `… plasminogen
 * activator`: src/lang/en/compound-modifier-ends.yaml): a modifier whose head
 * was cut off, whatever the tagger makes of the compound (it reads many as
 * nouns) and wherever it stood.
 */
export function isHeadlessCompound(en: string): boolean {
  const last = en.toLowerCase().split(/\s+/).pop()!;
  const at = last.lastIndexOf('-');
  if (at <= 0 || !/\p{L}/u.test(last.slice(0, at))) return false;
  return compoundEnds().has(last.slice(at + 1)) && !compoundNouns().has(last);
}

/**
 * A term with a noun that talks about words glued before it on both sides
 * (`term sepsis ↔ termo sepse`, `acronym X ↔ acrônimo X`: the prose's "the
 * term sepsis"; src/lang/en/metalinguistic-nouns.yaml and its Portuguese
 * partner): the word is named, not a concept, so the pair is a broken string.
 */
export function isGluedMetalinguisticNoun(en: string, pt: string): boolean {
  const enWords = en.toLowerCase().split(/\s+/);
  const ptWords = pt.toLowerCase().split(/\s+/);
  // Glued means the term follows at once: `term of consent ↔ termo de consentimento` is a document's name, not a named word.
  if (LINKS.has(enWords[1] ?? '') || LINKS.has(ptWords[1] ?? '')) return false;
  return enWords.length > 1 && ptWords.length > 1 && metalinguistic('en').has(enWords[0]!) && metalinguistic('pt').has(ptWords[0]!);
}

/** Prepositions that join a noun to its complement (English, Portuguese). */
const LINKS = functionWords('link');

let ends: Set<string> | undefined;

function compoundEnds(): Set<string> {
  return (ends ??= lowerWords(language('en').compoundModifierEnds()));
}

let whole: Set<string> | undefined;

/** Compounds of those endings that are nouns of their own (`wild-type`): the list's `nouns`. */
function compoundNouns(): Set<string> {
  return (whole ??= lowerWords(language('en').compoundModifierEnds(), 'nouns'));
}

const nouns: Partial<Record<'en' | 'pt', Set<string>>> = {};

function metalinguistic(lang: 'en' | 'pt'): Set<string> {
  return (nouns[lang] ??= lowerWords(language(lang).metalinguisticNouns()));
}
