import type { HoldReason, Lang, PartOfSpeech } from '../types.js';
import { language, lowerWords, wordEnding, type Entry } from '../lang/index.js';
import { alternation } from '../lang/pattern.js';
import { wordList } from '../lang/dictionary.js';
import { generalRate, inGeneralList } from './general-frequency.js';
import { isUcum, readUnit } from '../entities/units.js';
import { CONNECTORS, englishWordClass, fold, lemma } from './inflection.js';
import { isDomainWord } from './domain-words.js';
import { medicallyFormed } from './word-formation.js';
import { nounSenses, type Lexname } from '../lang/wordnet.js';
import { freeModifiers } from './free-modifiers.js';

/**
 * Termhood: is a pair a term of the domain, whatever its translation? In
 * [0, 1], apart from the translation confidence, so the glossary can rank
 * and cut on both (ranking.ts: `score` = termhood^0.9 × confidence^0.1).
 *
 * A word's domain specificity weighs two things equally:
 * - how much more often the corpus uses it than general language does
 *   (Ahmad's "weirdness": its share of the corpus's aligned sentence pairs
 *   against its general-language rate × WORDS_PER_SENTENCE), on a log scale
 *   where as often as in general language is 0 and 1,000 times as often is 1;
 *   a single word is measured in both languages and the lower counts, since
 *   the English list (film subtitles) under-counts the written words of
 *   academic prose that the Portuguese list (web pages) holds;
 * - whether a medical vocabulary has it (`medical` below): a word the
 *   project's lexicons or termbase name a concept with alone (`weight ↔
 *   peso`), one built by medicine's Greco-Latin word formation on both sides
 *   (`nephrotic ↔ nefrótico`), a medical word no general dictionary lists
 *   (`nociceptive`) or one with a Greek/Latin medical ending
 *   (src/lang/en/term-types.yaml) counts 1, a medical word that is also
 *   general 0.6, any other word 0.2.
 * A phrase takes its most specific word's value, times a unithood factor that
 * grows with the number of documents using the phrase (a free combination is
 * seldom repeated across articles). A phrase opening on a grading or comparing
 * modifier (src/lang/en/free-modifiers.yaml) is a free combination. What the
 * termbase, the article's keywords or the entities stage knows is a term
 * (at least 0.9); an acronym whose long form was paired is one too (0.8).
 */
export interface TermhoodInput {
  en: string;
  pt: string;
  enKey: string;
  ptKey: string;
  documents: number;
  /** Vouched for by the termbase, keywords, an import or the entities stage. */
  known: boolean;
  /** Curated: from the termbase, the keywords or an import (termhood 1). */
  curated: boolean;
  /** The acronym's long form was paired in the same document. */
  expanded: boolean;
  /** A key's share of the corpus's aligned sentence pairs (0 for a key never seen). */
  rate: (key: string, lang: Lang) => number;
  /** The entry's part of speech (canonical.ts); an adjective standing alone needs more (ADJECTIVE_MIN). */
  partOfSpeech?: PartOfSpeech;
}

export interface Termhood {
  termhood: number;
  /** Why the value is under the glossary's bar, when it is. */
  reason?: Extract<HoldReason, 'general vocabulary' | 'free combination'>;
}

/** Termhood at or above which a pair may be an entry. */
export const TERMHOOD_MIN = 0.5;
/**
 * The bar for an adjective standing alone. General academic adjectives
 * (`significant`, `adequate`, `specific`, `emotional`) are as frequent in
 * medical papers as medical ones and most are in the medical word list, so
 * between 0.5 and 0.6 they are seldom terms; a specialised adjective
 * (`renal`, `systolic`) is vouched for by a vocabulary or word formation.
 */
export const ADJECTIVE_MIN = 0.6;
/**
 * The termhood of a single word a medical vocabulary of the project or
 * medicine's word formation vouches for (`cortex`, `nephrotic ↔ nefrótico`):
 * such words are terms nearly always, so they rank with the termbase's.
 */
export const VOUCHED = 0.95;
/** Running words in an aligned sentence pair's side, to set a key's share of pairs against a per-word rate. */
const WORDS_PER_SENTENCE = 20;
/** Ratio to general language (log10) that counts fully domain-specific. */
const WEIRD_FULL = 3;

let frameNouns: Set<string> | undefined;
let medicalEndings: string[] | undefined;

