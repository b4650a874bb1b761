import type { Lang } from '../types.js';
import { phraseIndex } from '../entities/lexicon.js';
import { phraseKeys } from '../entities/tokens.js';
import { loadTermbase } from '../lang/termbase.js';
import { Memo } from '../memo.js';

/**
 * The words the project's own medical vocabularies hold as terms by
 * themselves: every single-word name of a diagnosis, sign, laboratory test,
 * examination, drug, drug class or treatment in the entities stage's
 * lexicons (src/lang/en-pt/), and every single-word term of the shipped
 * termbase (glossary/termbase.yaml), in either language. A word medicine
 * shares with general language (`weight`, `urine`, `peso`) is a term when a
 * medical vocabulary names a concept with it alone; abbreviations are left
 * out (they are matched with their case and stand for longer names).
 * Compared by the entities stage's word keys (folded, singular).
 */
const vocabularies = new Map<Lang, Set<string>>();

function build(lang: Lang): Set<string> {
  const words = new Set<string>();
  for (const phrases of phraseIndex(lang).byFirst.values()) {
    for (const p of phrases) if (p.keys.length === 1 && !p.exact) words.add(p.keys[0]!);
  }
  for (const entry of loadTermbase()) {
    const forms = lang === 'en' ? [entry.en, ...(entry.en_variants ?? [])] : [entry.pt, ...(entry.pt_variants ?? [])];
    for (const form of forms) {
      const keys = phraseKeys(form, lang);
      if (keys.length === 1 && !/^[\p{Lu}\d-]+$/u.test(form)) words.add(keys[0]!);
    }
  }
  return words;
}

/** Words whose answer is remembered, per language: an entry's words recur across entries. */
const MEMO_WORDS = 20_000;
const answers: Record<Lang, Memo<boolean>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };

/** Whether a medical vocabulary of the project names a concept with this word alone. */
export function isDomainWord(word: string, lang: Lang): boolean {
  return answers[lang].get(word, (w) => {
    let set = vocabularies.get(lang);
    if (!set) vocabularies.set(lang, (set = build(lang)));
    const keys = phraseKeys(w, lang);
    return keys.length === 1 && set.has(keys[0]!);
  });
}
