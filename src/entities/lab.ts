import { loadYamlList } from '../lang/data.js';
import type { Entity, LabFlag, Lang } from '../types.js';
import { fold } from './tokens.js';
import { convert, readUnit } from './units.js';

/**
 * A lab mention's value, unit (UCUM), reference range and flag, read from
 * the text around it: `ESR 40 mm/h (normal range: ≤ 20 mm/h)`,
 * `2.98 x 103/mm3 leukocytes`, `Anti-DNA … were nonreactive`,
 * `calcium and phosphorus … 9.4 mg/dL and 3.4 mg/dL, respectively`.
 */

export interface Measure {
  /** Number as a JS number; titres keep the dilution denominator. */
  value: number;
  titre: boolean;
  text: string;
  unit?: string;
  length: number;
}

export interface Range {
  text: string;
  low?: number;
  high?: number;
  /** Bound kind for a single-sided range. */
  op?: '<' | '<=' | '>' | '>=';
  titre: boolean;
  unit?: string;
}

const NUMBER = /^([<>≤≥]=?\s*)?(\d+(?:[.,]\d+)?)(?![\d/])/;
const TITRE = /^([<>≤≥]=?\s*)?1\s*[/:]\s*(\d+)(?!\d)/;
// Words between a lab name and its value (`levels were`, `de`, `:`).
const LEAD_IN = /^(?:[\s:=,]|\b(?:serum|plasma|blood|level|levels|was|were|is|are|of|at|de|do|da|foi|foram|era|eram|sérico|sérica|séricos|séricas|nível|níveis|value|valor|count|contagem)\b)*/iu;

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

/** A value (number or titre) with its unit at the start of `s`. */
export function readMeasure(s: string): Measure | undefined {
  const lead = s.match(/^\s*/)![0].length;
  const rest = s.slice(lead);
  const t = TITRE.exec(rest);
  if (t) return { value: Number(t[2]), titre: true, text: t[0].trim(), length: lead + t[0].length };
  const m = NUMBER.exec(rest);
  if (!m) return undefined;
  const u = readUnit(rest.slice(m[0].length));
  const out: Measure = { value: num(m[2]!), titre: false, text: m[2]!, length: lead + m[0].length };
  if (u) {
    out.unit = u.ucum;
    out.length += u.length;
  }
  return out;
}

const RANGE_HEAD = /(?:normal range|reference range|reference values?|normal values?|normal|NR|RR|VR|RV|valor(?:es)? de referência|valor(?:es)? normal|valor(?:es)? normais|referência|ref\.?)\s*[:=]?\s*/iu;

