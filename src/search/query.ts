import type { EntityType, Lang } from '../types.js';
import { analyse, stopWords, tokenize } from './analyze.js';
import type { ConceptDictionary } from './concepts.js';
import { queryPhrase, type QueryPhrase } from './phrase.js';
import { wordsOfBothLanguages } from './written.js';
import type { RecordEntity } from './records.js';

/**
 * A user's query, analysed like the indexed text: field terms per language,
 * cross-lingual keys, and the concepts it names, whose forms in the other
 * language are added (`prednisona` → also `prednisone`). Operators, quotes
 * and brackets are plain characters here: the tokenizer drops them, so no
 * query can be malformed. A word with digits or in capitals may also be a code (`$h02ab07`).
 */
export interface AnalysedQuery {
  en: string[];
  pt: string[];
  xl: string[];
  /** Every term and key, for matching entities and highlighting. */
  all: Set<string>;
  /** The query as an exact phrase, per language it was read in (see phrase.ts). */
  phrase: QueryPhrase;
  /** Set when the query was cut to the caps below. */
  trimmed?: TrimmedQuery;
  /** With no language known, a query of words both languages write: its words, folded (see written.ts). */
  written?: string[];
}

/** Beyond this many distinct terms per field a query says nothing more, and only gets slower. */
const MAX_QUERY_TERMS = 256;

/** A query is cut to this many characters (at a word boundary): a pasted paragraph has said what it is about by then. */
export const MAX_QUERY_CHARS = 1000;
/** …and to this many distinct words; a longer query is noise for a ranking that ORs its terms. */
export const MAX_QUERY_WORDS = 100;

/** How long a query was, and how much of it was kept. */
export interface TrimmedQuery {
  chars: number;
  kept: number;
}

/**
 * The query within the caps, repeated words counted once. Cut first by
 * characters, so a megabyte of text is never tokenized, then at the first
 * word beyond the distinct-word cap.
 */
export function trimQuery(query: string): { text: string; trimmed?: TrimmedQuery } {
  let text = query;
  if (text.length > MAX_QUERY_CHARS) {
    const space = text.lastIndexOf(' ', MAX_QUERY_CHARS);
    text = text.slice(0, space > MAX_QUERY_CHARS / 2 ? space : MAX_QUERY_CHARS);
  }
  const words = new Set<string>();
  for (const t of tokenize(text)) {
    if (words.has(t.folded)) continue;
    if (words.size === MAX_QUERY_WORDS) {
      text = text.slice(0, t.start);
      break;
    }
    words.add(t.folded);
  }
  return text === query ? { text } : { text, trimmed: { chars: query.length, kept: text.length } };
}

/**
 * The query's language when its function words say so clearly (`the`, `of`
 * against `de`, `os`); short queries without any stay undecided.
 */
function guessQueryLang(query: string): Lang | undefined {
  const tokens = tokenize(query);
  const en = stopWords('en');
  const pt = stopWords('pt');
  let enOnly = 0;
  let ptOnly = 0;
  for (const t of tokens) {
    const e = en.has(t.folded);
    const p = pt.has(t.folded);
    if (e && !p) enOnly++;
    if (p && !e) ptOnly++;
  }
  if (enOnly >= 2 && ptOnly === 0) return 'en';
  if (ptOnly >= 2 && enOnly === 0) return 'pt';
  return undefined;
}

export function analyseQuery(query: string, dictionary: ConceptDictionary, lang?: Lang): AnalysedQuery {
  const { text, trimmed } = trimQuery(query);
  lang ??= guessQueryLang(text);
  const langs: Lang[] = lang ? [lang] : ['en', 'pt'];
  const terms = { en: new Set<string>(), pt: new Set<string>(), xl: new Set<string>() };
  const phrase: AnalysedQuery['phrase'] = {};
  // With the language unknown, a function word of either language says nothing (`the`, `de`).
  const stop = lang ? undefined : new Set(analyse(text, 'en').filter((t) => t.stop).map((t) => t.start));
  if (stop) for (const t of analyse(text, 'pt')) if (t.stop) stop.add(t.start);
  for (const l of langs) {
    const tokens = analyse(text, l);
    const isContent = (i: number) => !tokens[i]!.stop && !stop?.has(tokens[i]!.start);
    // A cut query is no longer the phrase its writer meant.
    const p = trimmed ? undefined : queryPhrase(tokens, isContent);
    if (p) phrase[l] = p;
    for (const t of tokens.filter((_, i) => isContent(i))) {
      terms[l].add(t.stem);
      for (const k of t.keys) terms.xl.add(k);
      if (t.folded.length >= 2 && /\d|^[A-Z]+$/.test(t.text)) terms.xl.add(`$${t.folded}`);
    }
    // Each concept once, however often the query names it.
    for (const key of new Set(dictionary.match(tokens, l).map((m) => m.key))) {
      terms.xl.add(`@${key}`);
      const concept = dictionary.concept(key);
      if (!concept) continue;
      // The concept's forms in both languages: the other side's wording, and this side's variants.
      for (const other of ['en', 'pt'] as const) {
        for (const form of concept[other]) for (const t of analyse(form, other)) if (!t.stop) terms[other].add(t.stem);
      }
    }
  }
  const cap = (s: Set<string>) => [...s].slice(0, MAX_QUERY_TERMS);
  const out = { en: cap(terms.en), pt: cap(terms.pt), xl: cap(terms.xl) };
  const written = stop && !trimmed ? wordsOfBothLanguages(text, (start) => !stop.has(start)) : undefined;
  return { ...out, all: new Set([...out.en, ...out.pt, ...out.xl]), phrase, ...(trimmed ? { trimmed } : {}), ...(written ? { written } : {}) };
}

export function isEmptyQuery(q: AnalysedQuery): boolean {
  return q.en.length === 0 && q.pt.length === 0 && q.xl.length === 0;
}

/** The terms and keys an entity mention answers to: its words, its normalised name, its code. */
function entityKeys(e: RecordEntity, dictionary: ConceptDictionary): Set<string> {
  const keys = new Set<string>();
  const add = (text: string, lang: Lang) => {
    const tokens = analyse(text, lang);
    for (const t of tokens) {
      if (t.stop) continue;
      keys.add(t.stem);
      for (const k of t.keys) keys.add(k);
    }
    for (const m of dictionary.match(tokens, lang)) keys.add(`@${m.key}`);
  };
  add(e.text, e.lang);
  if (e.normalized) for (const lang of ['en', 'pt'] as const) add(e.normalized, lang);
  if (e.code) add(e.code, 'en');
  return keys;
}

/** Negated, or hedged (uncertain as a hypothesis; a planned treatment is not in doubt that way). */
function negatedOrHedged(e: RecordEntity): boolean {
  return e.negated || (e.uncertain === true && e.certainty !== 'plan');
}

/** Whether a record's entity of `type` answers the query. Negated and hedged mentions only when asked. */
export function entityMatches(e: RecordEntity, type: EntityType, q: AnalysedQuery, dictionary: ConceptDictionary, includeNegated: boolean): boolean {
  if (e.type !== type || (negatedOrHedged(e) && !includeNegated)) return false;
  for (const k of entityKeys(e, dictionary)) if (q.all.has(k)) return true;
  return false;
}
