import type { Lang } from '../types.js';
import { loadYamlList } from '../lang/data.js';
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

/** A compromise term as tagged (its internal shape, read-only here). */
interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  pre: string;
  post: string;
  /** Other forms compromise's rules match a term by. */
  machine?: string;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
}

/** One of compromise's context rules (its post-tagger's match/tag patterns), and the fields its net builder adds. */
interface ContextRule {
  match: string;
  reason?: string;
  notIf?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** The parts of compromise the tagger drives: its steps, its rule matcher and tag writer. */
interface Compromise {
  (text: string): CompromiseView;
  hooks(): string[];
  world(): {
    model: { two: { matches: ContextRule[] } };
    methods: {
      one: {
        buildNet(rules: ContextRule[], world: unknown): { hooks: Record<string, ContextRule[]> };
        match(chunks: CompromiseTerm[][], rule: ContextRule): { ptrs: number[][] };
        bulkTagger(found: Array<ContextRule & { pointer: number[] }>, chunks: CompromiseTerm[][], world: unknown): void;
        tokenize: { fromString(text: string, world: unknown): CompromiseTerm[][] };
      };
      two: { quickSplit(docs: CompromiseTerm[][]): CompromiseTerm[][] };
    };
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
 * context-rule pass, which `runContextRules` replaces.
 */
let tagger: { View: ViewClass; steps: string[] } | undefined;

function steps(c: Compromise): { View: ViewClass; steps: string[] } {
  // An empty input gives a bare view; its class makes views of tokenized text without re-running `nlp.tokenize`'s normalisation.
  // Term ids only serve compromise's editing API; no step here reads them.
  return (tagger ??= { View: c('').constructor as ViewClass, steps: c.hooks().filter((h) => h !== 'postTagger' && h !== 'id') });
}

/** A context rule as the sweep tries it: its order among compromise's hooks for each hook key, for identical precedence. */
interface IndexedRule {
  rule: ContextRule;
  order: Array<[string, number]>;
  stamp: number;
}

/**
 * compromise's context-rule pass runs ~570 rules and was three quarters of
 * the tagging time, with its rule lookup itself costlier than the matching.
 * The term candidates run only the rules listed in
 * src/lang/en/context-rules.yaml (those that change whether a word is a
 * noun, adjective or verb in clinical prose), looked up by one key each.
 */
interface RuleIndex {
  /** Rules by one key they need (a word, `#Tag` or `%Switch%`). */
  byKey: Map<string, IndexedRule[]>;
  /** Every word and `%Switch%` key the rules test. */
  words: Set<string>;
  /** `#Tag` keys the rules test, by tag. */
  tags: Map<string, string>;
}

let contextRules: RuleIndex | undefined;

function rulesIndex(c: Compromise): RuleIndex {
  if (contextRules) return contextRules;
  const keep = new Set(loadYamlList<{ rule: string }>('src/lang/en/context-rules.yaml', ['rule']).map((r) => r.rule));
  const world = c.world();
  // Copies: the net builder writes its parse into each rule, and the shared model's rules may already hold compromise's own parse.
  const copies = world.model.two.matches.filter((r) => r.reason !== undefined && keep.has(r.reason)).map((r) => ({ ...r }));
  const parsedNotIf = new Map<ContextRule, unknown>();
  for (const r of copies) if (r.notIf !== undefined && typeof r.notIf !== 'string') (parsedNotIf.set(r, r.notIf), delete r.notIf);
  const net = world.methods.one.buildNet(copies, world);
  for (const [r, notIf] of parsedNotIf) r.notIf = notIf;
  const indexed = new Map<ContextRule, IndexedRule>();
  Object.keys(net.hooks).forEach((key, rank) =>
    net.hooks[key]!.forEach((rule, at) => {
      let e = indexed.get(rule);
      if (!e) indexed.set(rule, (e = { rule, order: [], stamp: 0 }));
      e.order.push([key, rank * 10_000 + at]);
    }),
  );
  const byKey = new Map<string, IndexedRule[]>();
  const hook = (key: string, e: IndexedRule) => {
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  };
  // A rule needs all its `needs`: one of them is enough to find it; a rule without needs is found by any of its `wants`.
  for (const e of indexed.values()) {
    if (e.rule.needs.length > 0) hook(e.rule.needs[0]!, e);
    else for (const w of e.rule.wants) hook(w, e);
  }
  const keys = [...indexed.keys()].flatMap((r) => [...r.needs, ...r.wants, ...(r.ifNo ?? [])]);
  return (contextRules = {
    byKey,
    words: new Set(keys.filter((k) => !k.startsWith('#'))),
    tags: new Map(keys.filter((k) => k.startsWith('#')).map((k) => [k.slice(1), k])),
  });
}

/** The keys of a chunk the rules test: compromise's chunk cache (`cacheDoc`), limited to those keys, which is all the sweep reads. */
function chunkKeys(terms: CompromiseTerm[], index: RuleIndex): Set<string> {
  const have = new Set<string>();
  const word = (w: string | undefined) => {
    if (w && index.words.has(w)) have.add(w);
  };
  for (const t of terms) {
    word(t.normal);
    word(t.machine);
    word(t.root);
    word(t.implicit);
    if (t.switch) word(`%${t.switch}%`);
    t.alias?.forEach(word);
    for (const tag of t.tags) {
      const key = index.tags.get(tag);
      if (key) have.add(key);
    }
  }
  return have;
}

let sweepStamp = 0;

/**
 * compromise's sweep over comma-split chunks, restricted to the listed rules:
 * the same candidate filters (needs, wants, ifNo, length) and the same order
 * of application as its own postTagger, so a listed rule tags as it would there.
 */
function runContextRules(c: Compromise, chunks: CompromiseTerm[][]): void {
  const index = rulesIndex(c);
  const { methods } = c.world();
  const found: Array<ContextRule & { pointer: number[] }> = [];
  for (let n = 0; n < chunks.length; n++) {
    const terms = chunks[n]!;
    const have = chunkKeys(terms, index);
    const tries: Array<[number, ContextRule]> = [];
    sweepStamp++;
    for (const key of have) {
      const list = index.byKey.get(key);
      if (!list) continue;
      for (const e of list) {
        if (e.stamp === sweepStamp) continue;
        e.stamp = sweepStamp;
        const r = e.rule;
        if (terms.length < r.minWords || !r.needs.every((k) => have.has(k))) continue;
        if (r.wants.length > 0 && r.wants.filter((k) => have.has(k)).length < r.minWant) continue;
        let order = Infinity;
        for (const [k, o] of e.order) if (o < order && have.has(k)) order = o;
        tries.push([order, r]);
      }
    }
    tries.sort((a, b) => a[0] - b[0]);
    const tried = new Set<string>();
    for (const [, r] of tries) {
      // compromise tries one rule per match pattern, the first in its order.
      if (tried.has(r.match)) continue;
      tried.add(r.match);
      if (r.ifNo?.some((k) => have.has(k))) continue;
      for (const pointer of methods.one.match([terms], r).ptrs) found.push({ ...r, pointer: [n, pointer[1]!, pointer[2]!] });
    }
  }
  if (found.length > 0) methods.one.bulkTagger(found, chunks, c.world());
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
  // After an article, or an article and an adjective: the mean, a lower limb.
  if (ARTICLES.has(prev.normal)) return true;
  if (prev.tags.has('Adjective') && !prev.tags.has('Noun') && ARTICLES.has(terms[i - 2]?.normal ?? '')) return true;
  if (!/[^s]s$/.test(t.normal)) return false;
  // A verb in -s cannot follow an adjective or a count: negative stereotypes, three scales.
  if ((prev.tags.has('Adjective') && !prev.tags.has('Noun')) || (prev.tags.has('Value') && !['one', '1'].includes(prev.normal))) return true;
  // After a noun, it is a verb unless the clause goes on with a copula, modal or conjunction or ends there (severity scores and).
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || prev.tags.has('Possessive')) return false;
  const next = terms[i + 1];
  return PUNCTUATION.test(t.post) || next === undefined || CLAUSE_STARTS.some((c) => next.tags.has(c));
}

/**
 * Nouns the word-shape tagger reads as verbs, which compromise's costlier
 * context rules would mostly mend (see context-rules.yaml): a few general
 * rules over the word before (article, preposition, adjective, number) and,
 * after a noun, the word after.
 */
function nounsReadAsVerbs(terms: CompromiseTerm[]): void {
  terms.forEach((t, i) => {
    if (!bareVerb(t) || !nounInContext(terms, i)) return;
    for (const v of ['Verb', 'PresentTense', 'Infinitive', 'Imperative']) t.tags.delete(v);
    t.tags.add('Noun');
  });
}

/** One sentence's terms, tagged. */
function tagTerms(text: string): CompromiseTerm[] {
  if (!nlp) throw new Error('englishCandidates: call loadEnglishTagger() first');
  const { View, steps: compute } = steps(nlp);
  const { methods } = nlp.world();
  const doc = new View(methods.one.tokenize.fromString(text, nlp.world())).compute(compute);
  runContextRules(nlp, methods.two.quickSplit(doc.docs));
  const terms = doc.compute('unfreeze').docs.flat();
  nounsReadAsVerbs(terms);
  return terms;
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
  const stop = stopList('en');
  const terms = tagTerms(text);
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
