import { language, shared } from '../lang/index.js';
import type { LabCategory, Lang } from '../types.js';
import { isFunctionWord } from './lexicon.js';
import type { Token } from './tokens.js';
import { FormQuestion, fold, phraseKeys, wordKey } from './tokens.js';

/**
 * The word lists the mention finders read besides the lexicons, loaded once
 * per language: context words and blocking phrases (`language(lang).contextWords()`,
 * `.blockers()`).
 */

export interface ContextWords {
  labCue: Set<string>;
  labBefore: Set<string>;
  notDrug: Set<string>;
  notLab: Set<string>;
  workupHead: Set<string>;
  /** Qualifiers by their plural-folded key (`wordKey`), and one-word work-ups, with the category they give. */
  workupQualifier: Map<string, LabCategory>;
  workupAlone: Map<string, LabCategory>;
  salt: Set<string>;
  /** Words that end the reach from a test's name to its value, and the words of a series of values. */
  valueStop: Set<string>;
  seriesFrom: Set<string>;
  seriesTo: Set<string>;
  /** Endings of abstract nouns (`-dade`, `-ância`): no analyte. */
  abstractEnding: string[];
  /** A negated predicate (`not significant`, `não especializados em`): the cues that negate one, its words and endings (docs/entities.md, "Subject and certainty"). */
  predicateNegation: Set<string>;
  adjectiveEnding: string[];
  participleEnding: string[];
  adverbEnding: string[];
  copula: Set<string>;
  auxiliary: Set<string>;
  predicateComplement: Set<string>;
  absenceComplement: Set<string>;
  /** A negated adjective and the preposition after it that names what is absent (`significant for`, `reagente para`). */
  absencePredicate: Set<string>;
  /** Words that join a negated predicate to another one the negation also covers (`or`, `nem`). */
  predicateCoordinator: Set<string>;
  /** Phrases (words folded, space-separated) that make a sentence a claim about the literature (`to our knowledge`, `in children`). */
  literatureFrame: string[][];
  /** Endings of adjectives that make `análises` an analysis of data, not a work-up (`estatísticas`, `descritivas`). */
  analysisEnding: string[];
  /** Endings of nouns naming an infectious agent (`coronavirus`): a name they end is the agent's. */
  agentEnding: string[];
  /** Nouns naming an infection (`infection`, `infecção`), by their plural-folded key, and the prepositions naming its agent after them (`with`, `por`). */
  infectionHead: Set<string>;
  agentPreposition: Set<string>;
  /** Nouns and endings of nouns naming how a drug is given (`infusion`, `bloqueio`, `-terapia`), by their plural-folded key, and the prepositions between such a noun and the drug (`with`, `de`). */
  administrationNoun: Set<string>;
  administrationEnding: string[];
  administrationLink: Set<string>;
}

const ENDING_KINDS = { 'abstract-ending': 'abstractEnding', 'adjective-ending': 'adjectiveEnding', 'participle-ending': 'participleEnding', 'adverb-ending': 'adverbEnding', 'agent-ending': 'agentEnding', 'analysis-ending': 'analysisEnding', 'administration-ending': 'administrationEnding' } as const;

/** The kinds of context-words.tsv that are plain word sets, and the field each fills. */
const SET_KINDS = {
  salt: 'salt',
  'lab-cue': 'labCue',
  'lab-before': 'labBefore',
  'not-lab': 'notLab',
  'not-drug': 'notDrug',
  'value-stop': 'valueStop',
  'series-from': 'seriesFrom',
  'series-to': 'seriesTo',
  'predicate-negation': 'predicateNegation',
  copula: 'copula',
  auxiliary: 'auxiliary',
  'predicate-complement': 'predicateComplement',
  'absence-complement': 'absenceComplement',
  'absence-predicate': 'absencePredicate',
  'predicate-coordinator': 'predicateCoordinator',
  'agent-preposition': 'agentPreposition',
  'administration-link': 'administrationLink',
} as const;

const contextCache = new Map<Lang, ContextWords>();

