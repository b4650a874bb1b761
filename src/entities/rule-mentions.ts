import { englishWords } from '../lang/english-words.js';
import { nounSenses } from '../lang/wordnet.js';
import type { Lang } from '../types.js';
import { acidName, chemicalWord, compoundCode, formula } from './chemistry.js';
import { readDoses } from './drug.js';
import { structureFinding } from './finding-phrases.js';
import { extendDisease } from './grow.js';
import { readMeasure } from './measure.js';
import { drugByPrefix, isFunctionWord, labByPrefix } from './lexicon.js';
import type { Mention } from './mention.js';
import type { Formation } from './morphology.js';
import { formationOf, isNonModifier } from './morphology.js';
import { spacesAt } from './chars.js';
import { numberFollows, valueFollows } from './nearby.js';
import { isLabUnit } from './units.js';
import { isNounAt } from './phrase.js';
import type { Token } from './tokens.js';
import { FormQuestion } from './tokens.js';
import { abstractEnding, FUNCTION_WORD, LAB_BEFORE, LAB_CUE, NOT_DRUG, NOT_LAB, wordKinds } from './words.js';

/**
 * Mentions no lexicon names, found by rules on the words left free: word
 * formation first (INN stems, examination and procedure endings, disease
 * suffixes, findings and head nouns), then context (a dose or value after
 * the word, a lab cue beside it). The rules are tried in the order of
 * `RULES`; the first that claims a word decides it.
 */

/** One free word, and what a rule may ask about it. */
export interface Candidate {
  text: string;
  tokens: Token[];
  taken: Uint8Array;
  /** Tokens of lexicon mentions that may be a lab test. */
  labs: Uint8Array;
  lang: Lang;
  i: number;
  token: Token;
  formation: Formation | undefined;
}

/** A mention; `claimed` when the word is the rule's but makes none; undefined when the rule does not apply. */
type Outcome = Mention | 'claimed' | undefined;

export interface Rule {
  name: string;
  find(c: Candidate): Outcome;
}

const word = (c: Candidate, rest: Partial<Mention>): Mention => ({ from: c.i, to: c.i + 1, type: 'drug', concepts: [], ...rest });

const LEVEL_OF = new Set(['of', 'de', 'do', 'da']);
const LOCATIVE = new Set(['a', 'ao']);

export const RULES: Rule[] = [
  {
    name: 'inn-stem',
    find: (c) => (c.formation?.kind === 'stem' ? word(c, c.formation.stem.atc ? { code: `ATC:${c.formation.stem.atc}` } : {}) : undefined),
  },
  {
    name: 'examination-ending',
    find: (c) => (c.formation?.kind === 'examination' ? word(c, { type: 'lab', category: 'examination' }) : undefined),
  },
  {
    name: 'procedure-ending',
    find: (c) => (c.formation?.kind === 'procedure' ? word(c, { category: 'procedure' }) : undefined),
  },
  {
    name: 'disease-suffix',
    find: (c) => (c.formation?.kind === 'disease' ? extendDisease(c.tokens, c.taken, word(c, { type: 'diagnosis' }), c.lang, 2) : undefined),
  },
  {
    // A head noun alone (`syndrome`) names nothing; grown over a modifier it does.
    name: 'finding-or-head',
    find: (c) => {
      if (c.formation?.kind !== 'finding' && c.formation?.kind !== 'head') return undefined;
      const m = extendDisease(c.tokens, c.taken, word(c, { type: 'diagnosis' }), c.lang, 4);
      if (m.to - m.from > 1 || c.formation.kind === 'finding') return m;
      // `perda de visão`, `dificuldade na marcha`: a Portuguese head with what it is of.
      const of = c.tokens[c.i + 1];
      const what = c.tokens[c.i + 2];
      if (c.lang === 'pt' && of && what && /^(?:de|da|do|na|no)$/.test(of.lower) && what.word && !c.taken[c.i + 1] && !c.taken[c.i + 2] && /^\p{L}{4,}$/u.test(what.text) && !isFunctionWord(what.lower, c.lang) && !isNonModifier(what, c.lang)) {
        return { ...m, to: c.i + 3 };
      }
      return 'claimed';
    },
  },
  // `átrio esquerdo dilatado`, `função sistólica comprometida`: a structure and its abnormality (Portuguese reports).
  { name: 'structure-finding', find: (c) => structureFinding(c.tokens, c.taken, c.i, c.lang) },
  { name: 'name-before-dose', find: nameBeforeDose },
  { name: 'clipped-lab', find: clippedLab },
  { name: 'lab-cue', find: labCue },
  { name: 'measured-name', find: (c) => (mayNameMeasure.of(c.token, c.lang) && !labBefore(c) && measuredName(c.text, c.tokens, c.i, c.lang) ? word(c, { type: 'lab' }) : undefined) },
  // English chemical names by their form (`chemistry.ts`); Portuguese text names its drugs by INN and stem.
  // `SARS-CoV-2`, `HCoV-229E`: element symbols joined by a hyphen to a name are part of that name (a virus's), no formula.
  { name: 'chemical-formula', find: (c) => (c.lang === 'en' && formula(c.token) && !hyphenJoined(c.text, c.token) ? word(c, {}) : undefined) },
  {
    name: 'compound-code',
    find: (c) => {
      const n = c.lang === 'en' ? compoundCode(c.text, c.tokens, c.i) : 0;
      return n > 0 && !c.taken.subarray(c.i, c.i + n).some((x) => x) ? { ...word(c, {}), to: c.i + n } : undefined;
    },
  },
  { name: 'acid-name', find: (c) => (c.lang === 'en' && acidName(c.token, c.tokens[c.i + 1]) && !c.taken[c.i + 1] ? { ...word(c, {}), to: c.i + 2 } : undefined) },
  { name: 'chemical-name', find: (c) => (c.lang === 'en' && chemicalWord(c.token) ? word(c, {}) : undefined) },
];

