import { bilingual } from '../lang/index.js';
import { loadTermbase } from '../lang/termbase.js';
import type { Lang } from '../types.js';
import { fold } from '../lang/cognates.js';

/**
 * The bilingual lexicon of the aligner: function-word and frequent-word pairs
 * (the EN↔PT function words) and the single-word terms and
 * variants of the project's termbase. Every pair becomes a shared key: the
 * English word, so `tratamento` and `treatment` both carry `treatment`.
 */
export interface Lexicon {
  /** Folded word → the keys it carries. */
  en: Map<string, string[]>;
  pt: Map<string, string[]>;
  /** Multi-word termbase entries as folded word lists, keyed by their first word. */
  phrases: Record<Lang, Map<string, Array<{ words: string[]; key: string }>>>;
}

let lexicon: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const en = new Map<string, string[]>();
  const pt = new Map<string, string[]>();
  const phrases: Lexicon['phrases'] = { en: new Map(), pt: new Map() };
  const add = (map: Map<string, string[]>, word: string, key: string) => {
    const keys = map.get(word) ?? [];
    if (!keys.includes(key)) keys.push(key);
    map.set(word, keys);
  };
  const addTerm = (lang: Lang, term: string, key: string) => {
    const words = tokens(term);
    if (words.length === 1) add(lang === 'en' ? en : pt, words[0]!, key);
    else if (words.length > 1) {
      const list = phrases[lang].get(words[0]!) ?? [];
      list.push({ words, key });
      phrases[lang].set(words[0]!, list);
    }
  };
  for (const row of bilingual().functionWords()) {
    const key = fold(row.en!);
    add(en, key, key);
    add(pt, fold(row.pt!), key);
  }
  for (const entry of loadTermbase()) {
    const key = `t:${fold(entry.en)}`;
    for (const term of [entry.en, ...(entry.en_variants ?? [])]) addTerm('en', term, key);
    for (const term of [entry.pt, ...(entry.pt_variants ?? [])]) addTerm('pt', term, key);
  }
  return (lexicon = { en, pt, phrases });
}

function tokens(s: string): string[] {
  return s.split(/[^\p{L}\p{Nd}-]+/u).filter(Boolean).map(fold);
}