export function contextWords(lang: Lang): ContextWords {
  let c = contextCache.get(lang);
  if (!c) {
    c = { labCue: new Set(), labBefore: new Set(), notDrug: new Set(), notLab: new Set(), workupHead: new Set(), workupQualifier: new Map(), workupAlone: new Map(), salt: new Set(), valueStop: new Set(), seriesFrom: new Set(), seriesTo: new Set(), abstractEnding: [], predicateNegation: new Set(), adjectiveEnding: [], participleEnding: [], adverbEnding: [], copula: new Set(), auxiliary: new Set(), predicateComplement: new Set(), absenceComplement: new Set(), absencePredicate: new Set(), predicateCoordinator: new Set(), literatureFrame: [], agentEnding: [], analysisEnding: [], infectionHead: new Set(), agentPreposition: new Set(), administrationNoun: new Set(), administrationEnding: [], administrationLink: new Set() };
    for (const r of language(lang).contextWords()) {
      const form = fold(r.form!);
      const kind = r.kind!;
      if (kind.startsWith('workup-')) {
        const category: LabCategory = kind.endsWith('-laboratory') ? 'laboratory' : 'examination';
        if (kind === 'workup-head') c.workupHead.add(form);
        else if (kind.startsWith('workup-alone-')) c.workupAlone.set(form, category);
        else c.workupQualifier.set(wordKey(form, lang), category);
        continue;
      }
      if (kind === 'infection-head' || kind === 'administration-noun') {
        c[kind === 'infection-head' ? 'infectionHead' : 'administrationNoun'].add(wordKey(form, lang));
        continue;
      }
      if (kind === 'literature-frame') {
        c.literatureFrame.push(form.split(/\s+/));
        continue;
      }
      if (kind in ENDING_KINDS) {
        c[ENDING_KINDS[kind as keyof typeof ENDING_KINDS]].push(form);
        continue;
      }
      // The door lets only the kinds it knows through.
      c[SET_KINDS[kind as keyof typeof SET_KINDS]].add(form);
    }
    contextCache.set(lang, c);
  }
  return c;
}

let particles: Map<string, boolean> | undefined;

/**
 * Whether a word is a particle of the eponym after it (`von`, `de`:
 * src/lang/shared/eponym-particles.tsv, the same in both languages): part
 * of the name. `La`, `Le` only capitalised, as the name writes them.
 */
export function eponymParticle(t: Token): boolean {
  particles ??= new Map(shared().eponymParticles().map((r) => [r.form!, r.written === 'capital']));
  const capital = particles.get(t.lower);
  return capital !== undefined && (!capital || /^\p{Lu}/u.test(t.text));
}

/** Whether a word (lower case) ends as an abstract noun of its language does (`gravidade`, `confiança`). */
export function abstractEnding(lower: string, lang: Lang): boolean {
  return endsAs(lower, contextWords(lang).abstractEnding);
}

/** Whether a word (lower case) is longer than one of `endings` by three letters or more and ends on it. */
export function endsAs(lower: string, endings: string[]): boolean {
  const w = fold(lower);
  return endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/** A word's kinds in the lists above and in the function words, as bits: the rules ask several of every free word. */
export const LAB_CUE = 1;
export const LAB_BEFORE = 2;
export const NOT_DRUG = 4;
export const NOT_LAB = 8;
export const FUNCTION_WORD = 16;

const kinds = new FormQuestion((t: Token, lang: Lang): number => {
  const c = contextWords(lang);
  const w = t.lower;
  return (c.labCue.has(w) ? LAB_CUE : 0) | (c.labBefore.has(w) ? LAB_BEFORE : 0) | (c.notDrug.has(w) ? NOT_DRUG : 0) | (c.notLab.has(w) ? NOT_LAB : 0) | (isFunctionWord(w, lang) ? FUNCTION_WORD : 0);
});

/** The kinds (`LAB_CUE` …) of a token's lower-cased form. */
export const wordKinds = (t: Token, lang: Lang): number => kinds.of(t, lang);

const blockerCache = new Map<Lang, Map<string, string[][]>>();

/** Blocking phrases by the key of their first token, longest first. */
export function blockers(lang: Lang): Map<string, string[][]> {
  let map = blockerCache.get(lang);
  if (!map) {
    map = new Map();
    for (const r of language(lang).blockers()) {
      const keys = phraseKeys(r.phrase!, lang);
      if (keys.length === 0) continue;
      map.set(keys[0]!, [...(map.get(keys[0]!) ?? []), keys].sort((a, b) => b.length - a.length));
    }
    blockerCache.set(lang, map);
  }
  return map;
}
