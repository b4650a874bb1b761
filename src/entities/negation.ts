import { language } from '../lang/index.js';
import type { Lang, Subject } from '../types.js';
import { ofWords } from './nearby.js';
import type { Token } from './tokens.js';
import { FormQuestion, fold, tokenize } from './tokens.js';
import type { ContextWords } from './words.js';
import { contextWords, endsAs } from './words.js';

/**
 * NegEx / ConText: negation cues, hedges, plans and experiencer cues with a
 * scope of a few words in one direction, cut by termination terms and clause
 * punctuation (`src/lang/<lang>/negation.yaml`). A relative's scope
 * (`his mother has …`), or another person's (`her husband had …`), also ends
 * where someone else is named: the patient again, or another person.
 */

export type CueKind = 'negation' | 'uncertainty' | 'pseudo' | 'termination' | 'patient' | 'background' | 'anaphora' | 'family' | 'other' | 'plan' | 'unperformed' | 'event';
type Direction = 'forward' | 'backward' | 'both';

interface Cue {
  words: string[];
  kind: CueKind;
  direction: Direction;
  /** Names the patient as well (`denies`, `nega`). */
  patient: boolean;
  /** A report cue (`has not been reported`), void in a claim about the literature. */
  claim: boolean;
}

export interface CueHit {
  kind: CueKind;
  direction: Direction;
  /** Token range of the cue. */
  from: number;
  to: number;
  patient: boolean;
  /** A negation of a predicate (`not significant`, `não especializados em`): its forward scope ends before this token. */
  until?: number;
}

/** How many words a cue reaches (NegEx uses five; clinical prose runs longer). */
const SCOPE = 8;
const CLAUSE_BREAK = new Set(['.', ';', '!', '?']);

const cache = new Map<Lang, Map<string, Cue[]>>();

function cues(lang: Lang): Map<string, Cue[]> {
  let byFirst = cache.get(lang);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const e of language(lang).negationCues<{ cue: string; kind: CueKind; direction: Direction; experiencer?: string; claim?: boolean }>()) {
    const words = tokenize(String(e.cue), lang).map((t) => t.lower);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, kind: e.kind, direction: e.direction, patient: e.kind === 'patient' || e.experiencer === 'patient', claim: e.claim === true });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(lang, byFirst);
  return byFirst;
}

const cuesFrom = new FormQuestion((t: Token, lang: Lang) => cues(lang).get(t.lower));

/** Cue occurrences in a tokenised sentence, longest first, not overlapping. */
export function findCues(tokens: Token[], lang: Lang): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = cuesFrom.of(tokens[i]!, lang);
    if (!list) continue;
    const cue = cueAt(tokens, i, list);
    if (!cue) continue;
    // Short cues written in capitals (`HD`) only count as written.
    if (cue.words.length === 1 && /^[A-Z]{2,}$/.test(tokens[i]!.text) && tokens[i]!.text.toLowerCase() !== tokens[i]!.lower) continue;
    const hit: CueHit = { kind: cue.kind, direction: cue.direction, from: i, to: i + cue.words.length, patient: cue.patient };
    if (cue.kind === 'negation' && cue.words.length === 1) {
      const until = predicateEnd(tokens, i, lang);
      if (until !== undefined) hit.until = until;
    }
    // In a claim about the literature the cue negates nothing, and its `not` no mention after it either.
    if (cue.claim && literatureClaim(tokens, i, lang)) hit.kind = 'pseudo';
    hits.push(hit);
    i += cue.words.length - 1;
  }
  return hits;
}

/**
 * Whether the sentence around token `i` is a claim about the literature
 * (`To our knowledge, X has not been reported in children`): a report cue
 * there says nothing about the patient's own findings.
 */
function literatureClaim(tokens: Token[], i: number, lang: Lang): boolean {
  let from = i;
  while (from > 0 && !(!tokens[from - 1]!.word && CLAUSE_BREAK.has(tokens[from - 1]!.text))) from--;
  let to = i;
  while (to < tokens.length && !(!tokens[to]!.word && CLAUSE_BREAK.has(tokens[to]!.text))) to++;
  for (const frame of contextWords(lang).literatureFrame) {
    for (let k = from; k + frame.length <= to; k++) {
      let n = 0;
      while (n < frame.length && tokens[k + n]!.lower === frame[n]) n++;
      if (n === frame.length) return true;
    }
  }
  return false;
}

