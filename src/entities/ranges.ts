import { language } from '../lang/index.js';
import { spacesAt } from './chars.js';
import type { LabFlag, Lang, ReferenceRange } from '../types.js';
import type { Bound, Measure } from './measure.js';
import { readBound } from './measure.js';
import { readNumber } from './numbers.js';
import { fold } from './tokens.js';
import { convert, readUnit } from './units.js';

/**
 * Reference and therapeutic ranges as reports write them after a value:
 * `(normal: 150,000-400,000/mm³)`, `(therapeutic range: 2.0-3.0)`,
 * `(RR 4.0–11.0 x10^9/L)`, `(VR: até 40 U/L)`, `(normal <5 mg/L)`,
 * `(0.2—1.2 mg/dL)`, `, above the therapeutic range of 0.8–2.0 ng/mL`; the
 * words come from `src/lang/<lang>/reference-ranges.yaml`. A range with no
 * number in it is no range.
 */

export interface Range extends ReferenceRange {
  /** The bound of a one-sided range (`≤ 20`, `up to 40`). */
  op?: Bound;
  titre: boolean;
}

interface Cue {
  words: string;
  /** Short capitals (`RR`, `VR`) count only as written. */
  exact: boolean;
  kind: 'reference' | 'therapeutic' | 'lead' | 'bound';
  op?: Bound;
}

/** A language's cues, longest first, and per kind the ASCII characters (letters in small) its cues start with: both made once from the same list. */
interface Cues {
  list: Cue[];
  firsts: Map<Cue['kind'], Set<number>>;
}

const cache = new Map<Lang, Cues>();
type Kinds = ReadonlyArray<Cue['kind']>;
const BOUND_KINDS: Kinds = ['bound'];
const LEAD_KINDS: Kinds = ['lead'];
const HEAD_KINDS: Kinds = ['reference', 'therapeutic'];

function cues(lang: Lang): Cues {
  let cues = cache.get(lang);
  if (!cues) {
    const list = language(lang).referenceRangeCues<{ cue: string; kind: Cue['kind']; op?: Bound }>()
      .map((e) => {
        const cue = String(e.cue);
        const exact = /^[A-Z.]{2,5}$/.test(cue);
        const c: Cue = { words: exact ? cue : fold(cue), exact, kind: e.kind };
        if (e.op) c.op = e.op;
        return c;
      })
      .sort((a, b) => b.words.length - a.words.length);
    const firsts = new Map<Cue['kind'], Set<number>>();
    for (const c of list) {
      let set = firsts.get(c.kind);
      if (!set) firsts.set(c.kind, (set = new Set()));
      set.add(c.words.toLowerCase().charCodeAt(0));
    }
    cache.set(lang, (cues = { list, firsts }));
  }
  return cues;
}

/** Whether a cue of one of `kinds` may start with the character `c` (an ASCII letter in either case; any character not ASCII may). */
function mayStart(c: number, lang: Lang, kinds: Kinds): boolean {
  if (c >= 128) return true;
  const small = c >= 65 && c <= 90 ? c | 32 : c;
  const { firsts } = cues(lang);
  return kinds.some((kind) => firsts.get(kind)?.has(small));
}

/** The longest cue of one of `kinds` at the start of `s`, ending where a word ends. */
function cueAt(s: string, lang: Lang, kinds: Kinds): Cue | undefined {
  // Most places a range is looked for start with no cue's letter (a digit, a bracket, a comma).
  if (!mayStart(s.charCodeAt(0), lang, kinds)) return undefined;
  const head = s.slice(0, 40);
  const folded = fold(head);
  for (const c of cues(lang).list) {
    if (!kinds.includes(c.kind)) continue;
    const written = c.exact ? head : folded;
    if (written.startsWith(c.words) && !/[\p{L}\p{N}]/u.test(written.charAt(c.words.length))) return c;
  }
  return undefined;
}

const DASH = /^\s?(?:-|–|—|\u2010|\u2011|\u2212)\s?|^\s+(?:to|a|até)\s+/;
/** Words and marks between a range's head and its numbers: `range: `, `range of `, `valor de referência: `. */
const HEAD_TAIL = /^\s*(?:(?:of|is|de|é)\s+)?[:=,]?\s*/;
const TITRE = /^1\s?[/:]\s?(\d{2,6})(?![\d/])/;

