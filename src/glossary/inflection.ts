import { compromise } from './english-tagger.js';
import { fold } from '../lang/fold.js';
import { functionWords, language, type Entry } from '../lang/index.js';
import type { Lang } from '../types.js';
import { Memo } from '../memo.js';
import { englishWordTags } from './word-tags.js';

/** The one fold (src/lang/fold.ts), here for the glossary's modules: `cútis` → `cutis`, `ç` → `c`. */
export { fold };

/**
 * Grouping keys for term candidates: lower-case, accent-free, each word
 * singular and (Portuguese) masculine, so `síndromes overlap` and
 * `síndrome overlap`, `calcinoses` and `calcinose` count as one term.
 */

interface InflectionRule {
  rule: 'plural' | 'classical' | 'feminine' | 'keep';
  suffix?: string;
  replace?: string;
  min?: number;
  only?: string[];
  words?: string[];
  adjective_only?: boolean;
}

/** A rule with its suffix and replacement folded once, at load. */
interface FoldedRule {
  suffix: string;
  replace: string;
  /** As the data writes them (lower case, accents kept), for inflecting a written form. */
  written: { suffix: string; replace: string };
  min: number;
  only?: string[];
  adjectiveOnly: boolean;
}

interface Inflection {
  plural: FoldedRule[];
  /** Greek and Latin plurals (English): candidate singulars, for the dictionary to choose among. */
  classical: FoldedRule[];
  /** Feminine → masculine rules for a word after a noun (all of them) and elsewhere (not the adjective-only ones). */
  feminine: { afterNoun: FoldedRule[]; elsewhere: FoldedRule[] };
  keep: Set<string>;
}

const inflections = new Map<Lang, Inflection>();

function inflection(lang: Lang): Inflection {
  let hit = inflections.get(lang);
  if (hit) return hit;
  const rules = language(lang).inflection<InflectionRule & Entry>();
  const folded = (kind: InflectionRule['rule']): FoldedRule[] =>
    rules
      .filter((r) => r.rule === kind)
      .map((r) => ({
        suffix: r.suffix ? fold(r.suffix) : '',
        replace: fold(r.replace ?? ''),
        written: { suffix: (r.suffix ?? '').toLowerCase(), replace: (r.replace ?? '').toLowerCase() },
        min: r.min ?? 2,
        only: r.only,
        adjectiveOnly: r.adjective_only === true,
      }));
  const feminine = folded('feminine');
  hit = {
    plural: folded('plural'),
    classical: folded('classical'),
    feminine: { afterNoun: feminine, elsewhere: feminine.filter((r) => !r.adjectiveOnly) },
    keep: new Set(rules.filter((r) => r.rule === 'keep').flatMap((r) => (r.words ?? []).map(fold))),
  };
  inflections.set(lang, hit);
  return hit;
}

function applyFirst(word: string, rules: FoldedRule[]): string {
  for (const r of rules) {
    if (!word.endsWith(r.suffix)) continue;
    if (r.only && !r.only.includes(word)) continue;
    const stem = word.slice(0, word.length - r.suffix.length);
    if (stem.length < r.min) continue;
    return stem + r.replace;
  }
  return word;
}

/** Distinct words in a corpus run to tens of thousands; keep the ones in use. */
const MEMO_WORDS = 20_000;
const singulars: Record<Lang, Memo<string>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };
const lemmas: Record<Lang, [Memo<string>, Memo<string>]> = {
  en: [new Memo(MEMO_WORDS), new Memo(MEMO_WORDS)],
  pt: [new Memo(MEMO_WORDS), new Memo(MEMO_WORDS)],
};

/** The singulars an English word as written would have under each Greek or Latin plural rule it fits (`analyses` → `analysis`), in the data's order. */
export function classicalSingulars(word: string): string[] {
  return inflection('en')
    .classical.filter((r) => word.endsWith(r.written.suffix))
    .map((r) => word.slice(0, word.length - r.written.suffix.length) + r.written.replace);
}

