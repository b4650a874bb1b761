import { createRequire } from 'node:module';
import { functionWords } from '../lang/index.js';

/**
 * English part-of-speech tags for term candidates: compromise's tokenizer and
 * tagging steps, with context rules that retag a word by its neighbours
 * (a noun after an article, a bare verb before one).
 */

/** A compromise term as tagged (its internal shape); `contextRules` retags it, each term being this sentence's own. */
export interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  pre: string;
  post: string;
  /** Set on words the lexicon lists under two classes (`Adj|Noun`: patient, academic). */
  switch?: string;
  /** The term's place: its sentence and its position there. */
  index: [number, number];
}

/** A parsed context rule, as compromise keeps it once its net is built: the words and tags a sentence needs or wants. */
export interface CompromiseRule {
  match: string;
  needs: string[];
  wants: string[];
  minWords: number;
}

/** Context rules keyed by the word or tag that wakes them, as compromise's net has them. */
export interface CompromiseNet {
  hooks: Record<string, CompromiseRule[]>;
  always: CompromiseRule[];
}

/** A compromise document view (its View class): the parts the glossary drives. */
export interface CompromiseView {
  docs: CompromiseTerm[][];
  compute(steps: string | string[]): CompromiseView;
}

/** The parts of compromise the glossary drives: its tokenizer, its tagging steps, its lexicon and its context rules. */
export interface Compromise {
  (text: string): CompromiseView;
  hooks(): string[];
  world(): {
    methods: {
      one: {
        tokenize: { fromString(text: string, world: unknown): CompromiseTerm[][] };
        /** The sweep's two halves: the net's matches in each sentence, then their tags set. */
        bulkMatch(docs: CompromiseTerm[][], net: CompromiseNet, methods: unknown, options: object): unknown[];
        bulkTagger(found: unknown[], docs: CompromiseTerm[][], world: unknown): void;
      };
    };
    model: { one: { lexicon: Record<string, string | string[] | undefined> }; two: { matches: CompromiseRule[] } };
  };
}

/** A compromise document view over tokenized sentences (its View class). */
export type ViewClass = new (document: CompromiseTerm[][]) => CompromiseView;

let loaded: { nlp: Compromise; View: ViewClass } | undefined;

/**
 * compromise, for the glossary's taggers (this one, word-tags.ts) and
 * lexicon (inflection.ts), loaded on first use: it is slow to import
 * (docs/performance.md). Its CommonJS build, which loads faster and is the one
 * entities/phrase.ts requires, so the process holds one copy (the glossary
 * never changes its shared model). An empty input gives a bare view, whose
 * class makes views of tokenized text without re-running `nlp.tokenize`'s
 * normalisation.
 */
export function compromise(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const nlp = createRequire(import.meta.url)('compromise/two') as Compromise;
  return (loaded = { nlp, View: nlp('').constructor as ViewClass });
}

/** Load compromise ahead of `tagTerms`. */
export async function loadEnglishTagger(): Promise<void> {
  compromise();
}

/**
 * compromise's own steps, as `nlp(text)` runs them (tokens, lexicon, the
 * word-shape pre-tagger, 's as is/has or a possessive), but for its
 * context-rule pass: several hundred match patterns, the bulk of the tagging
 * time, most of them about dates, names, places, money or function words
 * the stop list breaks on anyway. `contextRules` below does the part term
 * candidates need. Term ids only serve compromise's editing API; no step here reads them.
 */
let steps: string[] | undefined;