/**
 * Where the scope of a negation cue at `i` ends when it negates a predicate
 * rather than what follows: `not` / `não` before an adjective (`not
 * significant`, `não farmacológicas`), after a copula or an adverb (`não foi
 * estatisticamente significativo`), or before a participle with a
 * complement of its own (`não especializados em`). The predicate is negated,
 * not a mention after it (`terapias não farmacológicas para a dor`). The
 * negation goes on when the predicate's complement names what is absent
 * (`not treated with insulin`, `não acompanhada de`, `not significant for`,
 * `não reagente para`), after a copula and a participle (a passive: `não foi
 * iniciada a varfarina`, what follows is what was not done), and after an
 * auxiliary a verb follows, not a predicate (`did not reveal`). Predicates
 * joined by `or` / `nem` or a comma are all negated (`not hypertensive or
 * diabetic`). Undefined when the scope is the cue's usual one.
 */
function predicateEnd(tokens: Token[], i: number, lang: Lang): number | undefined {
  const cw = contextWords(lang);
  if (!cw.predicateNegation.has(tokens[i]!.lower)) return undefined;
  const before = tokens[i - 1];
  if (before?.word && cw.auxiliary.has(before.lower)) return undefined;
  let k = i + 1;
  let copula = false;
  if (tokens[k]?.word && cw.copula.has(fold(tokens[k]!.lower))) {
    k++;
    copula = true;
  }
  if (tokens[k]?.word && endsAs(tokens[k]!.lower, cw.adverbEnding)) k++;
  const word = tokens[k];
  if (!word?.word) return undefined;
  const next = tokens[k + 1];
  const complement = next?.word ? fold(next.lower) : undefined;
  if (complement !== undefined && cw.absenceComplement.has(complement)) return undefined;
  if (complement !== undefined && cw.absencePredicate.has(`${fold(word.lower)} ${complement}`)) return undefined;
  if (endsAs(word.lower, cw.adjectiveEnding)) return coordinated(tokens, k + 1, cw);
  if (!endsAs(word.lower, cw.participleEnding) || copula) return undefined;
  if (complement !== undefined && cw.predicateComplement.has(complement)) return coordinated(tokens, k + 1, cw);
  return undefined;
}

/**
 * The end of a list of negated predicates that starts with one ending before
 * `end`: `not hypertensive or diabetic`, `não diabético, hipertenso ou obeso`.
 * A word after `or` / `nem` is joined; one after a comma when it is an
 * adjective or another comma or `or` follows it.
 */
function coordinated(tokens: Token[], end: number, cw: ContextWords): number {
  for (;;) {
    const join = tokens[end];
    const word = tokens[end + 1];
    if (!join || !word?.word) return end;
    const joins = (t: Token | undefined) => t !== undefined && t.word && cw.predicateCoordinator.has(fold(t.lower));
    if (joins(join)) {
      end += 2;
      continue;
    }
    const after = tokens[end + 2];
    if (!join.word && join.text === ',' && (endsAs(word.lower, cw.adjectiveEnding) || after?.text === ',' || joins(after))) {
      end += 2;
      continue;
    }
    return end;
  }
}

/** The first (longest) cue of `list` written at token `i`. */
function cueAt(tokens: Token[], i: number, list: Cue[]): Cue | undefined {
  for (const c of list) {
    if (i + c.words.length > tokens.length) continue;
    let k = 1;
    while (k < c.words.length && tokens[i + k]!.lower === c.words[k]) k++;
    if (k === c.words.length) return c;
  }
  return undefined;
}

export interface Scoped {
  negated: boolean;
  uncertain: boolean;
  /** In a plan's scope (`will be started`). */
  planned: boolean;
  /** In a relative's scope (`his mother has`) or another person's (`her husband had`): the nearer one's. */
  experiencer?: 'family' | 'other';
  /** In the scope of a test or treatment not done (`was not performed`). */
  unperformed: boolean;
}

const TRIGGERS = new Set<CueKind>(['negation', 'uncertainty', 'plan', 'family', 'other', 'unperformed']);