/** The singular of one folded word. */
/** A word in capitals only. */
const ACRONYM = /^\p{Lu}{2,}$/u;

export function singular(word: string, lang: Lang): string {
  return singulars[lang].get(word, (word) => {
    const inf = inflection(lang);
    const w = fold(word);
    // An acronym in capitals ends on its own letter (`ARDS`: syndrome); its plural is written with a small s (`NSAIDs`).
    if (inf.keep.has(w) || w.length <= 3 || /\d/.test(w) || w.includes('-') || ACRONYM.test(word)) return w;
    return applyFirst(w, inf.plural);
  });
}

/**
 * The grouping form of one word: singular, and for Portuguese adjectives the
 * masculine. `afterNoun` says the word follows a noun in its phrase, which is
 * where Portuguese adjectives stand; endings shared with nouns (-ina, -ta) are
 * only folded there.
 */
export function lemma(word: string, lang: Lang, afterNoun = false): string {
  return lemmas[lang][afterNoun ? 1 : 0].get(word, (word) => {
    const one = singular(word, lang);
    if (lang === 'en' || inflection(lang).keep.has(one)) return one;
    const f = inflection(lang).feminine;
    return applyFirst(one, afterNoun ? f.afterNoun : f.elsewhere);
  });
}

/** The grouping key of a (multi-word) term. */
export function termKey(words: string[], lang: Lang): string {
  let key = '';
  for (let i = 0; i < words.length; i++) {
    const afterNoun = i > 0 && !CONNECTORS.has(fold(words[i - 1]!));
    key += (i > 0 ? ' ' : '') + lemma(words[i]!, lang, afterNoun);
  }
  return key;
}

/** Words that join nouns inside a term (N de N, N of N); the word after one is a noun. */
export const CONNECTORS = functionWords('connector');

/** Whether a word is left as written: the cases `singular` does not inflect. */
function uninflected(w: string, inf: Inflection): boolean {
  return inf.keep.has(w) || w.length <= 3 || /\d/.test(w) || w.includes('-');
}

/**
 * A written word made singular by the plural rules, keeping its accents and
 * case: `secundárias` → `secundária`, `complicações` → `complicação`. Folding
 * keeps one letter per letter, so the rule's suffix cuts the written word at
 * the same place.
 */
export function singularSurface(word: string, lang: Lang): string {
  const inf = inflection(lang);
  const w = fold(word);
  if (uninflected(w, inf) || ACRONYM.test(word)) return word;
  for (const r of inf.plural) {
    if (!w.endsWith(r.suffix)) continue;
    if (r.only && !r.only.includes(w)) continue;
    if (w.length - r.suffix.length < r.min) continue;
    return word.slice(0, word.length - r.suffix.length) + r.written.replace;
  }
  return word;
}

/** Portuguese words end in a vowel or in l, r, z, m; others (overlap, stent) are loanwords left as written. */
const PT_INFLECTABLE = /[aeiouáéíóúâêôãõàlrzm]$/i;

/**
 * A written singular word made plural: the first plural rule that, undone by
 * `singular`, gives the word back (`criança` → `crianças`, `mulher` →
 * `mulheres`, `complicação` → `complicações`). Words already plural, left
 * alone by the rules, or not Portuguese-shaped come back as written.
 */
export function pluralSurface(word: string, lang: Lang): string {
  const inf = inflection(lang);
  const w = fold(word);
  if (uninflected(w, inf) || singular(w, lang) !== w) return word;
  if (lang === 'pt' && !PT_INFLECTABLE.test(word)) return word;
  for (const r of inf.plural) {
    // Identity rules (-us, -is) mark words already singular; they make no plural.
    if (r.suffix === r.replace || r.only || !w.endsWith(r.replace)) continue;
    const stem = word.slice(0, word.length - r.replace.length);
    // A word carries one stress accent: nível → níveis, not nívéis.
    if (accented(r.written.suffix) && !accented(r.written.replace) && accented(stem)) continue;
    const plural = stem + r.written.suffix;
    if (singular(plural, lang) === w) return plural;
  }
  return word;
}

