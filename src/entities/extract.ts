import { loadTsv } from '../lang/data.js';
import type { DrugCategory, Entity, EntityType, LabCategory, Lang } from '../types.js';
import type { AbbreviationDef } from './abbreviations.js';
import { findDefinitions, findShortForms } from './abbreviations.js';
import { cueIndex, findCues, scope, subjectOf } from './context.js';
import { annotateDrugs, readDoses } from './drug.js';
import { annotateLabs, parseRange, readMeasure } from './lab.js';
import type { Concept, Phrase } from './lexicon.js';
import { drugByPrefix, isFunctionWord, labByPrefix, phraseIndex } from './lexicon.js';
import { isNounAt } from './phrase.js';
import { readUnit } from './units.js';
import { diseaseSuffix, formationOf, isDiseaseHead, isDiseaseModifier } from './morphology.js';
import type { Token } from './tokens.js';
import { phraseKeys, tokenize } from './tokens.js';

export interface ExtractOptions {
  /** Abbreviations defined elsewhere in the document (short form → definition). */
  abbreviations?: Map<string, AbbreviationDef>;
  /** Subject when no experiencer cue says otherwise (the plugin sets it per section). */
  subject?: 'patient' | 'background';
}

/** A span of tokens [from, to) with what it may be. */
interface Mention {
  from: number;
  to: number;
  type: EntityType;
  concepts: Concept[];
  expansion?: string;
  /** Rule-found mentions (INN stem, disease suffix or head, dose or lab context) carry no concept; their name is their text. */
  code?: string;
  /** A lexicon phrase grown over its modifiers (`skin lesions`): its name is its text. */
  grown?: boolean;
  /** For a rule-found lab or drug: its kind (lexicon mentions take their concept's). */
  category?: LabCategory | DrugCategory;
}

/** Whitespace only between two tokens of one phrase (no line of other text). */
function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 3 && text.slice(a.end, b.start).trim() === '';
}

function matchPhrase(text: string, tokens: Token[], i: number, p: Phrase): boolean {
  let shouted = false;
  for (let k = 0; k < p.keys.length; k++) {
    const t = tokens[i + k];
    if (!t || t.key !== p.keys[k]) return false;
    if (p.exact && t.text !== p.exact[k]) {
      if (!isShouted(t.text) || p.concept.type === 'drug' || p.concept.type === 'diagnosis') return false;
      shouted = true;
    }
    if (k > 0 && !adjacent(text, tokens[i + k - 1]!, t)) return false;
  }
  // Notes written in capitals (`HB 15  HT 46  NA 133`) lose the case of `Hb`, `Ht`, `Na`: such a test name counts only before its value.
  // `20 MG` after a number is a unit, not magnesium.
  if (!shouted) return true;
  const first = tokens[i]!;
  const unitAfterNumber = /\d\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && readUnit(first.text.toLowerCase())?.length === first.text.length;
  return !unitAfterNumber && valueFollows(text, tokens[i + p.keys.length - 1]!.end);
}

const isShouted = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();

/** A digit right after `at`, past white space only. */
function numberFollows(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
    if (!WHITE_SPACE.test(text[k]!)) return false;
  }
  return false;
}
const WHITE_SPACE = /\s/;

/** A number right after a name, maybe after `:` or `=` (`K 4,7`, `FC: 70`, `PA 150/80`). */
function valueFollows(text: string, at: number): boolean {
  // By hand, as /^[ \t]*[:=]?[ \t]*\d/ on the next eight characters: it is asked of most words.
  const limit = Math.min(text.length, at + 8);
  let k = at;
  while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k < limit && (text[k] === ':' || text[k] === '=')) k++;
  while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < limit && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
}

const LEVEL_OF = new Set(['of', 'de', 'do', 'da']);
const LOCATIVE = new Set(['a', 'ao']);