/** The cues of one text, ready for many scope questions (each answered in time bounded by the scope). */
export interface CueIndex {
  tokens: Token[];
  /** Cues with a scope (negation, uncertainty, plan, family, other, unperformed), in text order. */
  triggers: CueHit[];
  /** Tokens that end a scope: termination terms and clause punctuation. */
  stops: Uint8Array;
  /** Tokens naming a person: the patient, a relative, someone else. They end a person's scope. */
  persons: Uint8Array;
}

export function cueIndex(tokens: Token[], hits: CueHit[]): CueIndex {
  const stops = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (!tokens[k]!.word && CLAUSE_BREAK.has(tokens[k]!.text)) stops[k] = 1;
  // Pseudo-cues need no check here: findCues lets the longer pseudo-cue win (`no increase` hides `no`).
  for (const h of hits) if (h.kind === 'termination') stops.fill(1, h.from, h.to);
  const persons = new Uint8Array(tokens.length);
  // `coworkers of the patient`, `o marido da paciente`: the patient named as another person's, not as the one spoken of.
  const of = ofWords('either');
  for (const h of hits) {
    if ((h.patient && !(h.from > 0 && of.has(tokens[h.from - 1]!.lower))) || h.kind === 'family' || h.kind === 'other') persons.fill(1, h.from, h.to);
  }
  return { tokens, triggers: hits.filter((h) => TRIGGERS.has(h.kind)), stops, persons };
}

/** Which cues' scopes a mention over tokens [from, to) falls in. */
export function scope(index: CueIndex, from: number, to: number): Scoped {
  const out: Scoped = { negated: false, uncertain: false, planned: false, unperformed: false };
  let personGap = Infinity;
  const { triggers } = index;
  // Cues further than the scope can reach (in tokens, punctuation included) need not be looked at.
  const reach = SCOPE * 4;
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (triggers[mid]!.to < from - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < triggers.length && triggers[k]!.from <= to + reach; k++) {
    const h = triggers[k]!;
    if (h.from < to && h.to > from) continue;
    const person = h.kind === 'family' || h.kind === 'other';
    // `a urine culture was not performed`: a test not done is the one named right before or after.
    const words = h.kind === 'unperformed' ? 3 : SCOPE;
    let inScope = false;
    if (h.to <= from && h.direction !== 'backward' && !(h.until !== undefined && from >= h.until)) inScope = reaches(index, h.to, from, person, words);
    if (h.from >= to && h.direction !== 'forward') inScope ||= reaches(index, to, h.from, person, words);
    if (!inScope) continue;
    if (h.kind === 'negation') out.negated = true;
    else if (h.kind === 'uncertainty') out.uncertain = true;
    else if (h.kind === 'plan') out.planned = true;
    else if (person) {
      const gap = h.to <= from ? from - h.to : h.from - to;
      if (gap < personGap) {
        personGap = gap;
        out.experiencer = h.kind as 'family' | 'other';
      }
    } else out.unperformed = true;
  }
  return out;
}

/** No clause break or termination term (nor, for a person's scope, another person) between tokens a and b, and few words apart. */
function reaches(index: CueIndex, a: number, b: number, personStops = false, most = SCOPE): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    if (index.stops[k] || (personStops && index.persons[k])) return false;
    if (index.tokens[k]!.word && ++words > most) return false;
  }
  return true;
}

/** `patient` / `background` from experiencer cues in the sentence, else `fallback` (the section's subject). */
export function subjectOf(hits: CueHit[], fallback?: Subject): Subject | undefined {
  if (hits.some((h) => h.patient)) return 'patient';
  if (hits.some((h) => h.kind === 'background')) return 'background';
  // `aluminum hydroxide was given at a dose of 60 mg/day` names no one; in a discussion it recounts the case.
  if (fallback === 'background' && hits.some((h) => h.kind === 'event')) return 'patient';
  return fallback;
}

/**
 * A sentence that discards "this diagnosis" without naming it: the negation
 * then belongs to the hedged diagnosis named just before (cross-sentence).
 * `tokens` is `tokenize(text, lang)`, for a caller that has them.
 */
export function negatesAnaphor(text: string, lang: Lang, tokens: Token[] = tokenize(text, lang)): boolean {
  const hits = findCues(tokens, lang);
  const index = cueIndex(tokens, hits);
  return hits.some((a) => a.kind === 'anaphora' && hits.some((n) => n.kind === 'negation' && (n.from >= a.to ? reaches(index, a.to, n.from) : n.to <= a.from && reaches(index, n.to, a.from))));
}

