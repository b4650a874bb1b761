import { ucum } from '@atomic-ehr/ucum';
import { shared } from '../lang/index.js';
import { Memo } from '../memo.js';
import { spacesAt } from './chars.js';
import { escapeRegExp } from '../lang/pattern.js';

/**
 * Units as written after a value (`mg/dL`, `mIU/L`, `× 10³/mm³`, `x10^9/L`,
 * `mL/min/1.73 m²`) and their UCUM code. A compound unit is read part by
 * part (a power of ten, atoms, `/`), each written atom mapped to its UCUM
 * atom (the shared units table: `IU` → `[iU]`, `dia` → `d`), and the
 * code is kept only when the UCUM library accepts it, the longest such unit
 * first. A unit standing alone (`mg`, `%`) must be one the table lists, so a
 * word after a number (`2 a 3`, `mg daily`) is never taken for one.
 */

export interface UnitMatch {
  /** As written (`× 10³/mm³`). */
  text: string;
  /** The UCUM code (`10*3/mm3`). */
  ucum: string;
  /** Of the match, with the spaces before the unit. */
  length: number;
}

interface Table {
  /** Whole units, longest first, as one alternation. */
  whole: RegExp;
  wholeCode: Map<string, string>;
  atoms: Map<string, string>;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const forms: Array<[string, string]> = [];
  const atoms = new Map<string, string>();
  for (const r of shared().units()) {
    for (const f of r.form!.split('|').map((x) => x.trim())) {
      if (r.kind === 'atom') atoms.set(f, r.ucum!);
      else forms.push([f, r.ucum!]);
    }
  }
  forms.sort((a, b) => b[0].length - a[0].length);
  const alts = forms.map(([f]) => escapeRegExp(f).replace(/ /g, '\\s?'));
  // A unit ends where a word would: not inside `mgs` or `Lupus`.
  const whole = new RegExp(`^(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const wholeCode = new Map(forms.map(([f, code]) => [f.replace(/ /g, ''), code]));
  return (table = { whole, wholeCode, atoms });
}

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
const plainDigits = (s: string) => s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => SUPERSCRIPT[c]!).replace(/\^/g, '');

// The parts of a compound unit, each tried where the last one ended.
/** A power of ten: `x 10³`, `×10^9`, `10⁹`, `x 103` (a superscript lost in PDF extraction). */
const POWER = /(?:([x×X])\s?)?10\s?([\^*]\s?)?(-?\d{1,2}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})/y;
/** Body-surface normalisation: `1.73 m²`, `1,73m2`. */
const SURFACE = /1[.,]73\s?m(?:²|\^?2)/y;
const ATOM = /[\p{L}µ%°º][\p{L}µ]*(?:[²³]|\^?-?\d)?/uy;
const SLASH = /\s?\/\s?/y;

type Part = { kind: 'power' | 'atom' | 'surface'; code: string } | { kind: 'slash' };

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** The parts of the compound unit written at the start of `s`, with where each ends. */
function parts(s: string): Array<{ part: Part; end: number }> {
  const out: Array<{ part: Part; end: number }> = [];
  let i = 0;
  const power = at(POWER, s, 0);
  // Without `x` a power needs a mark (`10⁹`, `10^9`): a bare `10 3` is two numbers.
  if (power && (power[1] || power[2] || /[⁰-⁹]/.test(power[3]!))) {
    out.push({ part: { kind: 'power', code: `10*${plainDigits(power[3]!)}` }, end: (i = power[0].length) });
  }
  let needAtom = out.length === 0;
  for (let guard = 0; guard < 8; guard++) {
    const slash = at(SLASH, s, i);
    if (slash && (out.length > 0 || i === 0)) {
      out.push({ part: { kind: 'slash' }, end: (i += slash[0].length) });
      needAtom = true;
    } else if (!needAtom) break;
    const surface = at(SURFACE, s, i);
    const atom = surface ? null : at(ATOM, s, i);
    if (surface) out.push({ part: { kind: 'surface', code: '{1.73_m2}' }, end: (i += surface[0].length) });
    else if (atom) out.push({ part: { kind: 'atom', code: atomCode(atom[0]) }, end: (i += atom[0].length) });
    else break;
    needAtom = false;
  }
  return out;
}

/** A written atom's UCUM atom: from the table, or a UCUM prefix and a table atom (`mIU` → `m[iU]`, `µUI` → `u[iU]`), or as written. */
function atomCode(written: string): string {
  const { atoms } = load();
  const w = plainDigits(written).replace(/^[µμ]/, 'u');
  const known = atoms.get(written) ?? atoms.get(w);
  if (known) return known;
  const rest = atoms.get(w.slice(1));
  if (rest && /^[munpkdc]$/.test(w[0]!)) return w[0] + rest;
  return w;
}

const compounds = new Memo<UnitMatch | null>(5000);

/** The longest compound unit (one with a `/` or a power of ten) at the start of `s` the UCUM library accepts. */
function compound(s: string): UnitMatch | undefined {
  const found = compounds.get(s, () => {
    const list = parts(s);
    for (let k = list.length; k > 0; k--) {
      const used = list.slice(0, k);
      const last = used.at(-1)!;
      if (last.part.kind === 'slash' || !used.some((p) => p.part.kind === 'slash' || p.part.kind === 'power')) continue;
      if (/^[\p{L}\p{N}]/u.test(s.slice(last.end))) continue;
      const code = used.map((p) => (p.part.kind === 'slash' ? '/' : p.part.code)).join('').replace(/^1\//, '/');
      if (isUcum(code)) return { text: s.slice(0, last.end), ucum: code, length: last.end };
    }
    return null;
  });
  return found ?? undefined;
}

// `mg / dL`: a slash may have a space on each side.
const COMPOUND_START = /^(?:[x×X]\s?10|10\s?[\^*⁰¹²³⁴⁵⁶⁷⁸⁹]|\S{0,12}\s?\/)/;

/** What may be a unit: enough characters for the longest one written (`mL/min/1,73 m²`, `x 10^12/L`). */
export const UNIT_HEAD = 24;

/** The unit written at the start of `s` (after up to three spaces), if any. */
export function readUnit(s: string): UnitMatch | undefined {
  const lead = spacesAt(s, 0, 3);
  const rest = s.slice(lead, lead + UNIT_HEAD);
  const { whole, wholeCode } = load();
  const w = whole.exec(rest);
  // A compound has a `/` or a power of ten in its first characters; most units after a number (`mg`, `g`) have neither.
  const c = COMPOUND_START.test(rest) ? compound(rest) : undefined;
  if (!w && !c) return undefined;
  if (c && (!w || c.length > w[0].length)) return { ...c, length: lead + c.length };
  const text = w![0];
  return { text, ucum: wholeCode.get(text.replace(/\s/g, ''))!, length: lead + text.length };
}

/** UCUM codes of concentrations, counts, activities and rates: what a lab value is measured in (not a dose). */
const LAB_UNIT = /^(?:m|u|n|p)?(?:g|mol|eq|U|\[iU\])\/(?:d|m|u)?L$|^(?:m|u)\[iU\]\/m?L$|^10\*\d+\/(?:mm3|uL|L)$|^\/(?:mm3|uL)$|^mm\/h$|^fL$|^%$|^mL\/min(?:\/\{1\.73_m2\})?$/;

export const isLabUnit = (ucum: string | undefined): boolean => !!ucum && LAB_UNIT.test(ucum);

/** The value of `value` (in unit `from`) expressed in unit `to`, when UCUM can convert. */
export function convert(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  try {
    if (!ucum.isConvertible(from, to)) return undefined;
    const v = ucum.convert(value, from, to);
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const valid = new Memo<boolean>(5000);

/**
 * Whether the UCUM library accepts `code`. An annotation's text (`{1.73_m2}`)
 * is any printable ASCII but braces in UCUM, while the library's parser
 * stops at `_`: annotations are checked for their braces only.
 */
export function isUcum(code: string): boolean {
  return valid.get(code, () => {
    if (/\{[^{}]*[^\x21-\x7e{}][^{}]*\}/.test(code)) return false;
    try {
      return ucum.validate(code.replace(/\{[^{}]*\}/g, '{a}')).valid;
    } catch {
      return false;
    }
  });
}