function lexiconMentions(text: string, tokens: Token[], lang: Lang, blocked: Uint8Array): Mention[] {
  const index = phraseIndex(lang);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || blocked[i]) continue;
    const list = index.byFirst.get(t.key);
    if (!list) continue;
    let best: Phrase[] = [];
    for (const p of list) {
      if (best.length > 0 && p.keys.length < best[0]!.keys.length) break;
      if (matchPhrase(text, tokens, i, p)) best.push(p);
    }
    if (best.length === 0) continue;
    if (best.length > 1 && best.some((p) => !p.borrowed)) best = best.filter((p) => !p.borrowed);
    const to = i + best[0]!.keys.length;
    if (best.every((p) => p.needsValue) && !valueFollows(text, tokens[to - 1]!.end)) continue;
    // A chemical symbol (`Na`, `K`) needs a charge, a value or `serum` beside it: `Na RM` in Portuguese is a preposition.
    if (best[0]!.exact && /^[A-Z][a-z]?$/.test(t.text) && to === i + 1 && !symbolContext(text, tokens, i, lang)) continue;
    // A diagnosis does not end inside a hyphenated word (`lupus-like`); a drug may (`cocaine-induced`).
    const next = tokens[to];
    if (next && next.text === '-' && next.start === tokens[to - 1]!.end && tokens[to + 1]?.start === next.end && best.every((p) => p.concept.type === 'diagnosis')) continue;
    const types = new Set(best.map((p) => p.concept.type));
    const mention: Mention = { from: i, to, type: best[0]!.concept.type, concepts: best.map((p) => p.concept) };
    if (types.size > 1) mention.type = 'drug';
    const expansion = best.find((p) => p.expansion)?.expansion;
    if (expansion) mention.expansion = expansion;
    out.push(mention);
    i = to - 1;
  }
  return out;
}

function symbolContext(text: string, tokens: Token[], i: number, lang: Lang): boolean {
  const after = text.slice(tokens[i]!.end, tokens[i]!.end + 12);
  if (/^\s*(?:[+⁺(),/:=-]|\d)/u.test(after)) return true;
  const prev = tokens[i - 1];
  return !!prev && contextWords(lang).labBefore.has(prev.lower);
}

interface ContextWords {
  labCue: Set<string>;
  labBefore: Set<string>;
  notDrug: Set<string>;
  notLab: Set<string>;
  workupHead: Set<string>;
  /** Qualifiers and one-word work-ups, with the category they give. */
  workupQualifier: Map<string, LabCategory>;
  workupAlone: Map<string, LabCategory>;
  salt: Set<string>;
}
const contextCache = new Map<Lang, ContextWords>();
function contextWords(lang: Lang): ContextWords {
  let c = contextCache.get(lang);
  if (!c) {
    c = { labCue: new Set(), labBefore: new Set(), notDrug: new Set(), notLab: new Set(), workupHead: new Set(), workupQualifier: new Map(), workupAlone: new Map(), salt: new Set() };
    for (const r of loadTsv('src/lang/lexicon/context-words.tsv', ['kind', 'lang', 'form'])) {
      if (r.lang !== lang) continue;
      const form = r.form!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const kind = r.kind!;
      if (kind.startsWith('workup-')) {
        const category: LabCategory = kind.endsWith('-laboratory') ? 'laboratory' : 'examination';
        if (kind === 'workup-head') c.workupHead.add(form);
        else if (kind.startsWith('workup-alone-')) c.workupAlone.set(form, category);
        else c.workupQualifier.set(form, category);
        continue;
      }
      const set = kind === 'salt' ? c.salt : kind === 'lab-cue' ? c.labCue : kind === 'lab-before' ? c.labBefore : kind === 'not-lab' ? c.notLab : c.notDrug;
      set.add(form);
    }
    contextCache.set(lang, c);
  }
  return c;
}

