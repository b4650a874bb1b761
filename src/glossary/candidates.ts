import type { Lang } from '../types.js';
import { Memo } from './memo.js';
import { CONNECTORS, fold, termKey } from './morphology.js';
import { stopList } from './stopwords.js';

/**
 * Term candidates of one sentence: noun phrases and their sub-phrases, each
 * with its grouping key. English phrases come from compromise's part-of-speech
 * tags; Portuguese ones from rules over a stop list (N, N ADJ, N de N …),
 * since no Portuguese tagger ships with the project.
 */
export interface TermCandidate {
  /** As written, with a sentence-initial capital lowered. */
  surface: string;
  words: string[];
  key: string;
  /** Relative position of the first word in the sentence, in [0, 1]. */
  position: number;
}

/** Longest candidate, in words (connectors included). */
const MAX_WORDS = 6;

/** compromise's parsed view: `docs` holds each sentence's terms as tagged, no output formatting (`json()` costs as much again). */
type Nlp = (text: string) => { docs: CompromiseTerm[][] };
interface CompromiseTerm {
  text: string;
  tags: Set<string>;
  pre: string;
  post: string;
}

let nlp: Nlp | undefined;

/**
 * compromise takes a quarter second to import, so it is loaded on first use:
 * its CommonJS build, which loads faster and is the one entities/phrase.ts
 * requires, so the process holds one copy. `compromise/two` is the tagger
 * without the phrase chunker the default build runs on every sentence (an
 * eighth of the tagging time); the tags are the same.
 */
export async function loadEnglishTagger(): Promise<void> {
  if (!nlp) nlp = (await import('node:module')).createRequire(import.meta.url)('compromise/two') as Nlp;
}

/** Token of a sentence with its phrase role. */
interface Token {
  text: string;
  /** `content` may be in a term, `connector` only inside one (of/de), `break` ends a run. */
  role: 'content' | 'connector' | 'break';
  /** A punctuation mark follows the token (ends the run after it). */
  closes: boolean;
  /** May not end a multi-word term (English adjectives: `disease of unclear`). */
  modifierOnly?: boolean;
}

const SYMBOL = /^(?:[A-Z]|\d{1,2}[A-Za-z]?|[IVX]{1,4})$/;

/**
 * Tagged sentences, by text. Boilerplate (licences, funding lines) and titles
 * repeat across a corpus; the memo is small, so it holds only recent sentences.
 */
const tagged = new Memo<Token[]>(256);

function englishTokens(text: string): Token[] {
  return tagged.get(text, tagEnglish);
}

