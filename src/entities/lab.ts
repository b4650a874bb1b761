import type { Entity, Lang } from '../types.js';
import type { Measure } from './measure.js';
import { measureBefore, readMeasure } from './measure.js';
import type { Range } from './ranges.js';
import { findRange, flagOf, parseRange } from './ranges.js';
import { reach } from './reach.js';
import { resultBefore } from './results.js';
import { endsWithWord, isSpace } from './chars.js';
import { LINK_WORDS } from './nearby.js';
import { fold } from './tokens.js';
import { contextWords } from './words.js';

/**
 * A lab mention's value, unit, reference range and flag, read from the
 * text around it: `Platelets 450,000/mm³ (normal: 150,000-400,000/mm³)`,
 * `the median creatinine on admission was 2.3 mg/dL`, `4.1 mmol/L of
 * potassium`, `a glicemia de jejum passou de 180 para 110 mg/dL`,
 * `calcium and phosphorus … 9.4 mg/dL and 3.4 mg/dL, respectively`,
 * `Anti-DNA … were nonreactive`.
 */

/** What was read for one lab: its values in order (a series has several) and their range. */
interface Reading {
  measures: Measure[];
  range?: Range;
}

/** Spans of the text already given to a lab as a value or range. */
type Spans = Array<[number, number]>;
function inside(spans: Spans, k: number): boolean {
  for (let i = 0; i < spans.length; i++) if (k >= spans[i]![0] && k < spans[i]![1]) return true;
  return false;
}

/** Whether one of `entities` starts at `at`: asked of a few words after a lab, of a text's few mentions, so a scan and no set. */
function startsAt(entities: Entity[], at: number): boolean {
  for (let i = 0; i < entities.length; i++) if (entities[i]!.start === at) return true;
  return false;
}

/** Fill value, unit, reference range and flag on the lab mentions of one text; `entities` are all its mentions. */
export function annotateLabs(text: string, labs: Entity[], lang: Lang, entities: Entity[] = labs): void {
  const used: Spans = [];
  // The value written before each lab, if any (by its index in `labs`).
  const before: Array<Measure | undefined> = [];
  for (const e of labs) {
    const found = valueBefore(text, e, lang, labs);
    const result = found ? undefined : resultBefore(text, e.start, lang);
    before.push(found?.measure);
    if (found) {
      used.push([found.start, e.start]);
    } else if (result) {
      e.value = result.text;
      e.flag = result.flag;
    }
  }
  // labGroups parts `labs` in order: `at` counts the labs up to the group's last.
  let at = 0;
  for (const group of labGroups(text, labs)) {
    at += group.length;
    // Names inside a range already read (`normal range: calcium: 8.5 – 10`) are not results.
    if (inside(used, group[0]!.start)) continue;
    const last = group[group.length - 1]!;
    const tail = text.slice(last.end, last.end + 300);
    const measure = group.length === 1 ? before[at - 1] : undefined;
    if (measure) {
      const range = findRange(tail, lang, measure);
      if (range) used.push([last.end, last.end + range.end]);
      setReading(last, { measures: [measure], range: range?.range });
      continue;
    }
    if (allRead(group)) continue;
    const reached = reach(tail, lang, (k) => startsAt(entities, last.end + k) || inside(used, last.end + k));
    if (!reached) continue;
    if (reached.result) {
      for (const e of group) {
        if (e.value !== undefined) continue;
        e.value = reached.result.text;
        e.flag = reached.result.flag;
      }
      continue;
    }
    if (group.length === 1) {
      const series = readSeries(tail, reached.at, lang, reached.series);
      if (!series) continue;
      used.push([last.end + reached.at, last.end + series.end]);
      setReading(last, series.reading);
    } else readRespectively(text, group, tail, reached.at, lang, used);
  }
}

const ARROW = /^\s*(?:→|->)\s*/;