/** An analyte (`calcium`) read as a measurement when a value, `levels` or `serum` is near. */
function looksMeasured(text: string, tokens: Token[], m: Mention, lang: Lang): boolean {
  const cw = contextWords(lang);
  for (let k = m.from - 1; k >= Math.max(0, m.from - 2); k--) if (cw.labBefore.has(tokens[k]!.lower)) return true;
  for (let k = m.to; k < Math.min(tokens.length, m.to + 5); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') break;
    if (cw.labCue.has(t.lower) || cw.labBefore.has(t.lower)) return true;
  }
  const after = text.slice(tokens[m.to - 1]!.end, tokens[m.to - 1]!.end + 30);
  const lead = /^\s*(?:(?:was|were|is|of|:|=|de|foi|era)\s*)?/i.exec(after)![0].length;
  const rest = after.slice(lead);
  // A dipstick grade (`GLICOSE ++`), not an ion written `Ca++`.
  if (/^\s+\+{1,4}(?![\d+])/.test(after)) return true;
  const measure = readMeasure(rest);
  if (!measure) return false;
  // `Na 140;`: a bare number right after an analyte, not `calcium 2 patients`.
  // A decimal (`K 4,1`) is a measurement, not a count, and so is a number before the next name of a panel (`NA 139  K`).
  // So is a number before a capitalised name (`Sodio 137 Potassio 5.6`, `Na: 140  K: 4,8`).
  const next = rest.slice(measure.length);
  const bare = !/^\s*\p{L}/u.test(next) || /[.,]\d/.test(measure.text) || /^\s*\p{Lu}/u.test(next);
  return !!measure.unit || measure.titre || bare || !!parseRange(rest)?.unit;
}

function ruleMentions(text: string, tokens: Token[], taken: Uint8Array, lang: Lang): Mention[] {
  const out: Mention[] = [];
  const cw = contextWords(lang);
  const free = (k: number) => k >= 0 && k < tokens.length && !taken[k];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const t = tokens[i]!;
    if (!t.word || !/\p{L}/u.test(t.text)) continue;
    const formation = formationOf(t, lang);
    if (formation?.kind === 'stem') {
      const m: Mention = { from: i, to: i + 1, type: 'drug', concepts: [] };
      if (formation.stem.atc) m.code = `ATC:${formation.stem.atc}`;
      out.push(m);
      continue;
    }
    if (formation?.kind === 'examination') {
      out.push({ from: i, to: i + 1, type: 'lab', concepts: [], category: 'examination' });
      continue;
    }
    if (formation?.kind === 'procedure') {
      out.push({ from: i, to: i + 1, type: 'drug', concepts: [], category: 'procedure' });
      continue;
    }
    if (formation?.kind === 'disease') {
      out.push(extendDisease(tokens, taken, { from: i, to: i + 1, type: 'diagnosis', concepts: [] }, lang, 2));
      continue;
    }
    if (formation?.kind === 'finding' || formation?.kind === 'head') {
      const m = extendDisease(tokens, taken, { from: i, to: i + 1, type: 'diagnosis', concepts: [] }, lang, 4);
      if (m.to - m.from > 1 || formation.kind === 'finding') out.push(m);
      continue;
    }
    // `X 30 mg`, `X 400 mg/dia`: an unknown word before a dose is a drug candidate.
    // Both readings need a number right after the word (the first dose must begin there), so most words stop at that check.
    if (t.lower.length >= 4 && i + 1 < tokens.length && numberFollows(text, t.end) && !cw.notDrug.has(t.lower) && /^\p{L}[\p{L}-]*$/u.test(t.text)) {
      const after = text.slice(t.end, t.end + 24);
      const dose = readDoses(after)[0];
      // `Leuc 10770` is a clipped lab, not leucovorin: a clipped drug name has a dose unit, or no lab it could be.
      const clipped = /^\s*\d/.test(after) && (dose || labByPrefix(t.key, lang).length === 0) ? drugByPrefix(t.key, lang) : undefined;
      if (clipped) {
        out.push({ from: i, to: i + 1, type: 'drug', concepts: [clipped] });
        continue;
      }
      if (dose && after.slice(0, dose.index).trim() === '' && (lang !== 'en' || isNounAt(text, t.start))) {
        out.push({ from: i, to: i + 1, type: 'drug', concepts: [] });
        continue;
      }
    }
    // `GLIC 89`, `Creat 1,1`: a clipped lab name right before its value.
    if (t.lower.length >= 3 && /^\p{L}+$/u.test(t.text) && valueFollows(text, t.end)) {
      const labs = labByPrefix(t.key, lang);
      // A short clipping that begins several tests (`COL 296`, `GLI 85`) is still a lab, of no one name.
      if (labs.length === 1 || (labs.length > 1 && t.lower.length <= 5)) {
        out.push({ from: i, to: i + 1, type: 'lab', concepts: labs.length === 1 ? labs : [] });
        continue;
      }
    }
    // `levels of X`, `níveis de X`, `X levels`: an unknown word next to a lab cue is a lab.
    const prev2 = tokens[i - 2];
    const prev1 = tokens[i - 1];
    const next = tokens[i + 1];
    // `a nível do cone medular`, `ao nível de`: a place, not a measured level.
    const cueBefore = prev2 && prev1 && cw.labCue.has(prev2.lower) && LEVEL_OF.has(prev1.lower) && !LOCATIVE.has(tokens[i - 3]?.lower ?? '');
    // `tissue levels of calcium`: the analyte is the word after `of`, not this one.
    const cueAfter = next && cw.labCue.has(next.lower) && !LEVEL_OF.has(tokens[i + 2]?.lower ?? '') && !cw.labBefore.has(t.lower) && /^\p{L}/u.test(t.text) && t.lower.length >= 3;
    if ((cueBefore || cueAfter) && t.lower.length >= 3 && !cw.notDrug.has(t.lower) && !cw.notLab.has(t.lower) && !isFunctionWord(t.lower, lang)) {
      out.push({ from: i, to: i + 1, type: 'lab', concepts: [] });
      continue;
    }
    // `X was 12 mg/dL`, `Hb: 11 g/dL`: a named quantity with a lab unit.
    if (measuredName(text, tokens, i, lang)) out.push({ from: i, to: i + 1, type: 'lab', concepts: [] });
  }
  return out;
}

