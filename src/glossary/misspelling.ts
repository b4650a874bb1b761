import { wordList } from '../lang/dictionary.js';
import { fold } from './inflection.js';

/**
 * A Portuguese form with each word the Brazilian dictionary lacks put in the
 * spelling the dictionary has, where the corpus writes that spelling too for
 * the same pair and it differs only in accents and cedillas (`coeficiente de
 * correlacão` → `coeficiente de correlação`, when some example writes
 * `correlação`): a slip of one article's typing, not a term's form. `seen`
 * lists the pair's Portuguese forms as written. Only the words that miss the
 * dictionary are looked at, so most forms are returned at once.
 */
export function dictionarySpelling(form: string, seen: Iterable<string>): string {
  const dictionary = wordList('pt');
  const words = form.split(' ');
  const missing = words.map((w) => /^\p{L}+$/u.test(w) && !dictionary.has(w.toLowerCase()));
  if (!missing.includes(true)) return form;
  const spelled = new Map<string, string>();
  for (const f of seen) {
    for (const w of f.toLowerCase().split(' ')) {
      if (/^\p{L}+$/u.test(w) && dictionary.has(w)) spelled.set(fold(w), w);
    }
  }
  return words
    .map((w, i) => {
      const right = missing[i] ? spelled.get(fold(w.toLowerCase())) : undefined;
      if (!right || right === w.toLowerCase()) return w;
      // Keep a capital the word was written with.
      return w[0] !== w[0]!.toLowerCase() ? right[0]!.toUpperCase() + right.slice(1) : right;
    })
    .join(' ');
}
