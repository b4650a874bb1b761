import type { Lang } from '../types.js';
import { stem, tokenize } from './analyze.js';
import type { SearchRecord } from './records.js';

/**
 * Exact phrases. A query of two content words or more is also a phrase: its
 * words' stems in order, function words between them included
 * (`cancer of the lung`). A record whose text in the query's language holds
 * that sequence, adjacent, ranks above every record that shares only some of
 * the words, or all of them apart (`diabetic ketoacidosis` above sentences
 * about diabetes). Stems, so `diabetic ketoacidoses` is the same phrase.
 */
export interface Phrase {
  /** Every word's stem, in order. */
  stems: string[];
  /** The content words' stems (what the index holds). */
  content: string[];
}

export type QueryPhrase = Partial<Record<Lang, Phrase>>;

/** The phrase of a query's tokens in one language, if it has two content words or more. */
export function queryPhrase(tokens: Array<{ stem: string }>, isContent: (i: number) => boolean): Phrase | undefined {
  const at = tokens.flatMap((_, i) => (isContent(i) ? [i] : []));
  if (at.length < 2) return undefined;
  return { stems: tokens.slice(at[0], at.at(-1)! + 1).map((t) => t.stem), content: at.map((i) => tokens[i]!.stem) };
}

/** Checking a record means analysing its text: the best-scored this many candidates are checked. */
const MAX_PHRASE_CHECKS = 200;

/** Between two words of a phrase: spaces, a hyphen or an apostrophe; a comma or a stop ends the phrase. */
const JOIN = /^[\s\-\u2010\u2011'\u2019]*$/;

/**
 * Whether the text holds `phrase` as a run of adjacent words. Stemming is
 * what costs, so a word is stemmed only when its first letters could give
 * the stem wanted there (stemmers here only change endings).
 */
function holds(text: string, lang: Lang, phrase: string[]): boolean {
  const tokens = tokenize(text);
  const stems: Array<string | undefined> = [];
  const is = (i: number, wanted: string) => {
    const t = tokens[i]!;
    if (!t.folded.startsWith(wanted.slice(0, 2))) return false;
    return (stems[i] ??= stem(t, lang)) === wanted;
  };
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) {
      if (!is(i + k, phrase[k]!)) continue outer;
      if (k > 0 && !JOIN.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) continue outer;
    }
    return true;
  }
  return false;
}

export function hasPhrase(record: SearchRecord, phrase: QueryPhrase): boolean {
  for (const lang of ['en', 'pt'] as const) {
    const p = phrase[lang];
    if (p && record[lang] && holds(record[lang], lang, p.stems)) return true;
  }
  return false;
}

/**
 * Hits (best first) with the phrase matches moved to the front, each tier in
 * its own order. A candidate must have matched every content stem of a
 * phrase (MiniSearch says which terms a hit matched) before its text is read;
 * once `limit` phrase matches are found, the rest cannot reach the front page.
 */
export function phraseFirst<H extends { id: unknown; terms: string[] }>(hits: H[], phrase: QueryPhrase, limit: number, record: (id: string) => SearchRecord | undefined): H[] {
  const langs = (['en', 'pt'] as const).filter((l) => phrase[l]);
  if (langs.length === 0) return hits;
  const front: H[] = [];
  const rest: H[] = [];
  let checks = 0;
  for (const h of hits) {
    const candidate = checks < MAX_PHRASE_CHECKS && front.length < limit && langs.some((l) => phrase[l]!.content.every((t) => h.terms.includes(t)));
    const r = candidate ? record(String(h.id)) : undefined;
    if (candidate) checks++;
    (r && hasPhrase(r, phrase) ? front : rest).push(h);
  }
  return front.length === 0 ? hits : [...front, ...rest];
}
