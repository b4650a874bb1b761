import { bilingual, language } from '../lang/index.js';
import type { Entity, Lang } from '../types.js';
import { labValueAt } from './lab.js';
import { measureBefore } from './measure.js';
import { readNumber } from './numbers.js';
import { readUnit } from './units.js';
import { escapeRegExp } from '../lang/pattern.js';
import { fold, wordKey } from './tokens.js';
import { contextWords, endsAs } from './words.js';
import { routeOf, writtenForms } from './written-forms.js';

/**
 * Dose, unit, route and frequency of a drug mention, read from the text
 * that follows it up to the next drug: `prednisone 30 mg/day`,
 * `initiated at a dose of 60 mg/day … until reaching a dose of 240 mg/day`
 * (a titration, `60 → 240`), `administered orally`, `via oral`, `2x/dia`.
 */

interface Form {
  value: string;
  /** A bare English adjective (`oral`, `subcutaneous`): a route only right beside the drug or dose, else it describes something else (`subcutaneous tissue`). */
  adjective: boolean;
  /** Rank among all forms of the list: longer forms first, so `every 12 hours` wins over `12 hours` at the same place. */
  rank: number;
}

/**
 * Forms sharing case sensitivity and adjectiveness, as one alternation with a
 * capture group per form in rank order: the leftmost match is the earliest
 * form, and at one place the best ranked, as trying each form alone would
 * find. One regex per group instead of one per form: compiling the
 * `\p{L}` lookarounds dominated the stage.
 */
interface FormGroup {
  re: RegExp;
  forms: Form[];
  adjective: boolean;
  /** Length of its longest form as written. */
  longest: number;
}

const cache = { routes: new Map<Lang, FormGroup[]>(), frequencies: new Map<Lang, FormGroup[]>() };

function forms(file: 'routes' | 'frequencies', lang: Lang): FormGroup[] {
  let groups = cache[file].get(lang);
  if (groups) return groups;
  const list = writtenForms(file, lang).map(({ form, value, caseSensitive }) => {
    // `b.i.d.` may lose its last dot to the sentence's end.
    const source = escapeRegExp(form).replace(/ /g, '\\s+').replace(/\\\.$/, '\\.?');
    const adjective = /^\p{Ll}+$/u.test(form) && !form.endsWith('ly') && !form.endsWith('mente');
    return { source, form, caseSensitive, value, adjective };
  });
  list.sort((a, b) => b.source.length - a.source.length);
  const byGroup = new Map<string, { sources: string[]; firsts: Set<string>; forms: Form[]; caseSensitive: boolean; adjective: boolean; longest: number }>();
  list.forEach((f, rank) => {
    const id = `${f.caseSensitive}:${f.adjective}`;
    let g = byGroup.get(id);
    if (!g) byGroup.set(id, (g = { sources: [], firsts: new Set(), forms: [], caseSensitive: f.caseSensitive, adjective: f.adjective, longest: 0 }));
    g.sources.push(`(${f.source})`);
    g.firsts.add(f.form[0]!);
    g.forms.push({ value: f.value, adjective: f.adjective, rank });
    g.longest = Math.max(g.longest, f.form.length);
  });
  // The first letters of the forms, looked at before the costlier look-behind at each place of the text.
  const firstChar = (g: { firsts: Set<string> }) => `(?=[${[...g.firsts].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}])`;
  groups = [...byGroup.values()].map((g) => ({
    re: new RegExp(`${firstChar(g)}(?<![\\p{L}\\p{N}])(?:${g.sources.join('|')})(?![\\p{L}\\p{N}])`, g.caseSensitive ? 'u' : 'iu'),
    forms: g.forms,
    adjective: g.adjective,
    longest: g.longest,
  }));
  cache[file].set(lang, groups);
  return groups;
}

/** UCUM codes of amounts given as a dose (not concentrations measured in blood). */
const DOSE_UNIT = /^(?:mg|g|ug|ng|kg|mL|L|\[iU\]|meq|U|mmol)(?:\/(?:d|wk|kg(?:\/d)?|m2|h|kg\/min|kg\/h|mo))?$/;
const TO = /^\s*(?:→|->|–|-|to|a|até)\s*/;

export interface Dose {
  /** As written (`1,000`), a range joined by ` → ` (`60 → 240`). */
  text: string;
  /** The last number, parsed. */
  value: number;
  /** The unit as written (`mg/day`, `mg/dia`), so the dose reads as in the source. */
  unit: string;
  /** Its UCUM code (`mg/d`). */
  ucum: string;
}