/** Values from `at`: one, or a series (`from 8.2% (reference <5.7%) to 6.9%`), and the range written after any of them. */
export function readSeries(tail: string, at: number, lang: Lang, fromWord: boolean): { reading: Reading; end: number } | undefined {
  const first = readMeasure(tail.slice(at), lang);
  if (!first) return undefined;
  const reading: Reading = { measures: [first] };
  let end = at + first.length;
  const cw = contextWords(lang);
  for (let k = 0; k < 8; k++) {
    const range = reading.range ? undefined : findRange(tail.slice(end), lang, reading.measures.at(-1));
    if (range) {
      reading.range = range.range;
      end += range.end;
      continue;
    }
    const rest = tail.slice(end);
    const word = /^\s*,?\s*([\p{L}]+)\s+/u.exec(rest);
    const step = ARROW.exec(rest)?.[0].length ?? (fromWord && word && cw.seriesTo.has(fold(word[1]!)) ? word[0].length : 0);
    const next = step ? readMeasure(rest.slice(step), lang) : undefined;
    if (!next) break;
    reading.measures.push(next);
    end += step + next.length;
  }
  // `ANF 1/200 cytoplasmic dot staining pattern (normal range: ≥ 1/80)`: a headed range a few words on.
  const words = reading.range ? null : /^(?:\s+[\p{L}][\p{L}-]*){1,5}(?=\s*[([])/u.exec(tail.slice(end));
  const later = words ? findRange(tail.slice(end + words[0].length), lang) : undefined;
  if (later) {
    reading.range = later.range;
    end += words![0].length + later.end;
  }
  return { reading, end };
}

const RESPECTIVELY = /respectively|respectivamente/i;

/** `calcium and phosphorus levels were 9.4 mg/dL and 3.4 mg/dL, respectively`: one value each, in order. */
function readRespectively(text: string, group: Entity[], tail: string, at: number, lang: Lang, used: Spans): void {
  // Most groups say no `respectively` at all: no need to read their values.
  if (!RESPECTIVELY.test(tail)) return;
  const measures: Measure[] = [];
  let end = at;
  for (;;) {
    const m = readMeasure(tail.slice(end), lang);
    if (!m) break;
    measures.push(m);
    end += m.length;
    const sep = /^\s*(?:,|and|e|;)\s*/.exec(tail.slice(end));
    if (!sep || measures.length >= group.length) break;
    end += sep[0].length;
  }
  if (measures.length !== group.length || !RESPECTIVELY.test(tail.slice(end, end + 40))) return;
  const last = group.at(-1)!;
  const shared = sharedRange(tail.slice(end), lang);
  used.push([last.end + at, last.end + end + (shared?.end ?? 0)]);
  group.forEach((e, k) => setReading(e, { measures: [measures[k]!], range: shared && rangeFor(e, shared.parts) }));
}

/** A range written once for a list (`(normal range: calcium: 8.5 – 10 mg/dL, phosphorus: 2.5 – 4.3 mg/dL)`), by the names it gives. */
function sharedRange(s: string, lang: Lang): { parts: Array<[string, Range]>; end: number } | undefined {
  const open = s.search(/[([]/);
  if (open < 0 || open > 60) return undefined;
  const close = s.indexOf(s[open] === '(' ? ')' : ']', open);
  if (close < 0) return undefined;
  const inner = s.slice(open + 1, close);
  const parts: Array<[string, Range]> = [];
  for (const m of inner.matchAll(/([\p{L}][\p{L} -]*):\s*/gu)) {
    const range = parseRange(inner.slice(m.index! + m[0].length), lang);
    if (range) parts.push([fold(m[1]!).trim(), range]);
  }
  return parts.length > 0 ? { parts, end: close + 1 } : undefined;
}

/** The part of a shared range that names this lab. */
function rangeFor(e: Entity, parts: Array<[string, Range]>): Range | undefined {
  const name = fold(e.text);
  return parts.find(([n]) => n === name || name.endsWith(n) || n.endsWith(name))?.[1];
}

function setReading(e: Entity, { measures, range }: Reading): void {
  // By loops: mapped and joined, the list met V8 in two array kinds and setReading was compiled again.
  const last = measures[measures.length - 1]!;
  let value = measures[0]!.text;
  for (let k = 1; k < measures.length; k++) value += ` → ${measures[k]!.text}`;
  let unitOf: Measure | undefined;
  for (let k = measures.length - 1; k >= 0 && !unitOf; k--) if (measures[k]!.unit) unitOf = measures[k];
  e.value = value;
  e.number = last.value;
  if (unitOf) {
    e.unit = unitOf.unit;
    e.ucum = unitOf.ucum;
  }
  if (!range) return;
  e.reference_range = range.text;
  e.range = { text: range.text, kind: range.kind };
  if (range.low !== undefined) e.range.low = range.low;
  if (range.high !== undefined) e.range.high = range.high;
  if (range.unit) {
    e.range.unit = range.unit;
    e.range.ucum = range.ucum;
  }
  // A value written without its unit in a series (`180 para 110 mg/dL`) has the series' unit.
  const flag = flagOf(last.ucum || !unitOf ? last : { ...last, unit: unitOf.unit, ucum: unitOf.ucum }, range);
  if (flag) e.flag = flag;
}

/** Every lab of the group has a value already. */
function allRead(group: Entity[]): boolean {
  for (const e of group) if (e.value === undefined) return false;
  return true;
}

/** Groups of lab mentions joined by `and`, commas or parentheses (`calcium and phosphorus`). */
export function labGroups(text: string, labs: Entity[]): Entity[][] {
  const groups: Entity[][] = [];
  for (const e of labs) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (prev && joined(text, prev.end, e.start)) last!.push(e);
    else groups.push([e]);
  }
  return groups;
}

const isJoint = (c: number) => isSpace(c) || c === 44 || c === 40 || c === 41;
const JOINING = ['and', 'or', 'ou', 'e'];

/** Only spaces, commas, brackets and maybe one `and`, `or`, `e`, `ou` from `from` to `to`. */
function joined(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isJoint(text.charCodeAt(k))) k++;
  for (const w of JOINING) {
    if (k + w.length <= to && endsWithWord(text, k + w.length, w) && (k + w.length === to || isJoint(text.charCodeAt(k + w.length)))) {
      k += w.length;
      break;
    }
  }
  while (k < to && isJoint(text.charCodeAt(k))) k++;
  return k === to;
}

/** After a name: what makes a number its own value, not the next name's (`Creatinine 1.2 mg/dL potassium …`). */
const NAME_TO_VALUE = new RegExp(`^[\\s:=]*(?:(?:${LINK_WORDS})\\s+)?$`, 'i');

/** Whether a measure written at `start` is the value of a lab mention among `entities` (`SpO2 88%`, `HbA1c de 9%`). */
export function labValueAt(text: string, start: number, entities: Entity[]): boolean {
  for (const e of entities) if (e.type === 'lab' && e.end <= start && start - e.end <= 16 && NAME_TO_VALUE.test(text.slice(e.end, start))) return true;
  return false;
}

/** A value written right before the lab's name, unless it is the value of the name before it. */
function valueBefore(text: string, e: Entity, lang: Lang, labs: Entity[]): { measure: Measure; start: number } | undefined {
  const found = measureBefore(text, e.start, lang);
  if (!found || labs.some((o) => o !== e && o.end <= found.start && NAME_TO_VALUE.test(text.slice(o.end, found.start)))) return undefined;
  return found;
}
