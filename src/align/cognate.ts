import { loadTsv } from '../lang/data.js';
import type { Lang } from '../types.js';

/**
 * Cognates: EN and PT words that share a spelling once the regular
 * correspondences (`ph/f`, `th/t`, `y/i`, double consonants, initial `s`+C /
 * `es`+C …, in `src/lang/lexicon/cognate-rules.tsv`) are applied. Two words are
 * cognates when the first `COGNATE_PREFIX` letters of their normalised forms
 * agree (Simard et al. 1992 used four letters; five is safer with the rules
 * folding spellings together). Suffixes (`-tion/-ção`, `-ity/-idade`,
 * `-ic/-ico`) fall beyond the prefix, so they never need to match.
 */
export const COGNATE_PREFIX = 5;

interface Rule {
  pattern: RegExp;
  replacement: string;
}

let rules: Record<Lang, Rule[]> | undefined;

function cognateRules(): Record<Lang, Rule[]> {
  if (rules) return rules;
  const out: Record<Lang, Rule[]> = { en: [], pt: [] };
  for (const row of loadTsv('src/lang/lexicon/cognate-rules.tsv', ['side', 'pattern'])) {
    const rule = { pattern: new RegExp(row.pattern!, 'g'), replacement: row.replacement ?? '' };
    if (row.side === 'en' || row.side === 'both') out.en.push(rule);
    if (row.side === 'pt' || row.side === 'both') out.pt.push(rule);
  }
  return (rules = out);
}

/** Lower case without diacritics: `Métodos` → `metodos`. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The word spelled with the correspondences applied (input already folded). */
export function normaliseCognate(folded: string, lang: Lang): string {
  let w = folded;
  for (const r of cognateRules()[lang]) w = w.replace(r.pattern, r.replacement);
  return w;
}

/** The key two cognates share: the prefix of the normalised spelling. */
export function cognateKey(word: string, lang: Lang): string {
  return normaliseCognate(fold(word), lang).slice(0, COGNATE_PREFIX);
}