function accented(s: string): boolean {
  return fold(s) !== s.toLowerCase();
}

/**
 * compromise's lexicon (english-tagger.ts loads it on first use) lists the
 * irregular English plurals (children, women, criteria) and the uncountable
 * nouns. Its tagger guesses a plural from an ending alone (foramen as a
 * plural of "foraman"), so plurals are read from the lexicon; the tagger
 * (word-tags.ts) is only asked how a word reads alone (promotes, complements
 * as verbs).
 */
const lexicon = () => compromise().nlp.world().model.one.lexicon;

function listed(word: string, tag: string): boolean {
  const tags = lexicon()[word];
  return tags === tag || (Array.isArray(tags) && tags.includes(tag));
}

const pluralWords: Record<Lang, Memo<boolean>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };

/** Whether one written word is plural: the rules undo an ending, or (English) the lexicon lists it as a plural. */
export function isPluralWord(word: string, lang: Lang): boolean {
  return pluralWords[lang].get(word, (word) => {
    const w = fold(word);
    if (singular(w, lang) !== w) return true;
    // Regular plurals are the rules' business; only words without the -s ending are looked up.
    if (lang === 'pt' || w.endsWith('s') || !/^[a-z]+$/.test(w)) return false;
    return listed(w, 'Plural');
  });
}

/** Whether the lexicon lists an English word as uncountable (equipment, information, politics): it has no plural. */
export function isUncountable(word: string): boolean {
  return listed(fold(word), 'Uncountable');
}

const verbs = new Memo<boolean>(MEMO_WORDS);

/** Whether an English word reads as a verb on its own (promotes, complements): term candidates can be verb forms. */
export function isEnglishVerb(word: string): boolean {
  return verbs.get(fold(word), (w) => englishWordTags(w).some((tags) => tags.has('Verb')));
}

/**
 * A Portuguese adjective in the masculine: the feminine rules undone on the
 * written word (`positiva` → `positivo`, `cutânea` → `cutâneo`), else a final
 * `-a` made `-o` (`materna` → `materno`); only a form the dictionary has is
 * returned, the word as written otherwise.
 */
export function masculineSurface(word: string, has: (w: string) => boolean): string {
  const w = fold(word);
  for (const r of inflection('pt').feminine.afterNoun) {
    if (!w.endsWith(r.suffix) || w.length - r.suffix.length < r.min) continue;
    if (r.only && !r.only.includes(w)) continue;
    const masculine = word.slice(0, word.length - r.suffix.length) + r.written.replace;
    if (has(masculine)) return masculine;
  }
  if (/a$/.test(word) && has(`${word.slice(0, -1)}o`)) return `${word.slice(0, -1)}o`;
  return word;
}

/** Whether compromise's lexicon lists an English word at all: for a word it lacks (`univariate`, `multisystem`), its word class is the tagger's guess. */
export function inEnglishLexicon(word: string): boolean {
  return lexicon()[word] !== undefined;
}

const wordClasses = new Memo<'adjective' | 'adverb' | 'verb' | 'noun'>(MEMO_WORDS);

/** How compromise reads one English word alone: adjective, adverb, verb or noun (its lexicon first, its tagger for words it lacks). */
export function englishWordClass(word: string): 'adjective' | 'adverb' | 'verb' | 'noun' {
  return wordClasses.get(word, (word) => {
    const tags = lexicon()[word];
    const listed = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
    const tagged = listed.length > 0 ? undefined : englishWordTags(word);
    // A term's tags read directly: what `view.has('#Tag')` answers, without parsing a match each time.
    const has = (tag: string) => (tagged ? tagged.some((tags) => tags.has(tag)) : listed.some((t) => t === tag || t.startsWith(tag) || t.endsWith(tag)));
    if (has('Adjective')) return 'adjective';
    if (has('Adverb')) return 'adverb';
    if ((has('Verb') || has('Infinitive') || has('PresentTense')) && !has('Noun') && !has('Singular') && !has('Plural')) return 'verb';
    return 'noun';
  });
}
