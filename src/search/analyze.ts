import { createRequire } from 'node:module';
import { language } from '../lang/index.js';
import { cognateKey, fold, normaliseCognate } from '../lang/cognates.js';
import { loadLexicon } from '../align/bilingual-lexicon.js';
import type { Lang } from '../types.js';

/**
 * Text analysis for the search index, the same at index and at query time.
 * Each language gets its own field terms (accent-folded, stop words dropped,
 * stemmed: Porter for English, the Snowball Portuguese stemmer for
 * Portuguese), and every word also yields language-neutral cross-lingual
 * keys, so a Portuguese query can match English text:
 *
 *   ~key   cognate key (`hipertensão` and `hypertension` both give `~hipert`)
 *   =key   lexicon translation (`tratamento` and `treatment` both give `=treatment`)
 *   #n     a number, decimal comma read as a point (`1,5` and `1.5` give `#1.5`)
 *
 * Multi-word concepts (termbase, lexicons, glossary) add `@key` keys; see concepts.ts.
 */

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
// Deep imports: natural's root module is slow to load and prints to stdout.
const stemmers: Record<Lang, Stemmer> = {
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer,
  pt: require('natural/lib/natural/stemmers/porter_stemmer_pt.js') as Stemmer,
};

/** A word or number of the text, with its place. */
export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Lower case without diacritics. */
  folded: string;
  number: boolean;
}

// A number keeps its decimal separator; a word is a run of letters and digits.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const number = /^\d/.test(t) && /^[\d.,]+$/.test(t);
    out.push({ text: t, start: m.index, end: m.index + t.length, folded: number ? t.replace(',', '.') : fold(t), number });
  }
  return out;
}

const stopSets = new Map<Lang, Set<string>>();

/**
 * Function words of each language (the language's stop words, role
 * `function`). Filler words (patient, study) stay searchable: a user may well
 * look for them.
 */
export function stopWords(lang: Lang): Set<string> {
  let set = stopSets.get(lang);
  if (set) return set;
  set = new Set();
  const groups = language(lang).stopwords();
  for (const g of groups) if (g.role === 'function') for (const w of g.words) set.add(fold(String(w)));
  stopSets.set(lang, set);
  return set;
}

/** The stem of one token, accent-free (the Portuguese stemmer works on accented words). */
export function stem(token: Token, lang: Lang): string {
  if (token.number) return token.folded;
  return fold(stemmers[lang].stem(token.text.toLowerCase()));
}

function isStopWord(token: Token, lang: Lang): boolean {
  return !token.number && stopWords(lang).has(token.folded);
}

/** Cognate keys shorter than this say little (dor, via, ano …). */
const MIN_COGNATE = 4;
const LONG_COGNATE = 7;

/** The cross-lingual keys of one content word. */
function crossKeys(token: Token, lang: Lang): string[] {
  if (token.number) return [`#${token.folded}`];
  const keys: string[] = [];
  if (token.folded.length >= MIN_COGNATE) keys.push(`~${cognateKey(token.folded, lang)}`);
  // A longer shared spelling is stronger evidence: `~~` keys separate `calcinose` from `calcium`.
  if (token.folded.length >= LONG_COGNATE) keys.push(`~~${normaliseCognate(token.folded, lang).slice(0, LONG_COGNATE)}`);
  for (const k of loadLexicon()[lang].get(token.folded) ?? []) keys.push(`=${k.replace(/\s+/g, '_')}`);
  return keys;
}

/** One analysed token: its field term (stem) and cross-lingual keys, or stop word. */
export interface AnalysedToken extends Token {
  stem: string;
  stop: boolean;
  keys: string[];
}

export function analyse(text: string, lang: Lang): AnalysedToken[] {
  return tokenize(text).map((t) => {
    const stop = isStopWord(t, lang);
    return { ...t, stem: stem(t, lang), stop, keys: stop ? [] : crossKeys(t, lang) };
  });
}
