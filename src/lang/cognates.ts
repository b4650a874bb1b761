import type { Entry } from './data.js';
import { bilingual } from './bilingual.js';
import { fold, NON_ASCII } from './fold.js';
import type { Lang } from '../types.js';

/**
 * Cognates: EN and PT words that share a spelling once the regular
 * orthographic correspondences of `src/lang/en-pt/cognates.yaml` (`-tion/-ção`,
 * `ph/f`, `y/i`, double consonants, initial `s`+C / `es`+C …) are applied.
 * This module loads them once and spells a word in that shared spelling; the
 * aligner and search compare its first letters (`cognateKey`), the glossary
 * its edit distance (`glossary/cognate.ts`).
 */

const COGNATES_FILE = 'src/lang/en-pt/cognates.yaml';

export type CognateRuleKind = 'suffix' | 'inner' | 'prefix';

export interface CognateRule {
  kind: CognateRuleKind;
  side: Lang | 'both';
  pattern: RegExp;
  replacement: string;
}

/** An entry of the data file, as written. */
export interface CognateEntry extends Entry {
  kind: string;
  side: string;
  from: string;
  to?: string;
}

/** The rules that rewrite a word of one language, by kind, in file order. */
export type CognateRules = Record<CognateRuleKind, CognateRule[]>;

const KINDS = ['suffix', 'inner', 'prefix'];
const SIDES = ['en', 'pt', 'both'];

/** Letters a suffix rule must leave before the ending, so short words keep theirs (`any` is not respelled `ania`). */
const MIN_STEM = 3;

let rules: Record<Lang, CognateRules> | undefined;

/** The rules of `src/lang/en-pt/cognates.yaml` that rewrite a word of `lang`. */
export function cognateRules(lang: Lang): CognateRules {
  rules ??= compileCognateRules(bilingual().cognates<CognateEntry>());
  return rules[lang];
}

/** Check the entries and compile their patterns; a bad entry throws, naming it. */
export function compileCognateRules(entries: readonly CognateEntry[]): Record<Lang, CognateRules> {
  const out: Record<Lang, CognateRules> = { en: { suffix: [], inner: [], prefix: [] }, pt: { suffix: [], inner: [], prefix: [] } };
  entries.forEach((entry, i) => {
    const where = `${COGNATES_FILE}: entry ${i + 1} (from ${JSON.stringify(entry.from)})`;
    if (!KINDS.includes(entry.kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
    if (!SIDES.includes(entry.side)) throw new Error(`${where}: side must be one of ${SIDES.join(', ')}`);
    if (typeof entry.from !== 'string' || entry.from === '') throw new Error(`${where}: "from" must be a non-empty pattern`);
    if (entry.to !== undefined && typeof entry.to !== 'string') throw new Error(`${where}: "to" must be a string`);
    const kind = entry.kind as CognateRuleKind;
    let pattern: RegExp;
    try {
      const source = kind === 'suffix' ? `(?:${entry.from})$` : kind === 'prefix' ? `^(?:${entry.from})` : entry.from;
      pattern = new RegExp(source, kind === 'inner' ? 'g' : '');
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    const rule: CognateRule = { kind, side: entry.side as CognateRule['side'], pattern, replacement: entry.to ?? '' };
    if (rule.side !== 'pt') out.en[kind].push(rule);
    if (rule.side !== 'en') out.pt[kind].push(rule);
  });
  return out;
}

// The cognate rules work on folded words; their callers fold with the same function.
export { fold, NON_ASCII };

/**
 * The word in the shared cognate spelling (input already folded): its suffix
 * rewritten by the first suffix rule that matches, then every inner rule in
 * order, then the first prefix rule that matches.
 */
export function normaliseCognate(folded: string, lang: Lang): string {
  const r = cognateRules(lang);
  let w = folded;
  for (const s of r.suffix) {
    const m = s.pattern.exec(w);
    if (m && m.index >= MIN_STEM) {
      w = w.replace(s.pattern, s.replacement);
      break;
    }
  }
  for (const i of r.inner) w = w.replace(i.pattern, i.replacement);
  for (const p of r.prefix) {
    if (p.pattern.test(w)) {
      w = w.replace(p.pattern, p.replacement);
      break;
    }
  }
  return w;
}

/**
 * How many leading letters of the cognate spelling two cognates must share
 * (Simard et al. 1992 used four letters; five is safer with the rules folding
 * spellings together). Endings mostly fall beyond it.
 */
export const COGNATE_PREFIX = 5;

/** The key two cognates share: the prefix of the cognate spelling. */
export function cognateKey(word: string, lang: Lang): string {
  return normaliseCognate(fold(word), lang).slice(0, COGNATE_PREFIX);
}