/** Every dose written in `s` (number or range, then a dose unit), in order. */
export function readDoses(s: string, lang: Lang): Array<Dose & { index: number; end: number }> {
  const out: Array<Dose & { index: number; end: number }> = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57 || (i > 0 && /[\p{L}\d.,/]/u.test(s[i - 1]!))) continue;
    const a = readNumber(s.slice(i), lang);
    if (!a) continue;
    let at = i + a.length;
    const to = TO.exec(s.slice(at));
    const b = to ? readNumber(s.slice(at + to[0].length), lang) : undefined;
    if (b) at += to![0].length + b.length;
    const u = readUnit(s.slice(at));
    if (!u || !DOSE_UNIT.test(u.ucum)) {
      i = at - 1;
      continue;
    }
    const text = b ? `${a.text} → ${b.text}` : a.text;
    out.push({ text, value: (b ?? a).value, unit: u.text.replace(/\s+/g, ' '), ucum: u.ucum, index: i, end: at + u.length });
    i = at + u.length - 1;
  }
  return out;
}

/** The value of the form written first in `s` (the better ranked at one place); adjectives only up to `adjectivesWithin`. */
function firstForm(s: string, groups: FormGroup[], adjectivesWithin = Infinity): string | undefined {
  let best: { at: number; form: Form } | undefined;
  for (const g of groups) {
    // Adjectives count only up to the limit: the text past it (and past room for the longest form and the character after) cannot change the answer.
    const m = g.re.exec(g.adjective && adjectivesWithin < s.length ? s.slice(0, adjectivesWithin + 2 * g.longest + 2) : s);
    // The group's leftmost match is its earliest: past the limit, none of its adjectives count.
    if (!m || (g.adjective && m.index > adjectivesWithin)) continue;
    let k = 1;
    while (m[k] === undefined) k++;
    const form = g.forms[k - 1]!;
    if (!best || m.index < best.at || (m.index === best.at && form.rank < best.form.rank)) best = { at: m.index, form };
  }
  return best?.form.value;
}

/**
 * Fill dose, unit, route, frequency and duration on the drug mentions of one
 * text (sorted by start). `entities`, all of the text's mentions, tell a lab's
 * value from a dose written before a drug (`SpO2 88% oxygen`).
 */
export function annotateDrugs(text: string, drugs: Entity[], lang: Lang, entities: Entity[] = drugs): void {
  const routes = forms('routes', lang);
  const frequencies = forms('frequencies', lang);
  for (let k = 0; k < drugs.length; k++) {
    const e = drugs[k]!;
    // `Tylenol (acetaminophen) 650 mg`, `metformina (Glifage)`, `amoxicillin-clavulanate 875 mg`: read together.
    const pair = apposition(text, e, drugs[k + 1]);
    const from = pair ? pair.end : e.end;
    // The next named drug ends this one's scope; class mentions in apposition do not.
    const next = drugs.slice(k + (pair ? 2 : 1)).find((d) => d.start >= from && !isClassMention(d));
    const stop = Math.min(next ? next.start : text.length, from + 200);
    let scope = text.slice(from, stop);
    // A sentence ends at `;` or at a stop before a capital or the end (not the dots of `t.i.d. for`).
    const sentenceEnd = scope.search(/;|\.(?=\s*$|\s+[\p{Lu}\d])/u);
    if (sentenceEnd >= 0) scope = scope.slice(0, sentenceEnd);
    const doses = readDoses(scope, lang);
    if (doses.length > 0) {
      const first = doses[0]!;
      const last = doses.at(-1)!;
      const titration = doses.length > 1 && last.ucum === first.ucum && last.text !== first.text && !first.text.includes('→');
      e.dose = titration ? `${first.text} → ${last.text}` : first.text;
      e.number = titration ? last.value : first.value;
      e.unit = first.unit;
      e.ucum = first.ucum;
    }
    // `500 mg of amoxicillin`, `1% lidocaine`: a dose written before the name when none follows it.
    const before = doses.length === 0 ? doseBefore(text, e.start, lang, entities) : undefined;
    if (before) {
      e.dose = before.measure.text;
      e.number = before.measure.value;
      e.unit = before.measure.unit!;
      e.ucum = before.measure.ucum!;
    }
    const lastDose = doses.at(-1);
    const route = firstForm(scope, routes, lastDose ? lastDose.end + 2 : 2) ?? routeBefore(text, before ? before.start : e.start, lang);
    // A procedure is given by no route (`cirurgia oral`: the route names the part operated on).
    if (route && e.category !== 'procedure') e.route = route;
    // Frequencies outside the dose units (`/day` in `mg/day` is part of the dose).
    let rest = scope;
    for (const d of [...doses].reverse()) rest = rest.slice(0, d.index) + ' '.repeat(d.end - d.index) + rest.slice(d.end);
    const frequency = firstForm(rest, frequencies);
    if (frequency) e.frequency = frequency;
    const duration = readDuration(rest, lang);
    if (duration) e.duration = duration;
    if (pair) {
      for (const field of ['dose', 'number', 'unit', 'ucum', 'route', 'frequency', 'duration'] as const) if (e[field] !== undefined) (pair.drug[field] as unknown) = e[field];
      k++;
    }
  }
}

/**
 * A dose with its unit right before a drug's name (`500 mg of amoxicillin`,
 * `500 mg de amoxicilina`), or a percent strength right before it (`1%
 * lidocaine`), in the same clause; not a lab's value (`HbA1c 9% metformin`).
 */