const OF = /^(de|do|da|dos|das)$/;

/**
 * A work-up named by a head noun and its qualifier (`estudo analítico`,
 * `investigação etiológica`, `estudo de perfusão`, `ex lab`), a heading
 * (`Laboratório 19/01:`, `Ao exame:`) or one word (`exames`, `análises`,
 * `Analiticamente`): Portuguese notes name their tests this way as often as
 * by the test's own name. The qualifier says whether it is on samples or an
 * examination.
 */
function workupMentions(text: string, tokens: Token[], taken: Uint8Array, lang: Lang): Mention[] {
  const cw = contextWords(lang);
  if (cw.workupHead.size === 0 && cw.workupAlone.size === 0) return [];
  const out: Mention[] = [];
  const qualifierAt = (k: number, prev: Token) => {
    const q = tokens[k];
    return q && !taken[k] && adjacent(text, prev, q) ? cw.workupQualifier.get(q.lower) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !t.word) continue;
    const head = cw.workupHead.has(t.lower);
    const alone = cw.workupAlone.get(t.lower);
    if (!head && !alone) continue;
    let category = head ? qualifierAt(i + 1, t) : undefined;
    let to = i + 2;
    const of = tokens[i + 1];
    if (head && !category && of && OF.test(of.lower) && adjacent(text, t, of)) {
      category = qualifierAt(i + 2, of);
      to = i + 3;
    }
    if (!category) {
      to = i + 1;
      const after = text.slice(t.end, t.end + 16);
      // A heading: `EXAMES:`, `Laboratório 19/01/16:`, `Lab (03/10/14):`; `Ao exame` is the physical examination.
      const heading = head && /^[ 	]*(?::|\(?\d{1,2}\/\d{1,2})/.test(after);
      const atExamination = head && t.lower === 'exame' && /^(ao|no)$/.test(tokens[i - 1]?.lower ?? '');
      if (alone) category = alone;
      else if (atExamination) category = 'examination';
      else if (heading && t.lower !== 'ex') category = t.lower.startsWith('lab') ? 'laboratory' : 'examination';
      else continue;
    }
    out.push({ from: i, to, type: 'lab', concepts: [], category });
    i = to - 1;
  }
  return out;
}