function frames(): Set<string> {
  return (frameNouns ??= new Set(language('en').frameNouns().flatMap((g) => g.words.map(String))));
}

/** Documents from which a phrase counts as a fixed unit even when its words alone would make it free. */
const RECURRENT = 3;

/**
 * A phrase that only frames a term or names a general thing: headed by a
 * frame noun (`presence of …`, `… cases`, `clinical factors`), or built on
 * `of` (`treatment of chronic pain`: a term in a frame). Fixed phrases of
 * that shape (`quality of life`) are in the termbase or recur across articles.
 */
function framed(en: string, documents: number): boolean {
  return framedByOf(en, documents) || (documents < RECURRENT && frames().has(en.toLowerCase().split(/\s+/).pop()!));
}

/** A phrase built on `of` (`sign of recurrence`), seen in fewer documents than a fixed phrase is: a term in a frame. */
export function framedByOf(en: string, documents: number): boolean {
  return documents < RECURRENT && en.toLowerCase().split(/\s+/).indexOf('of') > 0;
}

function endings(): string[] {
  medicalEndings ??= language('en').termTypes<Entry & { type: string; suffixes?: string[] }>()
    .filter((c) => c.type === 'diagnosis')
    .flatMap((c) => c.suffixes ?? [])
    // Three-letter endings (-ism, -oma) end general words too (individualism, diploma).
    .filter((e) => e.length >= 4);
  return medicalEndings;
}

export function termhood(input: TermhoodInput): Termhood {
  const words = { en: contentWords(input.en), pt: contentWords(input.pt) };
  // A curated pair is a term (1) whatever its words.
  const free = !input.curated && isFree(input, words.en);
  let value = round(measure(input, words, free));
  // A study's design standing alone is general vocabulary, however medical papers favour it.
  if (!input.known && words.en.length === 1 && isDesignAdjective(words.en[0]!)) value = Math.min(value, DESIGN);
  if (value >= (input.partOfSpeech === 'adjective' ? ADJECTIVE_MIN : TERMHOOD_MIN)) return { termhood: value };
  return { termhood: value, reason: free ? 'free combination' : 'general vocabulary' };
}

/**
 * A free combination: a phrase opening on a free modifier, one that frames a
 * term, a described group of people, or a verb with its object (`administer
 * insulin ↔ administrar insulina`: an English verb, a Portuguese infinitive).
 */
function isFree(input: TermhoodInput, enWords: string[]): boolean {
  if (enWords.length < 2) return false;
  const first = input.en.split(/\s+/)[0]!.toLowerCase();
  if (freeModifiers().has(first) || framed(input.en, input.documents) || describedPeople(input.en)) return true;
  // The Portuguese infinitive first: it is a test of letters, the English word class a tagger's reading.
  return wordEnding('pt', 'infinitive').test(fold(input.pt.split(/\s+/)[0]!)) && englishWordClass(first) === 'verb';
}

/**
 * People described by adjectives (`elderly diabetic patient`, `urban
 * teenager`): a head whose commonest sense WordNet files under people
 * (`noun.person`), every word before it an adjective as compromise reads it,
 * and the phrase no compound WordNet lists (`general practitioner`, `medical
 * student`). Such a phrase names a population group or a role in one study, a
 * free combination (PROTOCOL.md: population groups are general); a noun
 * modifier (`nursing technician`, `transplant recipient`) may name an
 * occupation or a class of patient, and is left to the other measures.
 */
function describedPeople(en: string): boolean {
  const words = en.toLowerCase().split(/\s+/);
  const head = lemma(words[words.length - 1]!, 'en');
  if (nounSenses(head)?.first !== 'noun.person') return false;
  const modifiers = words.slice(0, -1);
  if (!modifiers.every((w) => /^\p{Ll}+$/u.test(w) && englishWordClass(w) === 'adjective')) return false;
  if (nounSenses(words.join(' ')) !== undefined) return false;
  // the head's lemma is most often the word as written: that phrase was looked up just now
  return head === words.at(-1) || nounSenses([...modifiers, head].join(' ')) === undefined;
}

/** Termhood of an adjective of a study's design standing alone (src/lang/en/design-adjectives.yaml): under the bar. */
const DESIGN = 0.4;
let designAdjectives: Set<string> | undefined;

