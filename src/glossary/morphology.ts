import { loadYamlList } from '../lang/data.js';
import type { Lang } from '../types.js';

/**
 * Grouping keys for term candidates: lower-case, accent-free, each word
 * singular and (Portuguese) masculine, so `síndromes overlap` and
 * `síndrome overlap`, `calcinoses` and `calcinose` count as one term.
 */

interface InflectionRule {
  rule: 'plural' | 'feminine' | 'keep';
  suffix?: string;
  replace?: string;
  min?: number;
  only?: string[];
  words?: string[];
  adjective_only?: boolean;
}

interface Inflection {
  plural: InflectionRule[];
  feminine: InflectionRule[];
  keep: Set<string>;
}

const inflections = new Map<Lang, Inflection>();

function inflection(lang: Lang): Inflection {
  let hit = inflections.get(lang);
  if (hit) return hit;
  const rules = loadYamlList<InflectionRule & Record<string, unknown>>(`src/lang/${lang}/inflection.yaml`, ['rule']);
  hit = {
    plural: rules.filter((r) => r.rule === 'plural'),
    feminine: rules.filter((r) => r.rule === 'feminine'),
    keep: new Set(rules.filter((r) => r.rule === 'keep').flatMap((r) => (r.words ?? []).map(fold))),
  };
  inflections.set(lang, hit);
  return hit;
}

/** Lower-case and strip diacritics (`cútis` → `cutis`, `ç` → `c`). */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function applyFirst(word: string, rules: InflectionRule[]): string {
  for (const r of rules) {
    const suffix = r.suffix ? fold(r.suffix) : '';
    if (!word.endsWith(suffix)) continue;
    if (r.only && !r.only.includes(word)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length < (r.min ?? 2)) continue;
    return stem + fold(r.replace ?? '');
  }
  return word;
}

/** The singular of one folded word. */
export function singular(word: string, lang: Lang): string {
  const inf = inflection(lang);
  const w = fold(word);
  if (inf.keep.has(w) || w.length <= 3 || /\d/.test(w) || w.includes('-')) return w;
  return applyFirst(w, inf.plural);
}

/**
 * The grouping form of one word: singular, and for Portuguese adjectives the
 * masculine. `afterNoun` says the word follows a noun in its phrase, which is
 * where Portuguese adjectives stand; endings shared with nouns (-ina, -ta) are
 * only folded there.
 */
export function lemma(word: string, lang: Lang, afterNoun = false): string {
  const one = singular(word, lang);
  if (lang === 'en' || inflection(lang).keep.has(one)) return one;
  const rules = inflection(lang).feminine.filter((r) => afterNoun || !r.adjective_only);
  return applyFirst(one, rules);
}

/** The grouping key of a (multi-word) term. */
export function termKey(words: string[], lang: Lang): string {
  return words.map((w, i) => lemma(w, lang, i > 0 && !CONNECTORS.has(fold(words[i - 1]!)))).join(' ');
}

/** Words that join nouns inside a Portuguese term (N de N); the word after one is a noun. */
export const CONNECTORS = new Set(['de', 'do', 'da', 'dos', 'das', 'e', 'of', 'and']);
