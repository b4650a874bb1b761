import type { Lang } from '../types.js';
import { endsWithWord, isDigit, spacesAt, spacesBefore } from './chars.js';
import { ofWords } from './nearby.js';
import { readNumber } from './numbers.js';
import { isLabUnit, readUnit, UNIT_HEAD } from './units.js';

/**
 * A value as a report writes it: a number as written in the language
 * (`450,000`, `0,01`), maybe bounded (`<0.01`, `> 1000`), or a titre
 * (`1:320`), then its unit (`/mm³`, `x10^9/L`).
 */

export type Bound = '<' | '<=' | '>' | '>=';

export interface Measure {
  /** As written, the bound included (`<0.01`, `450,000`, `1:320`). */
  text: string;
  value: number;
  /** The true value lies beyond the number (`<0.01`): below or above it. */
  bound?: Bound;
  /** A dilution (`1:320`): `value` is its denominator. */
  titre: boolean;
  /** As written, and its UCUM code. */
  unit?: string;
  ucum?: string;
  /** From the start of the string read: spaces, value and unit. */
  length: number;
}

const BOUNDS: Record<string, Bound> = { '<': '<', '>': '>', '≤': '<=', '⩽': '<=', '<=': '<=', '≥': '>=', '⩾': '>=', '>=': '>=' };
const BOUND = /(<=|>=|[<>≤≥⩽⩾])\s?/y;
/** `1:320`, `1/80`; not a date (`1/12/2014`) nor a fraction of one digit (`1/2`). */
const TITRE = /^1\s?[/:]\s?(\d{2,6})(?![\d/])/;

/** The bound written at `at` in `s` (`<`, `≤ `), with its length. */
export function readBound(s: string, at = 0): { bound: Bound; length: number } | undefined {
  if (!isBoundSign(s.charCodeAt(at))) return undefined;
  BOUND.lastIndex = at;
  const b = BOUND.exec(s);
  return b ? { bound: BOUNDS[b[1]!]!, length: b[0].length } : undefined;
}

/** How far before its end a value with a unit has its last digit: the unit (as long as `readUnit` reads) and up to three spaces. */
const UNIT_REACH = UNIT_HEAD + 3 + 1;

/** A value (number or titre) with its unit at the start of `s`, after up to three spaces. */
export function readMeasure(s: string, lang: Lang): Measure | undefined {
  const lead = spacesAt(s, 0, 3);
  let at = lead;
  const b = readBound(s, at);
  if (b) at += b.length;
  const t = s.charCodeAt(at) === 49 ? TITRE.exec(s.slice(at)) : null;
  if (t) {
    const out: Measure = { text: s.slice(lead, at + t[0].length), value: Number(t[1]), titre: true, length: at + t[0].length };
    if (b) out.bound = b.bound;
    return out;
  }
  const n = readNumber(s.slice(at), lang);
  if (!n) return undefined;
  const end = at + n.length;
  // `150/80`, `12/12/2014`: a pair or a date, not a value.
  if (s.charCodeAt(end) === 47 && isDigit(s.charCodeAt(end + 1))) return undefined;
  const out: Measure = { text: s.slice(lead, end), value: n.value, titre: false, length: end };
  if (b) out.bound = b.bound;
  const u = readUnit(s.slice(end)) ?? hyphenedUnit(s, end);
  if (u) {
    out.unit = u.text;
    out.ucum = u.ucum;
    out.length += u.length;
  }
  return out;
}

/** `110-mg/dL`: a lab unit a hyphen joins to the number, the hyphen counted in its length. */
function hyphenedUnit(s: string, end: number): ReturnType<typeof readUnit> {
  if (s.charCodeAt(end) !== 45 || !/[\p{L}µ]/u.test(s[end + 1] ?? '')) return undefined;
  const u = readUnit(s.slice(end + 1, end + 1 + UNIT_HEAD));
  return u && isLabUnit(u.ucum) ? { ...u, length: u.length + 1 } : undefined;
}

/**
 * `4.1 mmol/L of potassium`, `85% neutrophils`, `2.98 x 103/mm3 leukocytes`:
 * the value with a unit written right before `end` (maybe then `of`, `de`),
 * and where it starts.
 */
export function measureBefore(text: string, end: number, lang: Lang): { measure: Measure; start: number } | undefined {
  if (!digitBefore(text, end)) return undefined;
  const from = Math.max(0, end - 48);
  const window = text.slice(from, end);
  // Each character's code is read once, and kept as the one before the next: this scan runs for most lab names.
  let before = 0;
  for (let k = 0; k < window.length; k++) {
    const c = window.charCodeAt(k);
    const prev = before;
    before = c;
    if (!isValueStart(c) || (k > 0 && (isValueStart(prev) || prev === 46 || prev === 44))) continue;
    const m = readMeasure(window.slice(k), lang);
    if (m?.ucum && onlyOfAfter().test(window.slice(k + m.length))) return { measure: m, start: from + k };
  }
  return undefined;
}

let ofAfter: RegExp | undefined;

/** White space, maybe around one `of` word (`of`, `de`, `dos` …), and nothing else. */
const onlyOfAfter = (): RegExp => (ofAfter ??= new RegExp(`^\\s*(?:(?:${[...ofWords('either')].join('|')})\\s+)?$`, 'i'));

/**
 * Whether a value with a unit may end right before `end` (maybe then `of`,
 * `de`): its number's last digit lies within the longest unit and the
 * spaces before it. Most names have none so near.
 */
function digitBefore(text: string, end: number): boolean {
  const stop = spacesBefore(text, end);
  let first = stop;
  if (stop < end) {
    const words = ofEither();
    for (let i = 0; i < words.length; i++) {
      if (!endsWithWord(text, stop, words[i]!)) continue;
      first = spacesBefore(text, stop - words[i]!.length);
      break;
    }
  }
  for (let k = Math.max(0, end - 48, first - UNIT_REACH); k < stop; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

/** A digit or a bound sign: what a value starts with. */
const isValueStart = (c: number): boolean => isDigit(c) || isBoundSign(c);

let ofList: string[] | undefined;

/** The of-words of either language as a list, in the set's order: looked through for every lab name. */
const ofEither = (): string[] => (ofList ??= [...ofWords('either')]);

/** `<`, `>`, `≤`, `≥`, `⩽`, `⩾`: what BOUND may start with. */
const isBoundSign = (c: number) => c === 60 || c === 62 || c === 0x2264 || c === 0x2265 || c === 0x2a7d || c === 0x2a7e;
