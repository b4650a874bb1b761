import { language } from '../lang/index.js';
import type { Lang } from '../types.js';
import type { Mention } from './mention.js';
import type { Token } from './tokens.js';
import { ofWords } from './nearby.js';
import { fold, FormQuestion } from './tokens.js';

/**
 * Portuguese findings written as a structure followed by its abnormality,
 * as echocardiography, ultrasound and examination reports put them:
 * `átrio esquerdo dilatado`, `VE aumentado em grau discreto`, `função
 * sistólica comprometida`, `bulhas hipofonéticas`, `contração segmentar do
 * VE alterada`. Read from the abnormality back to the structure, past up to
 * three words naming which one (`esquerdo e direito`, `segmentar do VE`);
 * the grading words after it belong to the finding.
 * `language('pt').findingPhrases()`.
 */

interface Words {
  /** Structures by folded form; abbreviations (`VE`) only as written in capitals. */
  structures: Set<string>;
  capitals: Set<string>;
  abnormal: Set<string>;
  degree: Set<string>;
}

let words: Words | undefined;

/** `dilatado` → `dilatado`, `dilatada`, `dilatados`, `dilatadas`; `irregular` → `irregulares`. */
function inflections(form: string): string[] {
  if (form.endsWith('o')) return [form, `${form.slice(0, -1)}a`, `${form}s`, `${form.slice(0, -1)}as`];
  if (form.endsWith('r') || form.endsWith('z')) return [form, `${form}es`];
  return [form, `${form}s`];
}

/** A structure written as an abbreviation in capitals (`VE`, `AD`), matched as written. */
const CAPITALS = /^[A-Z]{2,3}$/;

function load(): Words {
  if (words) return words;
  const w: Words = { structures: new Set(), capitals: new Set(), abnormal: new Set(), degree: new Set() };
  for (const r of language('pt').findingPhrases()) {
    for (const raw of r.form!.split('|')) {
      const form = raw.trim();
      if (r.kind === 'structure') {
        if (CAPITALS.test(form)) w.capitals.add(form);
        else w.structures.add(fold(form));
      }
      else if (r.kind === 'abnormal') for (const f of inflections(fold(form))) w.abnormal.add(f);
      else if (r.kind === 'degree') for (const f of form.endsWith('mente') ? [fold(form)] : inflections(fold(form))) w.degree.add(f);
    }
  }
  return (words = w);
}

const abnormal = new FormQuestion((t: Token, lang: Lang) => lang === 'pt' && load().abnormal.has(t.lower));
const isStructure = (t: Token): boolean => {
  const w = load();
  return w.capitals.has(t.text) || w.structures.has(t.lower);
};
/** Words that may stand between a structure and its abnormality: which one it is (`esquerdo`, `sistólica`, `do VE`, `e direito`). */
const BETWEEN = /^\p{L}[\p{L}-]*$/u;
const LINK = new Set(['e', 'do', 'da', 'de', 'dos', 'das']);

/** The finding whose abnormality is the token at `i`, or undefined. */
export function structureFinding(tokens: Token[], taken: Uint8Array, i: number, lang: Lang): Mention | undefined {
  if (!abnormal.of(tokens[i]!, lang)) return undefined;
  let from = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (!t.word || !BETWEEN.test(t.text)) break;
    if (isStructure(t)) {
      from = k;
      break;
    }
    if (!LINK.has(t.lower) && t.lower.length < 3) break;
  }
  // `fígado aumentado de volume e heterogêneo`: `e` right after the structure joins another finding, not another structure.
  if (from < 0 || tokens[from + 1]?.lower === 'e') return undefined;
  // `contratilidade segmentar do VE alterada`: the measure of the structure is what is abnormal.
  if (from >= 2 && ofWords('pt').has(tokens[from - 1]!.lower)) {
    for (let k = from - 2; k >= Math.max(0, from - 3); k--) if (isStructure(tokens[k]!)) from = k;
  }
  // `AD e VD aumentados`: structures joined by `e` share the abnormality.
  while (from >= 2 && tokens[from - 1]!.lower === 'e' && isStructure(tokens[from - 2]!)) from -= 2;
  // Words another mention holds stay its: the finding begins after them.
  for (let k = i - 1; k >= from; k--) if (taken[k]) from = k + 1;
  return { from, to: gradeEnd(tokens, taken, i + 1), type: 'diagnosis', concepts: [] };
}

/** Past the grading words after the abnormality (`discreta`, `em grau moderado`, `de grau importante`). */
function gradeEnd(tokens: Token[], taken: Uint8Array, k: number): number {
  const d = load().degree;
  const at = (j: number) => (tokens[j] && !taken[j] ? tokens[j]!.lower : '');
  if (d.has(at(k))) return k + 1;
  if ((at(k) === 'em' || at(k) === 'de') && at(k + 1) === 'grau' && d.has(at(k + 2))) return k + 3;
  return k;
}
