import { bilingual, language, shared } from '../lang/index.js';
import type { Lang } from '../types.js';
import type { Token } from './tokens.js';
import { fold, FormQuestion, wordKey } from './tokens.js';

/**
 * Word formation that marks unknown words: INN stems make a drug
 * (`-mab`, `-pril`, `-olol` …; `src/lang/shared/drug-stems.tsv`), disease
 * suffixes and head nouns make a diagnosis (`-itis`, `-ose`, `<X> syndrome`,
 * `doença de <X>`; `src/lang/<lang>/disease-morphology.tsv`).
 */

export interface Stem {
  stem: string;
  drugClass: string;
  atc?: string;
  minLength: number;
}

/**
 * Word endings in a trie of their letters read backwards: a word is checked
 * by walking its own last letters once, instead of an `endsWith` per ending
 * (there are over a hundred INN stems, tried on every free word).
 */
export class Endings<T> {
  private readonly root: EndingNode<T> = { next: new Map() };

  add(ending: string, minLength: number, value: T): void {
    let node = this.root;
    for (let i = ending.length - 1; i >= 0; i--) {
      const c = ending.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push({ minLength, value });
  }

  /** The value of the longest ending `word` has and is long enough for; among equal endings, the first added. */
  find(word: string): T | undefined {
    let best = firstFitting(this.root, word.length);
    let node: EndingNode<T> | undefined = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      node = node.next.get(word.charCodeAt(i));
      if (!node) break;
      const fit = firstFitting(node, word.length);
      if (fit) best = fit;
    }
    return best?.value;
  }

  has(word: string): boolean {
    return this.find(word) !== undefined;
  }
}

interface EndingNode<T> {
  next: Map<number, EndingNode<T>>;
  /** Endings that end here, in the order added. */
  entries?: Array<{ minLength: number; value: T }>;
}

function firstFitting<T>(node: EndingNode<T>, length: number): { value: T } | undefined {
  if (node.entries) for (const e of node.entries) if (length >= e.minLength) return e;
  return undefined;
}

interface Morphology {
  stems: Endings<Stem>;
  suffixes: Endings<true>;
  heads: Set<string>;
  findings: Set<string>;
  examinationSuffixes: Endings<true>;
  stops: Set<string>;
  modifiers: Set<string>;
  adjSuffixes: Endings<true>;
  nonModifiers: Set<string>;
}

const cache = new Map<Lang, Morphology>();

function load(lang: Lang): Morphology {
  const hit = cache.get(lang);
  if (hit) return hit;
  const m: Morphology = { stems: new Endings(), suffixes: new Endings(), heads: new Set(), findings: new Set(), examinationSuffixes: new Endings(), stops: new Set(), modifiers: new Set(), adjSuffixes: new Endings(), nonModifiers: new Set() };
  // Longest stem first; among stems of one length, the file's order.
  for (const r of shared().drugStems()) {
    const minLength = Number(r.min_length);
    m.stems.add(r.stem!, minLength, { stem: r.stem!, drugClass: r.class!, atc: r.atc || undefined, minLength });
  }
  for (const r of language(lang).diseaseMorphology()) {
    const form = fold(r.form!);
    const minLength = Number(r.min_length || 0);
    if (r.kind === 'suffix') m.suffixes.add(form, minLength, true);
    else if (r.kind === 'head') m.heads.add(wordKey(form, lang));
    else if (r.kind === 'finding') m.findings.add(form);
    else if (r.kind === 'examination-suffix') m.examinationSuffixes.add(form, minLength, true);
    else if (r.kind === 'stop') m.stops.add(form);
    else if (r.kind === 'modifier') m.modifiers.add(form);
    else if (r.kind === 'nonmodifier') m.nonModifiers.add(form);
    else if (r.kind === 'adjsuffix') m.adjSuffixes.add(form, minLength, true);
  }
  cache.set(lang, m);
  return m;
}

const WORDLIKE = /^\p{L}[\p{L}-]*$/u;

/** The INN stem a word ends with, if it is long enough to be a drug name. */
export function drugStem(token: Token, lang: Lang): Stem | undefined {
  return wordStem(token.lower, lang);
}

/** The INN stem a word (folded: lower case, no accents) ends with, if it is long enough to be a drug name. */
export function wordStem(word: string, lang: Lang): Stem | undefined {
  return WORDLIKE.test(word) ? load(lang).stems.find(word) : undefined;
}

interface ProcedureRules {
  suffixes: Endings<true>;
  stops: Set<string>;
}
const procedureCache = new Map<Lang, ProcedureRules>();

/** Whether a word names a surgical procedure by its ending (`apendicectomia`, `craniotomia`); `treatments.tsv`, in the languages it has a column for. */
export function procedureSuffix(token: Token, lang: Lang): boolean {
  let rules = procedureCache.get(lang);
  if (!rules) {
    rules = { suffixes: new Endings(), stops: new Set() };
    for (const r of bilingual().treatments()) {
      const forms = (r[lang] ?? '').split('|').map((f) => fold(f.trim())).filter(Boolean);
      if (r.kind === 'suffix') for (const f of forms) rules.suffixes.add(f, Number(r.min_length || 0), true);
      else if (r.kind === 'stop') for (const f of forms) rules.stops.add(f);
    }
    procedureCache.set(lang, rules);
  }
  const w = token.lower;
  if (!WORDLIKE.test(w) || rules.stops.has(w)) return false;
  return rules.suffixes.has(w);
}

