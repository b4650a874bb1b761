import { ucum } from '@atomic-ehr/ucum';
import { loadTsv } from '../lang/data.js';

/**
 * Units as written in reports (`mg/dia`, `x 103/mm3`, `mm/1st hour`) mapped to
 * UCUM codes (`src/lang/lexicon/units.tsv`); anything else is accepted when
 * the UCUM parser accepts it.
 */

interface UnitForm {
  form: string;
  ucum: string;
}

let forms: UnitForm[] | undefined;
let pattern: RegExp | undefined;
let whole: RegExp | undefined;

function load(): { forms: UnitForm[]; pattern: RegExp; whole: RegExp } {
  if (!forms || !pattern || !whole) {
    forms = [];
    for (const r of loadTsv('src/lang/lexicon/units.tsv', ['form', 'ucum'])) {
      for (const f of r.form!.split('|')) forms.push({ form: f.trim(), ucum: r.ucum! });
    }
    forms.sort((a, b) => b.form.length - a.form.length);
    const alts = forms.map((f) => f.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'));
    // A unit ends where a word would: not inside `mgs` or `Lupus`.
    pattern = new RegExp(`^(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    // The same, when nothing of the unit follows (`ng/mL` but not the start of `ng/mL/h`).
    whole = new RegExp(`^(?:${alts.join('|')})(?![\\p{L}\\p{N}]|/[\\p{L}\\p{N}])`, 'u');
  }
  return { forms, pattern, whole };
}

export interface UnitMatch {
  text: string;
  ucum: string;
  length: number;
}

const byForm = new Map<string, string>();

/** The unit written at the start of `s` (after optional spaces), if any. */
export function readUnit(s: string): UnitMatch | undefined {
  const { forms, pattern, whole } = load();
  const lead = s.match(/^\s*/)![0].length;
  const rest = s.slice(lead);
  let m = whole.exec(rest);
  if (!m) {
    // Not in the table: a ratio the UCUM parser accepts (`ng/mL/h`) is still a unit; bare words are not.
    const ratio = /^[A-Za-zµμ%][A-Za-z0-9µμ%.*^]*\/[A-Za-z0-9µμ%.*^/]+(?![\p{L}\p{N}])/u.exec(rest);
    const code = ratio?.[0].replace(/[µμ]/g, 'u');
    if (ratio && code && isUcum(code)) return { text: ratio[0], ucum: code, length: lead + ratio[0].length };
    m = pattern.exec(rest);
    if (!m) return undefined;
  }
  const text = m[0];
  let code = byForm.get(text);
  if (code === undefined) {
    const squeezed = text.replace(/\s+/g, ' ');
    code = forms.find((f) => f.form === squeezed || f.form.replace(/ /g, '') === squeezed.replace(/ /g, ''))?.ucum ?? text;
    byForm.set(text, code);
  }
  return { text, ucum: code, length: lead + text.length };
}

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

export function isUcum(code: string): boolean {
  try {
    return ucum.validate(code).valid;
  } catch {
    return false;
  }
}