/** UCUM units of concentrations, counts, activities and rates: what a lab value is measured in (not a dose). */
const LAB_UNIT = /^(?:m|u|n|p)?(?:g|mol|eq|U|\[iU\])\/(?:d|m|u)?L$|^10\*\d+\/(?:mm3|uL|L)$|^\/mm3$|^mm\/h$|^fL$|^%$/;

function measuredName(text: string, tokens: Token[], i: number, lang: Lang): boolean {
  const t = tokens[i]!;
  // English: a noun before `was/were/of/:`; Portuguese notes: an abbreviation in capitals (`Hb`, `PCR`).
  const abbreviation = /^[A-Z][A-Za-z0-9]{1,5}$/.test(t.text) && /[A-Z].*[A-Z]|^[A-Z][a-z]$/.test(t.text);
  if (lang === 'pt' && !abbreviation) return false;
  if (lang === 'en' && t.lower.length < 3 && !abbreviation) return false;
  const cw = contextWords(lang);
  // Notes in capitals shout function words too (`MAIS DE 95%`, `NÃO ESTA 100%`).
  if (cw.notDrug.has(t.lower) || cw.labBefore.has(t.lower) || cw.notLab.has(t.lower) || isFunctionWord(t.lower, lang)) return false;
  const after = text.slice(t.end, t.end + 40);
  const lead = lang === 'en' ? /^\s*(?:(?:was|were|is|of)\s+|[:=]\s*)/.exec(after) : /^\s*(?:[:=]\s*|de\s+)?/.exec(after);
  if (!lead) return false;
  const m = readMeasure(after.slice(lead[0].length));
  if (!m?.unit || !LAB_UNIT.test(m.unit)) return false;
  return lang !== 'en' || abbreviation || isNounAt(text, t.start);
}

/** Grow a disease mention over its modifiers: left in English (`chronic renal failure`), right in Portuguese (`insuficiência renal crônica`, `doença de Crohn`). */
function extendDisease(tokens: Token[], taken: Uint8Array, m: Mention, lang: Lang, max: number): Mention {
  if (lang === 'en') {
    let k = m.from - 1;
    let n = 0;
    while (k >= 0 && n < max && !taken[k]) {
      const t = tokens[k]!;
      if (t.text === '-' && k > 0 && tokens[k - 1]!.word) {
        k -= 2;
        n++;
        continue;
      }
      if (!t.word || !isDiseaseModifier(t, lang, true)) break;
      k--;
      n++;
    }
    // Do not begin on a hyphen.
    let from = k + 1;
    while (from < m.from && !tokens[from]!.word) from++;
    return { ...m, from };
  }
  let k = m.to;
  let n = 0;
  while (k < tokens.length && n < max && !taken[k]) {
    const t = tokens[k]!;
    if (/^(de|do|da|dos|das)$/.test(t.lower) && tokens[k + 1] && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !taken[k + 1]) {
      k += 2;
      n += 2;
      continue;
    }
    if (!t.word || !isDiseaseModifier(t, lang, false)) break;
    k++;
    n++;
  }
  return { ...m, to: k };
}

/** Tokens inside phrases that contain entity words but name something else (`tumor necrosis factor`). */
function blockedTokens(text: string, tokens: Token[], lang: Lang): Uint8Array {
  const blocked = new Uint8Array(tokens.length);
  const list = blockers(lang);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = list.get(tokens[i]!.key);
    if (!candidates) continue;
    const hit = candidates.find((keys) => keys.every((k, j) => tokens[i + j]?.key === k && (j === 0 || adjacent(text, tokens[i + j - 1]!, tokens[i + j]!))));
    if (hit) blocked.fill(1, i, i + hit.length);
  }
  return blocked;
}