/** `descriptive`, `retrospective`, `descriptive-correlational`: every hyphen-joined part an adjective of a study's design. */
function isDesignAdjective(word: string): boolean {
  designAdjectives ??= lowerWords(language('en').designAdjectives());
  const lower = word.toLowerCase();
  return designAdjectives.has(lower) || lower.split('-').every((part) => designAdjectives!.has(part));
}

function measure(input: TermhoodInput, { en: enWords, pt: ptWords }: { en: string[]; pt: string[] }, free: boolean): number {
  if (input.curated) return 1;
  let value: number;
  if (free) value = 0.3;
  else if (enWords.length === 1) {
    // A hyphenated word's parts are weighed once, for its weirdness and its vocabularies alike.
    const lower = enWords[0]!.toLowerCase();
    let parts: number | undefined;
    const compound = () => (parts ??= compoundValue(lower, ptWords));
    const weird = Math.min(englishWeirdness(enWords[0]!, input, compound), ptWeirdness(input, ptWords));
    // The Portuguese word counts too when a Portuguese medical vocabulary holds it (`peso`, `urina`).
    const ptDomain = ptWords.length === 1 && isDomainWord(ptWords[0]!, 'pt') ? 1 : 0;
    // A word a medical vocabulary names a concept with, or one medicine built on both sides, is a term however common.
    const vouched = vouchedFor(lower, ptWords);
    value = 0.5 * weird + 0.5 * Math.max(ofItsSense(enWords[0]!, medical(enWords[0]!, ptWords, vouched, compound)), ptDomain);
    if (vouched) value = Math.max(value, VOUCHED);
  } else {
    let best = 0;
    for (const w of enWords) best = Math.max(best, 0.5 * weirdness(w, lemma(w, 'en'), 'en', input.rate) + 0.5 * medical(w, ptWords));
    value = best * (0.75 + 0.25 * Math.min(1, (input.documents - 1) / 2));
  }
  // A unit of measurement or its symbol is a term (mg, mmHg), however common its letters.
  if (enWords.length === 1 && input.en === input.pt && isUnit(input.en)) value = Math.max(value, 0.9);
  if (input.known) value = Math.max(value, 0.9);
  if (input.expanded) value = Math.max(value, 0.8);
  return value;
}

/**
 * Kinds of things WordNet files a noun's commonest sense under that are
 * general language's, not medicine's: acts, attributes, ideas, messages,
 * relations, objects, feelings (`incorporation`, `heterogeneity`,
 * `orientation`, `protocol`). Medicine's own are states, the body,
 * substances, processes (`disease`, `cortex`, `cytokine`, `necrosis`).
 */
const GENERAL_SENSES = new Set<Lexname>(['noun.act', 'noun.attribute', 'noun.cognition', 'noun.communication', 'noun.relation', 'noun.object', 'noun.feeling', 'noun.motive', 'noun.shape', 'noun.Tops']);

/**
 * A word of medicine's word list that general language shares (0.6) counts
 * less (0.4) when its commonest sense is of a general kind and none of its
 * senses is medicine's (wordnet.ts); a word a vocabulary vouches for (1)
 * keeps its value.
 */
function ofItsSense(word: string, value: number): number {
  if (value >= 1) return value;
  const senses = nounSenses(lemma(word.toLowerCase(), 'en'));
  return senses !== undefined && GENERAL_SENSES.has(senses.first) && !senses.medical ? Math.min(value, 0.4) : value;
}

/** A single Portuguese word's weirdness; a Portuguese phrase's side does not count (1). */
function ptWeirdness(input: TermhoodInput, ptWords: string[]): number {
  return ptWords.length === 1 ? weirdness(ptWords[0]!, input.ptKey, 'pt', input.rate) : 1;
}

function weirdness(word: string, key: string, lang: Lang, rate: TermhoodInput['rate'], known?: number): number {
  const corpus = rate(key, lang);
  if (corpus === 0) return 0;
  // The written word and its lemma are two entries of the general list (`analyses`, `analysis`): the commoner counts.
  const general = (known ?? commonerRate(word, key, lang)) * WORDS_PER_SENTENCE;
  return clamp(Math.log10(corpus / general) / WEIRD_FULL);
}

