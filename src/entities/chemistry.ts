import { englishWords } from '../lang/english-words.js';
import { language, shared } from '../lang/index.js';
import { Memo } from '../memo.js';
import { Endings } from './morphology.js';
import type { Token } from './tokens.js';

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

/** Answers by written form: the rules ask of every free word. */
const chemicalWords = new Memo<boolean>(25_000);

/** A word that is a chemical by its ending or prefix and is no English word (`papaverine`, not `medicine`). */
export function chemicalWord(token: Token): boolean {
  const { text, lower } = token;
  if (lower.length < 7) return false;
  const m = load();
  // The ending first: it rules out most words before any lookup.
  if (!m.suffixes.has(lower) && !m.prefixes.test(lower)) return false;
  return chemicalWords.get(text, () => !m.stops.has(lower) && /^\p{L}+$/u.test(text) && !/\p{Lu}/u.test(text.slice(1)) && !englishWords.has(text) && !englishWords.has(lower));
}

/** `fusidic acid`, `alpha-lipoic acid`: an `-ic` adjective before `acid`. */
export function acidName(token: Token, next: Token | undefined): boolean {
  return !!next && (next.lower === 'acid' || next.lower === 'acids') && /^\p{L}\p{Ll}{2,}ic$/u.test(token.text) && !englishWords.has(token.lower);
}

const FORMULA = /^(?:[A-Z][a-z]?\d{0,3}){2,8}$/;

/** `CaCl2`, `H2O`, `NaHCO3`, `KCl`: element symbols with counts, with a digit or a two-letter symbol (not `HIV`, `NO`). */
export function formula(token: Token): boolean {
  const t = token.text;
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90 || !FORMULA.test(t) || (!/\d/.test(t) && !/[a-z]/.test(t))) return false;
  const { elements } = load();
  return [...t.matchAll(/([A-Z][a-z]?)\d*/g)].every((s) => elements.has(s[1]!));
}

/** `LY274614`, `NRA0160`: letters and digits in one token. */
const CODE = /^([A-Z]{1,4})(\d{3,6})[A-Z]?$/;

/**
 * A compound's development code: capitals then three to six digits, in one
 * token or two (`CB 3717`, `SM-5887`, `FK 506`). Gene, protein and
 * classification prefixes (`CD`, `IL`, `HLA`), single letters and years are not.
 * Returns how many tokens it takes.
 */
export function compoundCode(text: string, tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return 0;
  const { codeStops } = load();
  const one = CODE.exec(t.text);
  if (one) return codeStops.has(one[1]!) || year(one[2]!) ? 0 : 1;
  if (!/^[A-Z]{2,4}$/.test(t.text) || codeStops.has(t.text)) return 0;
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