/** The range written at the start of `s`: `35-104 U/L`, `≤ 20 mm/h`, `0,4 a 4,5 mUI/L`, `até 40`, `up to 0.5 10⁹/L`, `< 1:80`. */
export function parseRange(s: string, lang: Lang, kind: Range['kind'] = 'reference', headBound?: Bound): Range | undefined {
  let at = spacesAt(s, 0);
  const start = at;
  let op: Bound | undefined;
  const words = cueAt(s.slice(at), lang, BOUND_KINDS);
  const symbol = words ? undefined : readBound(s, at);
  if (words) {
    op = words.op;
    at += words.words.length + spacesAt(s, at + words.words.length);
  } else if (symbol) {
    op = symbol.bound;
    at += symbol.length;
  }
  const range: Range = { text: '', titre: false, kind };
  const t = TITRE.exec(s.slice(at));
  if (t) {
    at += t[0].length;
    const d = Number(t[1]);
    if (op === '<' || op === '<=') range.high = d;
    else range.low = d;
    range.op = op ?? '>=';
    range.titre = true;
    range.text = s.slice(start, at);
    return range;
  }
  const a = readNumber(s.slice(at), lang);
  if (!a) return undefined;
  at += a.length;
  // `0.4 mIU/L - 4.0 mIU/L`: a unit may follow each bound.
  const firstUnit = op ? undefined : readUnit(s.slice(at));
  const dash = op ? undefined : DASH.exec(s.slice(at + (firstUnit?.length ?? 0)));
  const b = dash ? readNumber(s.slice(at + (firstUnit?.length ?? 0) + dash[0].length), lang) : undefined;
  if (b) {
    range.low = a.value;
    range.high = b.value;
    at += (firstUnit?.length ?? 0) + dash![0].length + b.length;
  } else {
    op ??= headBound;
    if (!op) return undefined;
    if (op === '<' || op === '<=') range.high = a.value;
    else range.low = a.value;
    range.op = op;
  }
  const u = readUnit(s.slice(at)) ?? firstUnit;
  if (u) {
    if (u !== firstUnit) at += u.length;
    range.unit = u.text;
    range.ucum = u.ucum;
  }
  range.text = s.slice(start, at);
  return range;
}

/**
 * The range written right after a value, and where it ends in `s`: in
 * brackets after a head (`(normal range: …)`) or alone when it has the
 * value's unit (`(0.2—1.2 mg/dL)`), or after a comma and a head (`, above the
 * therapeutic range of …`).
 */
export function findRange(s: string, lang: Lang, m?: Measure): { range: Range; end: number } | undefined {
  const open = /^\s{0,3}[([]/.exec(s);
  if (open) {
    const close = s.indexOf(s[open[0].length - 1] === '(' ? ')' : ']', open[0].length);
    if (close < 0 || close - open[0].length > 120) return undefined;
    const inner = s.slice(open[0].length, close);
    const headed = afterHead(inner, lang);
    if (headed) return { range: headed.range, end: close + 1 };
    // A bare range counts only with the value's own unit, and alone in its brackets: not an interquartile range or an aside.
    const bare = parseRange(inner, lang);
    if (bare && bare.ucum && bare.ucum === m?.ucum && inner.trim() === bare.text) return { range: bare, end: close + 1 };
    return undefined;
  }
  const comma = /^\s{0,2}[,;]?\s{0,2}/.exec(s)![0].length;
  const headed = afterHead(s.slice(comma), lang);
  return headed ? { range: headed.range, end: comma + headed.end } : undefined;
}

/** A head (`normal range`, `VR`, maybe after `above the`) and the range after it. */
function afterHead(s: string, lang: Lang): { range: Range; end: number } | undefined {
  let at = spacesAt(s, 0);
  const lead = cueAt(s.slice(at), lang, LEAD_KINDS);
  if (lead) at += lead.words.length + spacesAt(s, at + lead.words.length);
  const head = cueAt(s.slice(at), lang, HEAD_KINDS);
  if (!head) return undefined;
  at += head.words.length;
  at += HEAD_TAIL.exec(s.slice(at))![0].length;
  const range = parseRange(s.slice(at), lang, head.kind as Range['kind'], head.op);
  if (!range) return undefined;
  const skipped = spacesAt(s, at);
  return { range, end: at + skipped + range.text.length };
}

/**
 * high / low / normal from a value and its range. No flag when the units
 * cannot be compared, the range is reversed, a number lacks the range's
 * unit, or a bounded value (`<5`) could lie on either side.
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
  if (r.ucum && m.ucum && r.ucum !== m.ucum) v = convert(m.value, m.ucum, r.ucum);
  else if (r.ucum && !m.ucum) v = undefined;
  if (v === undefined || !Number.isFinite(v)) return undefined;
  if (m.bound) return boundedFlag(v, m.bound, r);
  const strict = r.op === '<' || r.op === '>';
  if (r.low !== undefined && (strict ? v <= r.low : v < r.low)) return 'low';
  if (r.high !== undefined && (strict ? v >= r.high : v > r.high)) return 'high';
  return 'normal';
}

/** `<0.01` against `0–0.04`: the whole interval the value allows must fall on one side. */
function boundedFlag(v: number, bound: Bound, r: Range): LabFlag | undefined {
  if (bound === '<' || bound === '<=') {
    if (r.low !== undefined && r.low > 0 && v <= r.low) return 'low';
    if ((r.low === undefined || r.low <= 0) && r.high !== undefined && v <= r.high) return 'normal';
    return undefined;
  }
  if (r.high !== undefined && v >= r.high) return 'high';
  if (r.high === undefined && r.low !== undefined && v >= r.low) return 'normal';
  return undefined;
}