const PUNCTUATION = /[,;:.!?()[\]"]/;
/** Word classes after which a verb in -s cannot go on, so the -s word ended a noun phrase. */
const CLAUSE_STARTS = ['Copula', 'Auxiliary', 'Modal', 'Conjunction'];
const ARTICLES = functionWords('article', 'en');

/** A present-tense or bare verb form, the reading the word-shape tagger gives nouns it does not know as nouns. */
function bareVerb(t: CompromiseTerm): boolean {
  const tags = t.tags;
  if (!tags.has('Verb') || !(tags.has('PresentTense') || tags.has('Infinitive'))) return false;
  return !tags.has('Copula') && !tags.has('Auxiliary') && !tags.has('Modal') && !tags.has('Gerund') && /^[a-z]{3,}$/.test(t.normal);
}

/** Whether a term of a clause reads as a noun: a plural ending an adjective or noun phrase, or a word after an article or preposition. */
function nounInContext(terms: CompromiseTerm[], i: number): boolean {
  const t = terms[i]!;
  const prev = terms[i - 1];
  if (!prev || PUNCTUATION.test(prev.post)) return false;
  // After a preposition (not the `to` of an infinitive) a verb form is a noun: stratified by age, in line with.
  if (prev.tags.has('Preposition') && prev.normal !== 'to') return true;
  // After a possessive: their rights.
  if (prev.tags.has('Possessive') && prev.normal !== 'her') return true;
  // After an article, or an article and an adjective: the mean, a lower limb.
  if (ARTICLES.has(prev.normal)) return true;
  if (prev.tags.has('Adjective') && !prev.tags.has('Noun') && ARTICLES.has(terms[i - 2]?.normal ?? '')) return true;
  if (!/[^s]s$/.test(t.normal)) return false;
  // A verb in -s cannot follow an adjective or a count: negative stereotypes, three scales.
  if ((prev.tags.has('Adjective') && !prev.tags.has('Noun')) || (prev.tags.has('Value') && !['one', '1'].includes(prev.normal))) return true;
  // After a noun, it is a verb unless the clause goes on with a copula, modal or conjunction or ends there (severity scores and),
  // and unless the lexicon knows it only as a verb (the disease improves.); `Plural|Verb` words (scores, rates) are both.
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || prev.tags.has('Possessive')) return false;
  if (t.switch !== 'Plural|Verb' && compromise().nlp.world().model.one.lexicon[t.normal] === 'PresentTense') return false;
  const next = terms[i + 1];
  return PUNCTUATION.test(t.post) || next === undefined || CLAUSE_STARTS.some((c) => next.tags.has(c));
}

/** Tags a word class excludes, as compromise's tag set has them conflict. */
const CONFLICTS = {
  Noun: ['Verb', 'PresentTense', 'Infinitive', 'Imperative', 'Gerund', 'PastTense', 'Participle', 'Adjective', 'Comparative', 'Superlative'],
  Adjective: ['Noun', 'Singular', 'Plural', 'Verb', 'PresentTense', 'Infinitive', 'Imperative', 'Gerund', 'PastTense', 'Participle'],
};

function retag(t: CompromiseTerm, cls: keyof typeof CONFLICTS): void {
  for (const tag of CONFLICTS[cls]) t.tags.delete(tag);
  t.tags.add(cls);
}

/**
 * The context rules term candidates need, over the word before and after
 * (as compromise's own rules early-warning, faith-based, stable-foundations,
 * the-gerund-noun, a-rep-to do, and nouns its word-shape tagger reads as
 * verbs): whether a content word is a noun, or an adjective that may not end
 * a term. They run in one pass over the tags the pre-tagger gave.
 */
function contextRules(terms: CompromiseTerm[]): void {
  terms.forEach((t, i) => {
    const prev = terms[i - 1];
    const next = terms[i + 1];
    const joined = prev !== undefined && !PUNCTUATION.test(prev.post);
    const beforeNoun = next !== undefined && !PUNCTUATION.test(t.post) && next.tags.has('Noun') && !next.tags.has('Pronoun');
    if (bareVerb(t) && nounInContext(terms, i)) retag(t, 'Noun');
    // A gerund after an adjective is a noun: early weaning, oral feeding.
    else if (t.tags.has('Gerund') && joined && prev.tags.has('Adjective')) retag(t, 'Noun');
    // A participle or gerund ending a hyphenated compound before a noun makes it an adjective: population-based survey, life-threatening disease.
    else if (prev?.post === '-' && beforeNoun && ['PastTense', 'Participle', 'Gerund'].some((c) => t.tags.has(c))) retag(t, 'Adjective');
    // A gerund between a determiner and a noun is a modifier: the prescribing physicians.
    else if (t.tags.has('Gerund') && joined && prev.tags.has('Determiner') && beforeNoun) retag(t, 'Adjective');
    // A word that is an adjective or a noun is the modifier before a noun (academic qualifications) and the noun after a determiner before a conjunction (the patient or).
    else if (t.switch === 'Adj|Noun' && !t.tags.has('ProperNoun')) {
      if (beforeNoun && !next.tags.has('ProperNoun')) retag(t, 'Adjective');
      else if (joined && prev.tags.has('Determiner') && next?.tags.has('Conjunction')) retag(t, 'Noun');
    }
  });
}

/** One sentence's terms, tagged. */
export function tagTerms(text: string): CompromiseTerm[] {
  const { nlp, View } = compromise();
  steps ??= nlp.hooks().filter((h) => h !== 'postTagger' && h !== 'id');
  const terms = new View(nlp.world().methods.one.tokenize.fromString(text, nlp.world())).compute(steps).docs.flat();
  contextRules(terms);
  return terms;
}