/** The reference range introduced after a value (`(normal range: 35-104 U/L)`, `(VR: até 40)`). */
export function findRangeText(s: string): string | undefined {
  const open = s.search(/[([]/);
  if (open < 0 || open > 60) return undefined;
  const close = s.indexOf(s[open] === '(' ? ')' : ']', open);
  const inner = s.slice(open + 1, close < 0 ? Math.min(s.length, open + 120) : close);
  const head = RANGE_HEAD.exec(inner);
  if (!head || head.index > 2) return undefined;
  return inner.slice(head.index + head[0].length).trim();
}

const BOUND: Record<string, Range['op']> = { '<': '<', '≤': '<=', '<=': '<=', '>': '>', '≥': '>=', '>=': '>=' };

/** Parse `35-104 U/L`, `≤ 20 mm/h`, `8.5 – 10 mg/dL`, `≥ 1/80`, `up to 40`, `até 40`. */
export function parseRange(text: string): Range | undefined {
  let s = text.trim();
  const range: Range = { text: s, titre: false };
  const words = /^(?:up to|until|below|less than|até|inferior a|menor que)\s+/i.exec(s);
  const above = /^(?:above|greater than|over|superior a|maior que)\s+/i.exec(s);
  if (words) {
    range.op = '<=';
    s = s.slice(words[0].length);
  } else if (above) {
    range.op = '>';
    s = s.slice(above[0].length);
  }
  const op = /^([<>≤≥]=?)\s*/.exec(s);
  if (op) {
    range.op = BOUND[op[1]!];
    s = s.slice(op[0].length);
  }
  const t = /^1\s*[/:]\s*(\d+)/.exec(s);
  if (t) {
    range.titre = true;
    const d = Number(t[1]);
    if (range.op === '<' || range.op === '<=') range.high = d;
    else range.low = d;
    range.op ??= '>=';
    return range;
  }
  const a = /^(\d+(?:[.,]\d+)?)/.exec(s);
  if (!a) return undefined;
  s = s.slice(a[0].length);
  const dash = /^\s*(?:-|–|—|to|a|até)\s*(\d+(?:[.,]\d+)?)/.exec(s);
  if (dash && !range.op) {
    range.low = num(a[1]!);
    range.high = num(dash[1]!);
    s = s.slice(dash[0].length);
  } else if (range.op === '<' || range.op === '<=') range.high = num(a[1]!);
  else if (range.op) range.low = num(a[1]!);
  else return undefined;
  const u = readUnit(s);
  if (u) range.unit = u.ucum;
  return range;
}

/**
 * high / low / normal from a value and its range. No flag when the units
 * cannot be compared, the range is reversed, or a number lacks its unit.
 */
export function flagOf(m: Measure, r: Range): LabFlag | undefined {
  if (m.titre !== r.titre) return undefined;
  if (r.low !== undefined && r.high !== undefined && r.low > r.high) return undefined;
  if (m.titre) {
    // A titre bound is a positivity cut-off: at or past it the test is positive.
    const cut = r.low ?? r.high;
    if (cut === undefined) return undefined;
    const positive = r.op === '<=' || r.op === '>' ? m.value > cut : m.value >= cut;
    return positive ? 'high' : 'normal';
  }
  let v: number | undefined = m.value;
  if (r.unit && m.unit && r.unit !== m.unit) v = convert(m.value, m.unit, r.unit);
  else if (r.unit && !m.unit) v = undefined;
  if (v === undefined || !Number.isFinite(v)) return undefined;
  const strict = r.op === '<' || r.op === '>';
  if (r.low !== undefined && (strict ? v <= r.low : v < r.low)) return 'low';
  if (r.high !== undefined && (strict ? v >= r.high : v > r.high)) return 'high';
  return 'normal';
}

interface ResultCue {
  words: string;
  result: 'nonreactive' | 'reactive' | 'normal';
}
const resultCache = new Map<Lang, ResultCue[]>();

function resultCues(lang: Lang): ResultCue[] {
  let list = resultCache.get(lang);
  if (!list) {
    list = loadYamlList<{ cue: string; result: ResultCue['result'] }>(`src/lang/${lang}/lab-results.yaml`, ['cue', 'result'])
      .map((e) => ({ words: fold(String(e.cue)), result: e.result }))
      .sort((a, b) => b.words.length - a.words.length);
    resultCache.set(lang, list);
  }
  return list;
}

/** A qualitative result right after a lab name or group (`were nonreactive`, `-negative`, `normais`). */
export function readResult(s: string, lang: Lang): { text: string; result: ResultCue['result'] } | undefined {
  const lead = /^[\s-]*(?:(?:serum\s+)?levels?\s+|níveis\s+|nível\s+)?(?:(?:were|was|is|are|foi|foram|é|são|estava|estavam|:)\s+)?/iu.exec(s)![0].length;
  const rest = fold(s.slice(lead, lead + 40));
  for (const c of resultCues(lang)) {
    if (rest.startsWith(c.words) && !/[\p{L}\p{N}]/u.test(rest.charAt(c.words.length))) return { text: s.slice(lead, lead + c.words.length), result: c.result };
  }
  return undefined;
}

/** Groups of lab mentions joined by `and`, commas or parentheses (`calcium and phosphorus`). */
export function labGroups(text: string, labs: Entity[]): Entity[][] {
  const groups: Entity[][] = [];
  for (const e of labs) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (prev && /^[\s,()]*(?:\b(?:and|or|e|ou)\b)?[\s,()]*$/iu.test(text.slice(prev.end, e.start))) last!.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Fill value, unit, reference range and flag on the lab mentions of one text. */
export function annotateLabs(text: string, labs: Entity[], lang: Lang): void {
  // Names inside a reference range already read (`normal range: calcium: 8.5 – 10`) are not results.
  let rangeEnd = -1;
  for (const group of labGroups(text, labs)) {
    if (group[0]!.start < rangeEnd) continue;
    const last = group.at(-1)!;
    const tail = text.slice(last.end, last.end + 240);
    const lead = LEAD_IN.exec(tail)![0].length;
    const measures: Measure[] = [];
    let at = lead;
    for (;;) {
      const m = readMeasure(tail.slice(at));
      if (!m) break;
      measures.push(m);
      at += m.length;
      const sep = /^\s*(?:,|and|e|;)\s*/.exec(tail.slice(at));
      if (!sep || measures.length >= group.length) break;
      at += sep[0].length;
    }
    const rangeText = findRangeText(tail.slice(at));
    if (rangeText && measures.length > 0) rangeEnd = last.end + at + tail.slice(at).indexOf(rangeText) + rangeText.length;
    if (measures.length === group.length && (group.length === 1 || /respectively|respectivamente/i.test(tail.slice(at, at + 40)))) {
      group.forEach((e, k) => setMeasure(e, measures[k]!, rangeFor(e, rangeText, group.length)));
    } else if (measures.length === 0) {
      const result = readResult(tail, lang);
      for (const e of group) {
        const before = group.length === 1 ? measureBefore(text, e) : undefined;
        if (before) {
          const after = text.slice(e.end, e.end + 240);
          setMeasure(e, before, rangeFor(e, findRangeText(after), 1));
        } else if (result) {
          e.value = result.text;
          if (result.result === 'nonreactive') e.flag = 'nonreactive';
          else if (result.result === 'normal') e.flag = 'normal';
        }
      }
    }
  }
}

function setMeasure(e: Entity, m: Measure, rangeText: string | undefined): void {
  e.value = m.titre ? `1/${m.value}` : m.text;
  if (m.unit) e.unit = m.unit;
  if (!rangeText) return;
  e.reference_range = rangeText;
  const r = parseRange(rangeText);
  const flag = r && flagOf(m, r);
  if (flag) e.flag = flag;
}

/** In a shared range (`calcium: 8.5 – 10 mg/dL, phosphorus: 2.5 – 4.3 mg/dL`) the part naming this lab. */
function rangeFor(e: Entity, rangeText: string | undefined, groupSize: number): string | undefined {
  if (!rangeText) return undefined;
  const parts = rangeText.split(/[,;]\s*(?=[\p{L}][\p{L} -]*:)/u);
  if (parts.length > 1 || /^[\p{L}][\p{L} -]*:/u.test(rangeText)) {
    const name = fold(e.text);
    const part = parts.find((p) => fold(p.split(':')[0]!).trim() === name || name.endsWith(fold(p.split(':')[0]!).trim()));
    return part ? part.slice(part.indexOf(':') + 1).trim() : undefined;
  }
  return groupSize === 1 ? rangeText : undefined;
}

/** `2.98 x 103/mm3 leukocytes`: a value written before the lab name. */
function measureBefore(text: string, e: Entity): Measure | undefined {
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  const nums = [...before.matchAll(/(?:^|[^\d.,/])(\d+(?:[.,]\d+)?)\s/g)];
  for (const n of nums.reverse()) {
    const from = n.index! + n[0].indexOf(n[1]!);
    const m = readMeasure(before.slice(from));
    if (m && m.unit && before.slice(from + m.length).trim() === '') return m;
  }
  return undefined;
}
