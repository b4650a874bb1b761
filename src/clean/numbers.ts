import { shared } from '../lang/index.js';
import { applyEdits, type Edit, type Tracked } from './tracked.js';
import type { Note } from '../io/messages.js';

/**
 * Repair what PDF extraction does to numbers: superscripts come out as plain
 * digits (`2.98 x 103/mm3` was `2.98 × 10³/mm³`) and subscripts likewise (`CO2`).
 */

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉' };

const superscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT[d] ?? d).join('');
const subscript = (digits: string) => [...digits].map((d) => SUBSCRIPT[d] ?? d).join('');

/**
 * A count per volume: number, `x`, then `10` glued to its exponent, then `/`
 * (`2.98 x 103/mm3`, `150 x 109/L`). Only before `/` is `103` read as 10³,
 * so `x 100 patients` is left alone.
 */
const SCIENTIFIC = /(?<=\d\s?)[xX×](\s?)10(\d{1,2})(?=\s?\/)|(?<=\d\s?[xX×]\s?)10\^(-?\d{1,2})/g;

/** Length units whose square or cube lost its superscript (`mm3`, `m2`). */
const UNIT_POWER = /(?<=^|[\s\d/(])(mm|cm|dm|km|µm|μm|nm|m)([23])(?![\p{L}\p{N}])/gu;

const COMPARISON: Record<string, string> = { '<=': '≤', '>=': '≥', '=<': '≤', '=>': '≥' };

let elements: Set<string> | undefined;

function elementSymbols(): Set<string> {
  elements ??= new Set(shared().chemicalElements().flatMap((e) => e.symbols.split(/\s+/)));
  return elements;
}

/**
 * The subscripted form of a chemical formula (`CO2` → `CO₂`), or undefined
 * when the token is not one: it must read as two or more element symbols
 * with counts 2–12 (a count of 1 is never written), so codes like `CD4`,
 * `B12`, `H1N1` or `SF36` stay as they are.
 */
export function chemicalFormula(token: string): string | undefined {
  const pieces = [...token.matchAll(/([A-Z][a-z]?)(\d*)/g)];
  if (pieces.map((p) => p[0]).join('') !== token || pieces.length < 2) return undefined;
  const symbols = elementSymbols();
  let counted = false;
  for (const [, symbol, count] of pieces) {
    if (!symbols.has(symbol!)) return undefined;
    if (count) {
      const n = Number(count);
      if (count.startsWith('0') || n < 2 || n > 12) return undefined;
      counted = true;
    }
  }
  return counted ? pieces.map(([, s, c]) => s + subscript(c!)).join('') : undefined;
}

export function repairNumbers(t: Tracked): { tracked: Tracked; notes: Note[] } {
  const edits: Edit[] = [];
  const notes: Note[] = [];
  // The look-behinds open the patterns, so they are tried at every position: first a test for what a match must contain.
  for (const m of /[xX×]\s?10/.test(t.text) ? t.text.matchAll(SCIENTIFIC) : []) {
    const start = m.index!;
    const end = start + m[0].length;
    const insert = m[3] !== undefined ? `10${superscript(m[3])}` : `×${m[1]}10${superscript(m[2]!)}`;
    edits.push({ start, end, insert });
    notes.push({ reason: `read \`${m[0]}\` as \`${insert}\` (exponent lost in extraction)`, at: t.src[start]!, rule: 'number-repair' });
  }
  const taken = (s: number, e: number) => edits.some((x) => s < x.end && e > x.start);
  for (const m of /m[23]/.test(t.text) ? t.text.matchAll(UNIT_POWER) : []) {
    const at = m.index! + m[1]!.length;
    if (!taken(at, at + 1)) edits.push({ start: at, end: at + 1, insert: superscript(m[2]!) });
  }
  for (const m of t.text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z\d]*\d[A-Za-z\d]*(?![\p{L}\p{N}-])/gu)) {
    const formula = chemicalFormula(m[0]);
    if (formula && !taken(m.index!, m.index! + m[0].length)) edits.push({ start: m.index!, end: m.index! + m[0].length, insert: formula });
  }
  for (const m of t.text.matchAll(/<=|>=|=<|=>/g)) {
    if (!taken(m.index!, m.index! + 2)) edits.push({ start: m.index!, end: m.index! + 2, insert: COMPARISON[m[0]]! });
  }
  return { tracked: applyEdits(t, edits), notes };
}