/**
 * `X 30 mg`, `X 400 mg/dia`: an unknown word before a dose is a drug candidate, and a clipped drug name (`ROSUVA 10`) the drug.
 * Both readings need a number right after the word (the first dose must begin there), so most words stop at that check.
 */
function nameBeforeDose(c: Candidate): Outcome {
  const { text, token: t, lang } = c;
  if (!(t.lower.length >= 4 && c.i + 1 < c.tokens.length && numberFollows(text, t.end) && !(wordKinds(t, lang) & NOT_DRUG) && /^\p{L}[\p{L}-]*$/u.test(t.text))) return undefined;
  const after = text.slice(t.end, t.end + 24);
  const dose = readDoses(after, lang)[0];
  // `Leuc 10770` is a clipped lab, not leucovorin: a clipped drug name has a dose unit, or no lab it could be.
  const clipped = /^\s*\d/.test(after) && (dose || labByPrefix(t.key, lang).length === 0) ? drugByPrefix(t.key, lang) : undefined;
  if (clipped) return word(c, { concepts: [clipped] });
  if (dose && after.slice(0, dose.index).trim() === '' && (lang !== 'en' || isNounAt(text, t.start))) return word(c, {});
  return undefined;
}

/** `GLIC 89`, `Creat 1,1`: a clipped lab name right before its value. */
function clippedLab(c: Candidate): Outcome {
  const t = c.token;
  if (!(t.lower.length >= 3 && valueFollows(c.text, t.end) && t.form.letters)) return undefined;
  const labs = labByPrefix(t.key, c.lang);
  // A short clipping that begins several tests (`COL 296`, `GLI 85`) is still a lab, of no one name.
  if (labs.length === 1 || (labs.length > 1 && t.lower.length <= 5)) return word(c, { type: 'lab', concepts: labs.length === 1 ? labs : [] });
  return undefined;
}

/** WordNet's files of the nouns that name what a sample holds: a substance, a part or fluid of the body, a food (`cortisol`, `lymphocyte`, `sugar`). */
const ANALYTE_SENSES = new Set(['noun.substance', 'noun.body', 'noun.food']);

/**
 * Whether a free word may name what is measured. English: a word the
 * dictionary lacks (`adiponectin`), one whose commonest noun sense is of
 * `ANALYTE_SENSES`, or one WordNet lacks as a noun (`leptin`); not a
 * general word (`quality`, `confidence`, `school`), which research prose
 * puts beside `level` and before a percentage. Portuguese: no abstract
 * noun by its ending (`gravidade`, `confiança`, `significância`;
 * `abstract-ending` in context-words.tsv).
 */
const mayBeAnalyte = new FormQuestion((t: Token, lang: Lang): boolean => {
  const w = t.lower;
  if (lang === 'pt') return !abstractEnding(w, lang);
  if (!englishWords.has(w) && !englishWords.has(t.text)) return true;
  // A plural by its singular: `-ies` (`antibodies`), `-s` (`attitudes`, `hormones`), `-es` (`boxes`).
  const senses = nounSenses(w) ?? nounSenses(w.replace(/ies$/, 'y')) ?? nounSenses(w.replace(/s$/, '')) ?? nounSenses(w.replace(/es$/, ''));
  // A word WordNet lacks as a noun (`leptin`) may be one; an adjective (`regional`) is no noun where it stands (`isNounAt`).
  return senses === undefined || ANALYTE_SENSES.has(senses.first);
});