const blockerCache = new Map<Lang, Map<string, string[][]>>();
function blockers(lang: Lang): Map<string, string[][]> {
  let map = blockerCache.get(lang);
  if (!map) {
    map = new Map();
    for (const r of loadTsv('src/lang/lexicon/blockers.tsv', ['phrase', 'lang'])) {
      if (r.lang !== lang) continue;
      const keys = phraseKeys(r.phrase!, lang);
      if (keys.length === 0) continue;
      map.set(keys[0]!, [...(map.get(keys[0]!) ?? []), keys].sort((a, b) => b.length - a.length));
    }
    blockerCache.set(lang, map);
  }
  return map;
}

/** What a text holds before the document's abbreviations are known: the same for every call on that text. */
export interface TextMentions {
  tokens: Token[];
  entities: Entity[];
}

/** Lexicon and rule mentions of `text` as entities, not yet annotated (no short forms, doses, values or negation). */
export function findMentions(text: string, lang: Lang): TextMentions {
  const tokens = tokenize(text, lang);
  if (tokens.length === 0) return { tokens, entities: [] };
  const blocked = blockedTokens(text, tokens, lang);
  const mentions = lexiconMentions(text, tokens, lang, blocked);
  const taken = blocked.slice();
  for (const m of mentions) taken.fill(1, m.from, m.to);
  // Lexicon diagnoses ending in a head noun grow over their modifiers too.
  for (const m of mentions) {
    if (m.type !== 'diagnosis') continue;
    // Portuguese qualifiers follow any diagnosis (`MCP dilatada`, `IC isquêmica`); English ones precede a head noun.
    const head = tokens[lang === 'en' ? m.to - 1 : m.from]!;
    if (lang === 'en' && (m.expansion || (!isDiseaseHead(head, lang) && !diseaseSuffix(head, lang)))) continue;
    taken.fill(0, m.from, m.to);
    const grown = extendDisease(tokens, taken, m, lang, lang === 'en' ? 3 : 2);
    if (grown.from !== m.from || grown.to !== m.to) m.grown = true;
    m.from = grown.from;
    m.to = grown.to;
    taken.fill(1, m.from, m.to);
  }
  // `Kostmann neutropenia syndrome`: a head noun right after a known diagnosis joins it.
  if (lang === 'en') {
    for (const m of mentions) {
      const next = tokens[m.to];
      if (m.type === 'diagnosis' && next && !taken[m.to] && isDiseaseHead(next, lang) && adjacent(text, tokens[m.to - 1]!, next)) {
        taken[m.to] = 1;
        m.to++;
        m.grown = true;
      }
    }
  }
  const cw = contextWords(lang);
  // `valproato de sódio`, `losartana potássica`, `naproxen sodium`, `sodium valproate`: the counter-ion belongs to the drug's name.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'drug') continue;
    const before = mentions[k - 1];
    if (lang === 'en' && before && before.to === m.from && before.to === before.from + 1 && cw.salt.has(tokens[before.from]!.lower) && adjacent(text, tokens[before.from]!, tokens[m.from]!)) {
      m.from = before.from;
      mentions.splice(--k, 1);
      continue;
    }
    const of = lang === 'pt' && tokens[m.to]?.lower === 'de' ? 1 : 0;
    const salt = tokens[m.to + of];
    if (!salt || !cw.salt.has(salt.lower) || !adjacent(text, tokens[m.to + of - 1]!, salt)) continue;
    const next = mentions[k + 1];
    if (next && next.from === m.to + of) {
      if (next.to !== next.from + 1) continue;
      mentions.splice(k + 1, 1);
    }
    m.to += of + 1;
    taken.fill(1, m.from, m.to);
  }
  // `análise do LCR`, `estudo de líquor`: a work-up head takes in the named test it is of.
  for (const m of mentions) {
    const of = tokens[m.from - 1];
    const head = tokens[m.from - 2];
    if (m.type !== 'lab' || !of || !head || taken[m.from - 2] || !OF.test(of.lower) || !cw.workupHead.has(head.lower) || head.lower === 'ex') continue;
    if (!adjacent(text, head, of) || !adjacent(text, of, tokens[m.from]!)) continue;
    m.from -= 2;
    taken.fill(1, m.from, m.to);
  }
  for (const m of [...workupMentions(text, tokens, taken, lang), ...ruleMentions(text, tokens, taken, lang)]) {
    if (taken.subarray(m.from, m.to).some((x) => x)) continue;
    mentions.push(m);
    taken.fill(1, m.from, m.to);
  }
  for (const m of mentions) {
    if (m.concepts.length < 2) continue;
    const lab = m.concepts.find((c) => c.type === 'lab');
    const other = m.concepts.find((c) => c.type !== 'lab');
    if (lab && (!other || looksMeasured(text, tokens, m, lang))) {
      m.type = 'lab';
      m.concepts = [lab];
    } else if (other) {
      m.type = other.type;
      m.concepts = [other];
    }
  }
  mentions.sort((a, b) => a.from - b.from);
  return { tokens, entities: mentions.map((m) => toEntity(text, tokens, m)) };
}

