import { englishWords } from '../lang/english-words.js';
import { language, shared } from '../lang/index.js';
import { Endings } from './morphology.js';
import type { Token } from './tokens.js';
import { FormQuestion } from './tokens.js';

/**
 * English chemical names by their form, where no lexicon names them:
 * nomenclature endings (`papaverine`, `picrotoxin`) and substituent prefixes
 * (`hydroxyurea`) on words that are not English words, `-ic acid` names,
 * formulas of element symbols (`CaCl2`, `NaHCO3`) and development codes of
 * compounds (`LY274614`, `CB 3717`, `SM-5887`).
 * Data: `language('en').chemicalMorphology()`, `shared().chemicalElements()`.
 */

interface Morphology {
  suffixes: Endings<true>;
  /** Substituent prefixes, as one pattern: a word is tested once, not once per prefix. */
  prefixes: RegExp;
  stops: Set<string>;
  codeStops: Set<string>;
  elements: Set<string>;
}

let data: Morphology | undefined;

function load(): Morphology {
  if (data) return data;
  const m: Morphology = { suffixes: new Endings(), prefixes: /$^/, stops: new Set(), codeStops: new Set(), elements: new Set() };
  const prefixes: string[] = [];
  for (const r of language('en').chemicalMorphology()) {
    const forms = r.form!.split('|').map((f) => f.trim());
    if (r.kind === 'suffix') for (const f of forms) m.suffixes.add(f, Number(r.min_length || 0), true);
    else if (r.kind === 'prefix') prefixes.push(...forms);
    else if (r.kind === 'stop') for (const f of forms) m.stops.add(f);
    else if (r.kind === 'code-stop') for (const f of forms) m.codeStops.add(f);
  }
  // A prefix needs at least four letters after it (`hydroxyurea`, not `hydroxy`).
  m.prefixes = new RegExp(`^(?:${prefixes.join('|')})\\p{L}{4}`, 'u');
  for (const e of shared().chemicalElements()) for (const s of e.symbols.split(/\s+/)) m.elements.add(s);
  return (data = m);
}

/**
 * Answered once per written form (the rules ask of every free word): the
 * rule then looks the answer up, and the ending and word-list search runs
 * once per form, not compiled into the rule as hot code.
 */
const chemicalForm = new FormQuestion((token: Token): boolean => {
  const { text, lower } = token;
  if (lower.length < 7) return false;
  const m = load();
  // The ending first: it rules out most words before any lookup.
  if (!m.suffixes.has(lower) && !m.prefixes.test(lower)) return false;
  return !m.stops.has(lower) && /^\p{L}+$/u.test(text) && !/\p{Lu}/u.test(text.slice(1)) && !englishWords.has(text) && !englishWords.has(lower);
});

/** A word that is a chemical by its ending or prefix and is no English word (`papaverine`, not `medicine`). */
export const chemicalWord = (token: Token): boolean => chemicalForm.of(token, 'en');

/** `fusidic acid`, `alpha-lipoic acid`: an `-ic` adjective before `acid`. */
export function acidName(token: Token, next: Token | undefined): boolean {
  return !!next && (next.lower === 'acid' || next.lower === 'acids') && /^\p{L}\p{Ll}{2,}ic$/u.test(token.text) && !englishWords.has(token.lower);
}

const FORMULA = /^(?:[A-Z][a-z]?\d{0,3}){2,8}$/;

/** Answered once per written form, as `chemicalForm`. */
const formulaForm = new FormQuestion((token: Token): boolean => {
  const t = token.text;
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90 || !FORMULA.test(t) || (!/\d/.test(t) && !/[a-z]/.test(t))) return false;
  const { elements } = load();
  return [...t.matchAll(/([A-Z][a-z]?)\d*/g)].every((s) => elements.has(s[1]!));
});

/** `CaCl2`, `H2O`, `NaHCO3`, `KCl`: element symbols with counts, with a digit or a two-letter symbol (not `HIV`, `NO`). */
export const formula = (token: Token): boolean => formulaForm.of(token, 'en');

/** `LY274614`, `NRA0160`: letters and digits in one token. */
const CODE = /^([A-Z]{1,4})(\d{3,6})[A-Z]?$/;

/** A form of two to four capitals, which may begin a code written in two tokens (`CB 3717`). */
const CODE_HEAD = -1;

/** What the form alone says (once per form): a code in one token (1), the capitals that may begin one in two (`CODE_HEAD`), or none (0). */
const codeShape = new FormQuestion((t: Token): number => {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return 0;
  const { codeStops } = load();
  const one = CODE.exec(t.text);
  if (one) return codeStops.has(one[1]!) || year(one[2]!) ? 0 : 1;
  return /^[A-Z]{2,4}$/.test(t.text) && !codeStops.has(t.text) ? CODE_HEAD : 0;
});

/**
 * A compound's development code: capitals then three to six digits, in one
 * token or two (`CB 3717`, `SM-5887`, `FK 506`). Gene, protein and
 * classification prefixes (`CD`, `IL`, `HLA`), single letters and years are not.
 * Returns how many tokens it takes.
 */
export function compoundCode(text: string, tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const shape = codeShape.of(t, 'en');
  if (shape !== CODE_HEAD) return shape;
  let k = i + 1;
  const gap = text.slice(t.end, tokens[k]?.start ?? t.end);
  if (tokens[k]?.text === '-' && tokens[k]!.start === t.end) k++;
  else if (gap !== ' ') return 0;
  const digits = tokens[k];
  if (!digits || !/^\d{3,6}$/.test(digits.text) || year(digits.text) || (k > i + 1 && digits.start !== tokens[k - 1]!.end)) return 0;
  // `ASA 325 mg`: a number with a unit after it is a dose, not a code.
  if (/^\s*(?:mg|g|mcg|µg|ml|mL|IU|%)\b/.test(text.slice(digits.end, digits.end + 6))) return 0;
  return k - i + 1;
}

const year = (digits: string) => /^(?:19|20)\d\d$/.test(digits);