function doseBefore(text: string, start: number, lang: Lang, entities: Entity[]): ReturnType<typeof measureBefore> {
  const found = measureBefore(text, start, lang);
  if (!found?.measure.ucum || found.measure.titre || labValueAt(text, found.start, entities)) return undefined;
  const { ucum } = found.measure;
  if (DOSE_UNIT.test(ucum)) return found;
  return ucum === '%' && /^\s+$/.test(text.slice(found.start + found.measure.length, start)) ? found : undefined;
}

/** The words of the clause before `start` (after its last `.`, `;` or `,`, within 60 characters), brackets and quotes stripped. */
function wordsBefore(text: string, start: number): string[] {
  let from = Math.max(0, start - 60);
  for (let k = start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 59 || c === 44) {
      from = k + 1;
      break;
    }
  }
  return text
    .slice(from, start)
    .split(/\s+/)
    .map((w) => w.replace(/^[("'[]+|[)"'\]:]+$/g, ''))
    .filter(Boolean);
}

/** Whether a word names how a drug is given (`infusion`, `bloqueio`, `corticoterapia`). */
function administrationNoun(word: string, lang: Lang): boolean {
  const cw = contextWords(lang);
  const lower = fold(word.toLowerCase());
  return cw.administrationNoun.has(wordKey(lower, lang)) || endsAs(lower, cw.administrationEnding) || cw.administrationEnding.includes(lower);
}

/**
 * A route written before a drug or its dose: right before it (`oral
 * prednisone`, `via oral 500 mg de …`), one word before it (`orally
 * administered`, `oral contraceptive`), or qualifying a noun of its giving
 * before `with`/`of`/`com`/`de` (`epidural blockade with …`, `infusão
 * intravenosa de …`). A Portuguese route before `com`/`de` qualifies the
 * noun before it, and is the drug's only when that noun names its giving
 * (`cirurgia oral com amoxicilina`, `endoscopia nasal com lidocaína`: not).
 */
function routeBefore(text: string, start: number, lang: Lang): string | undefined {
  const words = wordsBefore(text, start);
  const n = words.length;
  const cw = contextWords(lang);
  const link = n > 0 && cw.administrationLink.has(fold(words[n - 1]!.toLowerCase()));
  for (const end of [n, n - 1]) {
    for (let k = 3; k >= 1; k--) {
      if (end - k < 0) continue;
      const r = routeOf(words.slice(end - k, end).join(' '), lang);
      if (!r) continue;
      if (end === n || !link || lang === 'en') return r;
      return end - k > 0 && administrationNoun(words[end - k - 1]!, lang) ? r : undefined;
    }
  }
  // `epidural blockade with`, `intravenous infusion of`: English puts the route before the noun.
  if (lang !== 'en' || !link || n < 3 || !administrationNoun(words[n - 2]!, lang)) return undefined;
  for (let k = 2; k >= 1; k--) {
    const r = n - 2 - k >= 0 ? routeOf(words.slice(n - 2 - k, n - 2).join(' '), lang) : undefined;
    if (r) return r;
  }
  return undefined;
}

/**
 * The drug read together with `e`, and where the pair ends: one in brackets
 * right after it (`Tylenol (acetaminophen)`), or the other part of a
 * combination written as one word (`amoxicillin-clavulanate`,
 * `amoxicilina/clavulanato`), dosed as one.
 */
function apposition(text: string, e: Entity, next: Entity | undefined): { drug: Entity; end: number } | undefined {
  if (!next) return undefined;
  const gap = text.slice(e.end, next.start);
  if (gap === '-' || gap === '/') return { drug: next, end: next.end };
  if (!/^\s*[([]\s*$/.test(gap)) return undefined;
  const close = /^\s*[)\]]/.exec(text.slice(next.end, next.end + 4));
  return close ? { drug: next, end: next.end + close[0].length } : undefined;
}

const durationCache = new Map<Lang, RegExp>();

/** `for 7 days`, `por 10 dias`, `durante seis meses`: how long, as written (`7 days`). */
function readDuration(s: string, lang: Lang): string | undefined {
  let re = durationCache.get(lang);
  if (!re) {
    const rows = language(lang).durations();
    const alt = (kind: string) => rows.filter((r) => r.kind === kind).flatMap((r) => r.form!.split('|')).map((f) => escapeRegExp(f.trim())).sort((a, b) => b.length - a.length).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt('lead')})\\s*(\\d{1,3}|${alt('number')})\\s+(${alt('unit')})(?![\\p{L}\\p{N}])`, 'iu');
    durationCache.set(lang, re);
  }
  // Most scopes name no time at all: a plain test before the pattern with its look-behind.
  if (!/da?y|week|month|year|dia|semana|m[eê]s|ano/i.test(s)) return undefined;
  const m = re.exec(s);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

export function isClassMention(e: Entity): boolean {
  return e.type === 'drug' && classNames().has(e.normalized);
}

let classes: Set<string> | undefined;
function classNames(): Set<string> {
  return (classes ??= new Set(bilingual().drugClasses().map((r) => r.en!.split('|')[0]!.trim())));
}