/**
 * Find drug, lab and diagnosis mentions in `text`. Offsets are JS string
 * offsets into `text`; `text.slice(start, end) === entity.text`.
 * `found` is `findMentions(text, lang)`, for a caller that asks twice of one text.
 */
export function extractEntities(text: string, lang: Lang, options: ExtractOptions = {}, found: TextMentions = findMentions(text, lang)): Entity[] {
  const { tokens } = found;
  if (tokens.length === 0) return [];
  // Copies: the steps below widen and annotate entities in place, and `found` may be asked again.
  let entities = found.entities.map((e) => ({ ...e }));
  // Abbreviations: defined here (`… erythematosus (SLE)`) or elsewhere in the document.
  const defs = new Map(options.abbreviations ?? []);
  for (const d of findDefinitions(text, entities)) if (!defs.has(d.short)) defs.set(d.short, d);
  if (defs.size > 0) entities = [...entities, ...findShortForms(text, defs, entities)].sort((a, b) => a.start - b.start);

  // `iniciou terapêutica com azatioprina`: the drug named after a word for the treatment given is the mention; that word only frames it.
  entities = entities.filter((e, k) => !(e.category === 'treatment' && framesDrug(text, e, entities[k + 1])));

  const drugs = entities.filter((e) => e.type === 'drug');
  if (drugs.length > 0) annotateDrugs(text, drugs, lang);
  // Examinations carry values the same way (`PA 150/80`, `FC: 70 bpm`, `ECG normal`).
  const labs = entities.filter((e) => e.type === 'lab');
  if (labs.length > 0) annotateLabs(text, labs, lang);

  const hits = findCues(tokens, lang);
  const cues = cueIndex(tokens, hits);
  const subject = subjectOf(hits) ?? options.subject;
  for (const e of entities) {
    const from = tokenStartingAt(tokens, e.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < e.end) to++;
    if (e.type !== 'lab') {
      const s = scope(cues, from, to);
      e.negated = s.negated;
      if (s.uncertain) e.uncertain = true;
    }
    if (subject) e.subject = subject;
  }
  return entities;
}

/** The token that starts at `start` (tokens are in text order), else the first. */
function tokenStartingAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === start ? lo : 0;
}

function framesDrug(text: string, e: Entity, next: Entity | undefined): boolean {
  return !!next && next.type === 'drug' && next.category !== 'treatment' && /^\s+(?:[\p{L}-]+\s+)?(?:com|de|por)\s+$/u.test(text.slice(e.end, next.start));
}

function toEntity(text: string, tokens: Token[], m: Mention): Entity {
  const start = tokens[m.from]!.start;
  const end = tokens[m.to - 1]!.end;
  const surface = text.slice(start, end);
  const concept = m.concepts[0];
  const e: Entity = { start, end, text: surface, type: m.type, negated: false, normalized: concept && !m.grown ? concept.name : surface.toLowerCase().replace(/\s+/g, ' ') };
  const code = concept?.code ?? m.code;
  if (code) e.code = code;
  if (m.type === 'lab') e.category = concept?.category ?? m.category ?? 'laboratory';
  if (m.type === 'drug') e.category = concept?.category ?? m.category ?? 'medication';
  if (m.expansion) e.expansion = m.expansion;
  return e;
}
