import { createRequire } from 'node:module';
import { Memo } from '../memo.js';

/**
 * English phrase structure from compromise, loaded on first use only: it is
 * slow to load and needed only to confirm rare rule candidates
 * (docs/performance.md, "compromise loaded on first use").
 */

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface Doc {
  json(options: object): Array<{ terms: Term[] }>;
}
type Nlp = (text: string) => Doc;

let nlp: Nlp | undefined;
/** The tagger without the chunker (its tags are the same), shared with glossary/candidates.ts. */
const load = (): Nlp => (nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp);

/** Sentences are parsed once per call site burst; keep the memo small. */
const parsed = new Memo<Term[]>(32);
const parse = (text: string): Term[] => load()(text).json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
const terms = (text: string): Term[] => parsed.get(text, parse);

/** Whether the English word starting at `start` is used as a noun (not a verb, adjective or function word). */
export function isNounAt(text: string, start: number): boolean {
  // Parse only the clause around the word, so a huge text costs no more than a sentence.
  const from = Math.max(0, start - 120);
  const window = text.slice(from, start + 80);
  const at = start - from;
  const term = terms(window).find((t) => t.offset.start <= at && at < t.offset.start + t.offset.length);
  if (!term) return false;
  const tags = new Set(term.tags);
  if (['Verb', 'Adjective', 'Preposition', 'Determiner', 'Pronoun', 'Adverb', 'Conjunction', 'Value'].some((t) => tags.has(t))) return false;
  return tags.has('Noun');
}