function tagEnglish(text: string): Token[] {
  if (!nlp) throw new Error('englishCandidates: call loadEnglishTagger() first');
  const stop = stopList('en');
  const terms = nlp(text).docs.flat();
  const tokens: Token[] = [];
  terms.forEach((t, i) => {
    const tags = t.tags;
    const word = t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const next = terms[i + 1];
    const prev = tokens[tokens.length - 1];
    const closes = /[,;:.!?()[\]"]/.test(t.post) || (next !== undefined && /[([]/.test(next.pre));
    let role: Token['role'] = 'break';
    const nounish = (tags.has('Noun') && !tags.has('Pronoun')) || tags.has('Adjective') || tags.has('Acronym');
    if (word === '') role = 'break';
    else if (fold(word) === 'of') role = 'connector';
    else if (stop.function.has(fold(word))) role = 'break';
    else if (nounish && !tags.has('Possessive')) role = 'content';
    else if (SYMBOL.test(word) && prev?.role === 'content' && !prev.closes) role = 'content';
    else if (
      // A bare verb form before a noun with no subject is a noun adjunct (overlap syndromes, follow up visits).
      tags.has('Verb') &&
      (tags.has('Infinitive') || tags.has('PresentTense')) &&
      !tags.has('Auxiliary') &&
      !tags.has('Copula') &&
      !closes &&
      next !== undefined &&
      next.tags.has('Noun') &&
      (prev === undefined || prev.role !== 'content' || prev.closes)
    )
      role = 'content';
    const modifierOnly = role === 'content' && tags.has('Adjective') && !tags.has('Noun');
    const token: Token = { text: word || t.text, role, closes: closes || /\s-\s|—/.test(t.post), modifierOnly };
    // compromise splits hyphenated compounds (cross-sectional, semi-structured); they are one word, as on the Portuguese side.
    if (prev && word !== '' && terms[i - 1]!.post === '-' && prev.text !== '') {
      prev.role = prev.role === 'content' || role === 'content' ? 'content' : 'break';
      prev.text = `${prev.text}-${token.text}`;
      prev.closes = token.closes;
      prev.modifierOnly = token.modifierOnly;
      return;
    }
    tokens.push(token);
  });
  return tokens;
}

/** Verb endings that rule a Portuguese word out of a noun phrase. */
const PT_VERB = /(?:ndo|aram|eram|iram|avam|ava|ou|eu|iu)$|-(?:se|lo|la|los|las|lhe|lhes|me|nos)$/;

function portugueseTokens(text: string): Token[] {
  const stop = stopList('pt');
  const tokens: Token[] = [];
  const re = /([\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}])|([^\s\p{L}\p{N}]+)/gu;
  for (const m of text.matchAll(re)) {
    const prev = tokens[tokens.length - 1];
    if (m[2] !== undefined) {
      if (prev && /[,;:.!?()[\]"/–—]/.test(m[2])) prev.closes = true;
      continue;
    }
    const word = m[1]!;
    const w = fold(word);
    let role: Token['role'] = 'content';
    if (['de', 'do', 'da', 'dos', 'das'].includes(w)) role = 'connector';
    else if (stop.function.has(w)) role = 'break';
    else if (/^\d/.test(w)) role = prev?.role === 'content' && !prev.closes && SYMBOL.test(word) ? 'content' : 'break';
    else if (word.length > 4 && PT_VERB.test(w)) role = 'break';
    tokens.push({ text: word, role, closes: false });
  }
  return tokens;
}

/** Runs of content words, joined by single connectors, split at punctuation. */
function runs(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length > 0 && cur[cur.length - 1]!.role !== 'content') cur.pop();
    if (cur.length > 0) out.push(cur);
    cur = [];
  };
  for (const t of tokens) {
    if (t.role === 'break') flush();
    else if (t.role === 'connector') {
      if (cur.length > 0 && cur[cur.length - 1]!.role === 'content' && !cur[cur.length - 1]!.closes) cur.push(t);
      else flush();
    } else {
      cur.push(t);
      if (t.closes) flush();
    }
  }
  flush();
  return out;
}

/** Lower a capital that only marks the start of a sentence or title (`Calcinosis` → `calcinosis`, `SLE` stays). */
function surfaceWord(word: string, first: boolean): string {
  if (!first) return word;
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) ? word.toLowerCase() : word;
}

function candidatesOf(tokens: Token[], lang: Lang): TermCandidate[] {
  const filler = stopList(lang).filler;
  const out: TermCandidate[] = [];
  const seen = new Map<string, TermCandidate>();
  const total = Math.max(1, tokens.length);
  const index = new Map(tokens.map((t, i) => [t, i]));
  for (const run of runs(tokens)) {
    for (let a = 0; a < run.length; a++) {
      if (run[a]!.role !== 'content') continue;
      let connectors = 0;
      for (let b = a; b < run.length && b - a < MAX_WORDS; b++) {
        if (run[b]!.role === 'connector') {
          if (++connectors > 2) break;
          continue;
        }
        const span = run.slice(a, b + 1);
        if (span.length > 1 && run[b]!.modifierOnly) continue;
        const words = span.map((t, i) => surfaceWord(t.text, i === 0 && index.get(t) === 0));
        if (words.length === 1 && (filler.has(fold(words[0]!)) || /^\d/.test(words[0]!) || words[0]!.length < 2)) continue;
        if (words.every((w) => filler.has(fold(w)) || CONNECTORS.has(fold(w)))) continue;
        const key = termKey(words, lang);
        const surface = words.join(' ');
        const earlier = seen.get(key);
        // Of two forms of one term in a sentence, show the one that is already the lemma (sistêmico over sistêmicas).
        if (earlier) {
          if (fold(surface) === key && fold(earlier.surface) !== key) Object.assign(earlier, { surface, words });
          continue;
        }
        const c = { surface, words, key, position: index.get(run[a]!)! / total };
        seen.set(key, c);
        out.push(c);
      }
    }
  }
  return out;
}

/** English term candidates of one sentence (call `loadEnglishTagger()` once before). */
export function englishCandidates(sentence: string): TermCandidate[] {
  return candidatesOf(englishTokens(sentence), 'en');
}

/** Portuguese term candidates of one sentence. */
export function portugueseCandidates(sentence: string): TermCandidate[] {
  return candidatesOf(portugueseTokens(sentence), 'pt');
}