/** The general rate of the commoner of a written word and its key: one lookup where they are one word. */
function commonerRate(word: string, key: string, lang: Lang): number {
  const lower = word.toLowerCase();
  return lower === key.toLowerCase() ? generalRate(lower, lang) : Math.max(generalRate(lower, lang), generalRate(key, lang));
}

/** A word (lower case) a medical vocabulary of the project names a concept with alone, or one medicine built in both languages. */
function vouchedFor(w: string, ptWords: string[]): boolean {
  return isDomainWord(w, 'en') || medicallyFormed(w, ptWords);
}

/**
 * The English word's weirdness. A hyphenated adjective the general list
 * lacks (`socio-affective`, `item-level`) is as general as its rarest part
 * the list has, when no part is medical: general words joined are no rarer
 * for the hyphen. A part the list lacks is a combining form (`socio`,
 * `multi`) and tells nothing; a medical part makes the compound medical
 * (`methicillin-resistant`), as `medical` weighs it.
 */
function englishWeirdness(word: string, input: TermhoodInput, compound: () => number): number {
  const w = word.toLowerCase();
  if (input.partOfSpeech !== 'adjective' || !w.includes('-') || inGeneralList(w, 'en') || compound() >= 1) {
    return weirdness(word, input.enKey, 'en', input.rate);
  }
  const known = w.split('-').filter((part) => inGeneralList(part, 'en')).map((part) => generalRate(part, 'en'));
  return weirdness(word, input.enKey, 'en', input.rate, known.length > 0 ? Math.min(...known) : undefined);
}

/**
 * How medical an English word is, by vocabularies rather than counts: 1 for a
 * word a medical vocabulary of the project names a concept with alone
 * (domain-words.ts), one built by medicine's word formation in both
 * languages (word-formation.ts), or one of medicine's word list that no
 * general dictionary has; 0.6 for a word of the medical list that general
 * language uses too; 0.2 for any other. `parts` gives the word's compound
 * value where the caller weighs it already.
 */
export function medical(word: string, ptWords: string[], vouched?: boolean, parts?: () => number): number {
  const w = word.toLowerCase();
  if (vouched ?? vouchedFor(w, ptWords)) return 1;
  const compound = parts ? parts() : compoundValue(w, ptWords);
  if (compound === 1) return 1;
  if (endings().some((e) => w.endsWith(e) && w.length > e.length + 2)) return 1;
  // The list holds singulars mostly (antidiabetic, not antidiabetics).
  const one = lemma(w, 'en');
  const form = wordList('medical').has(w) ? w : wordList('medical').has(one) ? one : undefined;
  if (form === undefined) return Math.max(0.2, compound);
  return Math.max(wordList('en').has(form) ? 0.6 : 1, compound);
}

/** Prefixes medicine builds words with from other terms (`superobesity`, `hypoglycemia`, `antiviral`: src/lang/en/prefixes.yaml), a hyphen after them. */
let prefix: RegExp | undefined;
const medicalPrefix = () => (prefix ??= new RegExp(`^(?:${alternation(language('en').prefixes().flatMap((g) => g.prefixes.map(String)))})-?`));

/**
 * A compound's value from its parts: a hyphenated word (`methicillin-resistant`,
 * `test-retest`) is as medical as its most medical part; a word made of a
 * prefix and a word a medical vocabulary holds (`superobesity`: `obesity`) is
 * medical. 0 where neither applies.
 */
function compoundValue(w: string, ptWords: string[]): number {
  const parts = w.split('-').filter((p) => p.length >= 4);
  if (parts.length > 1) {
    const ptParts = ptWords.flatMap((p) => p.split('-'));
    return Math.max(...parts.map((p) => medical(p, ptParts)));
  }
  const rest = w.replace(medicalPrefix(), '');
  return rest !== w && rest.length >= 5 && isDomainWord(rest, 'en') ? 1 : 0;
}

/** A metric prefix and an SI base unit (`mm`, `cm`, `µg`): clinical text's unit table holds only the units written after values. */
const SI_SYMBOL = /^[kcmµμun]?(?:m|g|L|l|mol|s)$/u;

function isUnit(form: string): boolean {
  return readUnit(form)?.text === form || (SI_SYMBOL.test(form) && form.length > 1 && isUcum(form));
}

export function contentWords(form: string): string[] {
  return form.split(/\s+/).filter((w) => w !== '' && !CONNECTORS.has(fold(w)) && /\p{L}/u.test(w));
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