/** Whether a word is one the language's disease morphology lists as a look-alike (`diagnosis`, `empathy`, `academia`): no disease, whatever its ending. */
export function isDiseaseLookAlike(word: string, lang: Lang): boolean {
  return load(lang).stops.has(fold(word.toLowerCase()));
}

/** Whether a word looks like a disease or finding by its suffix (`vasculitis`, `nefropatia`). */
export function diseaseSuffix(token: Pick<Token, 'lower'>, lang: Lang): boolean {
  const w = token.lower;
  if (!WORDLIKE.test(w)) return false;
  const m = load(lang);
  if (m.stops.has(w)) return false;
  return m.suffixes.has(w);
}

/** Whether a word (any case) is a disease or finding by the language's disease morphology: a head of disease names (`syndrome`, `pain`) or a disease ending (`vasculitis`), look-alikes aside. */
export function isDiseaseWord(word: string, lang: Lang): boolean {
  const lower = fold(word.toLowerCase());
  const form = { lower, key: wordKey(lower, lang) };
  return !isDiseaseLookAlike(lower, lang) && (diseaseSuffix(form, lang) || isDiseaseHead(form, lang));
}

/** Whether a word's key is a head of disease names (`syndrome`, `doença`). */
export function isDiseaseHead(token: Pick<Token, 'key'>, lang: Lang): boolean {
  return load(lang).heads.has(token.key);
}

/** Whether a word names an examination by its ending (`colposcopia`, `bronchoscopy`). */
export function examinationSuffix(token: Token, lang: Lang): boolean {
  const w = token.lower;
  return WORDLIKE.test(w) && load(lang).examinationSuffixes.has(w);
}

/** A word listed as never qualifying a finding (`normal`, `progressivo`, `instalação`). */
export function isNonModifier(token: Token, lang: Lang): boolean {
  return load(lang).nonModifiers.has(token.lower);
}

/** A noun that is a finding mention by itself (`intercorrências`, `oclusão`), as well as the head of a longer name. */
export function isFinding(token: Token, lang: Lang): boolean {
  return load(lang).findings.has(token.lower);
}

const modifier = new FormQuestion((t: Token, lang: Lang) => diseaseModifier(t, lang, false));
const modifierOrName = new FormQuestion((t: Token, lang: Lang) => diseaseModifier(t, lang, true));

/** An adjective or attributive noun that can sit inside a disease name (`renal`, `Crohn's`, `aguda`); with `capitalisedOk`, a name or symbol too. */
export function isDiseaseModifier(token: Token, lang: Lang, capitalisedOk: boolean): boolean {
  return (capitalisedOk ? modifierOrName : modifier).of(token, lang);
}

function diseaseModifier(token: Token, lang: Lang, capitalisedOk: boolean): boolean {
  const m = load(lang);
  const w = token.lower;
  // A gene or protein symbol names the disorder it heads (`G6PD deficiency`, `C7 deficiency`, `DPD deficiency`).
  if (capitalisedOk && /^[A-Z][A-Z0-9]{1,6}$/.test(token.text) && /\d|[A-Z].*[A-Z]/.test(token.text)) return true;
  // `fragile X syndrome`, `type II`: a letter or Roman numeral naming the form.
  if (capitalisedOk && /^(?:[A-Z]|II|III|IV|VI|VII)$/.test(token.text)) return true;
  if (!WORDLIKE.test(w.replace(/['’]s$/, ''))) return false;
  if (m.modifiers.has(w)) return true;
  if (m.stops.has(w) || m.nonModifiers.has(w)) return false;
  if (capitalisedOk && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(token.text) && w.length > 3) return true;
  return m.adjSuffixes.has(w);
}


/**
 * What word formation alone makes of a word, by the first rule that holds
 * in the order the rule-based extractor tries them: an INN stem (a drug),
 * an examination ending, a procedure ending, a disease suffix, a finding
 * noun, a disease head noun.
 */
export type Formation = { kind: 'stem'; stem: Stem } | { kind: 'examination' | 'procedure' | 'disease' | 'finding' | 'head' };

const formation = new FormQuestion(formationAfresh);

/** The rule of `formation` for a word token (remembered with its written form). */
export function formationOf(token: Token, lang: Lang): Formation | undefined {
  return formation.of(token, lang);
}

function formationAfresh(token: Token, lang: Lang): Formation | undefined {
  const stem = drugStem(token, lang);
  if (stem) return { kind: 'stem', stem };
  if (examinationSuffix(token, lang)) return { kind: 'examination' };
  if (procedureSuffix(token, lang)) return { kind: 'procedure' };
  if (diseaseSuffix(token, lang)) return { kind: 'disease' };
  if (isFinding(token, lang)) return { kind: 'finding' };
  if (isDiseaseHead(token, lang)) return { kind: 'head' };
  return undefined;
}
