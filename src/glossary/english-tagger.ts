/**
 * English part-of-speech tags for term candidates: compromise's tokenizer and
 * tagging steps, with context rules that retag a word by its neighbours
 * (a noun after an article, a bare verb before one).
 */

/** A compromise term as tagged (its internal shape); `contextRules` retags it, each term being this sentence's own. */
interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  pre: string;
  post: string;
  /** Set on words the lexicon lists under two classes (`Adj|Noun`: patient, academic). */
  switch?: string;
}

/** The parts of compromise the tagger drives: its tokenizer and its tagging steps. */
interface Compromise {
  (text: string): CompromiseView;
  hooks(): string[];
  world(): {
    methods: { one: { tokenize: { fromString(text: string, world: unknown): CompromiseTerm[][] } } };
    model: { one: { lexicon: Record<string, string | string[] | undefined> } };
  };
}
interface CompromiseView {
  compute(steps: string | string[]): CompromiseView;
  docs: CompromiseTerm[][];
}

let nlp: Compromise | undefined;

/**
 * compromise takes a quarter second to import, so it is loaded on first use:
 * its CommonJS build, which loads faster and is the one entities/phrase.ts
 * requires, so the process holds one copy (this module never changes its
 * shared model).
 */
export async function loadEnglishTagger(): Promise<void> {
  if (!nlp) nlp = (await import('node:module')).createRequire(import.meta.url)('compromise/two') as Compromise;
}

/** A compromise document view over tokenized sentences (its View class). */
type ViewClass = new (document: CompromiseTerm[][]) => CompromiseView;

/**
 * compromise's own steps, as `nlp(text)` runs them (tokens, lexicon, the
 * word-shape pre-tagger, 's as is/has or a possessive), but for its
 * context-rule pass: ~570 match patterns, three quarters of the tagging
 * time, most of them about dates, names, places, money or function words
 * the stop list breaks on anyway. `contextRules` below does the part term
 * candidates need.
 */
let tagger: { View: ViewClass; steps: string[] } | undefined;

function steps(c: Compromise): { View: ViewClass; steps: string[] } {
  // An empty input gives a bare view; its class makes views of tokenized text without re-running `nlp.tokenize`'s normalisation.
  // Term ids only serve compromise's editing API; no step here reads them.
  return (tagger ??= { View: c('').constructor as ViewClass, steps: c.hooks().filter((h) => h !== 'postTagger' && h !== 'id') });
}

const PUNCTUATION = /[,;:.!?()[\]"]/;
/** Word classes after which a verb in -s cannot go on, so the -s word ended a noun phrase. */
const CLAUSE_STARTS = ['Copula', 'Auxiliary', 'Modal', 'Conjunction'];
const ARTICLES = new Set(['a', 'an', 'the']);

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
  if (t.switch !== 'Plural|Verb' && nlp!.world().model.one.lexicon[t.normal] === 'PresentTense') return false;
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
  if (!nlp) throw new Error('englishCandidates: call loadEnglishTagger() first');
  const { View, steps: compute } = steps(nlp);
  const terms = new View(nlp.world().methods.one.tokenize.fromString(text, nlp.world())).compute(compute).docs.flat();
  contextRules(terms);
  return terms;
}