/** `levels of X`, `níveis de X`, `X levels` (English): an unknown word next to a lab cue is a lab. */
function labCue(c: Candidate): Outcome {
  const { tokens, i, token: t, lang } = c;
  const prev2 = tokens[i - 2];
  const prev1 = tokens[i - 1];
  const next = tokens[i + 1];
  // `a nível do cone medular`, `ao nível de`: a place, not a measured level.
  const cueBefore = prev2 && prev1 && wordKinds(prev2, lang) & LAB_CUE && LEVEL_OF.has(prev1.lower) && !LOCATIVE.has(tokens[i - 3]?.lower ?? '');
  // `tissue levels of calcium`: the analyte is the word after `of`, not this one.
  // English only: Portuguese names the analyte after the cue (`níveis hierárquicos` is no `X levels`).
  const cueAfter = lang === 'en' && next && wordKinds(next, lang) & LAB_CUE && !LEVEL_OF.has(tokens[i + 2]?.lower ?? '') && !(wordKinds(t, lang) & LAB_BEFORE) && /^\p{L}/u.test(t.text) && t.lower.length >= 3;
  if (!(cueBefore || cueAfter) || t.lower.length < 3 || wordKinds(t, lang) & (NOT_DRUG | NOT_LAB | FUNCTION_WORD) || !mayBeAnalyte.of(t, lang)) return undefined;
  // An English word of the dictionary must be a noun here: `regional level` is an adjective's.
  if (lang === 'en' && englishWords.has(t.lower) && !isNounAt(c.text, t.start)) return undefined;
  return word(c, { type: 'lab' });
}

/** A test named a few words before in the same clause (`creatinine on admission was 2.3`): the value is its, not this word's. */
function labBefore(c: Candidate): boolean {
  for (let k = c.i - 1; k >= Math.max(0, c.i - 6); k--) {
    if (c.labs[k]) return true;
    if (!c.tokens[k]!.word) return false;
  }
  return false;
}

const abbreviationShape = new FormQuestion((t: Token) => /^[A-Z][A-Za-z0-9]{1,5}$/.test(t.text) && /[A-Z].*[A-Z]|^[A-Z][a-z]$/.test(t.text));

/**
 * What the written form alone tells of a measured name (`measuredName`):
 * English, a word of three letters or more or an abbreviation; Portuguese
 * notes, an abbreviation in capitals (`Hb`, `PCR`). Answered once per form,
 * before the words around are read.
 */
const mayNameMeasure = new FormQuestion((t: Token, lang: Lang): boolean => {
  const abbreviation = abbreviationShape.of(t, lang);
  if (lang === 'pt' && !abbreviation) return false;
  if (lang === 'en' && t.lower.length < 3 && !abbreviation) return false;
  // Notes in capitals shout function words too (`MAIS DE 95%`, `NÃO ESTA 100%`).
  return !(wordKinds(t, lang) & (NOT_DRUG | LAB_BEFORE | NOT_LAB | FUNCTION_WORD));
});

/** `X was 12 mg/dL`, `Hb: 11 g/dL`: a named quantity with a lab unit; its form is one `mayNameMeasure` allows. */
function measuredName(text: string, tokens: Token[], i: number, lang: Lang): boolean {
  const t = tokens[i]!;
  // English: a noun before `was/were/of/:`.
  if (lang === 'en' && !mayLeadValue(text, t.end)) return false;
  const after = text.slice(t.end, t.end + 40);
  const lead = lang === 'en' ? /^\s*(?:(?:was|were|is|of)\s+|[:=]\s*)/.exec(after) : /^\s*(?:[:=]\s*|de\s+)?/.exec(after);
  if (!lead) return false;
  const m = readMeasure(after.slice(lead[0].length), lang);
  if (!isLabUnit(m?.ucum)) return false;
  // A percentage is any share (`specificity was 91%`, `a response rate of 12%`): said of a general word, it is a statistic.
  if (m!.ucum === '%' && !mayBeAnalyte.of(t, lang)) return false;
  return lang !== 'en' || abbreviationShape.of(t, lang) || isNounAt(text, t.start);
}

/** Whether the token continues a hyphenated name (`SARS-CoV`) or a number follows it after a hyphen (`HCoV-229E`); `KCl-induced` is the formula's. */
function hyphenJoined(text: string, t: Token): boolean {
  return (text[t.start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[t.start - 2] ?? '')) || (text[t.end] === '-' && /\p{N}/u.test(text[t.end + 1] ?? ''));
}

/** Whether the first character after white space could begin `was`, `were`, `is`, `of`, `:` or `=`: most words are followed by none. */
function mayLeadValue(text: string, at: number): boolean {
  const c = text[at + spacesAt(text, at)];
  return c === 'w' || c === 'i' || c === 'o' || c === ':' || c === '=';
}

/** Rule mentions of the words `taken` leaves free, by the first rule that claims each. */
export function ruleMentions(text: string, tokens: Token[], taken: Uint8Array, labs: Uint8Array, lang: Lang): Mention[] {
  const out: Mention[] = [];
  // One candidate, moved from word to word: the rules are asked of most words of every text.
  const c: Candidate = { text, tokens, taken, labs, lang, i: 0, token: tokens[0]!, formation: undefined };
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const token = tokens[i]!;
    if (!token.form.letter) continue;
    c.i = i;
    c.token = token;
    c.formation = formationOf(token, lang);
    for (const rule of RULES) {
      const found = rule.find(c);
      if (found === undefined) continue;
      if (found !== 'claimed') out.push(found);
      break;
    }
  }
  return out;
}
