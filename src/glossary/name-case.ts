import { wordList } from '../lang/dictionary.js';
import { language } from '../lang/index.js';

/**
 * Latin names of organisms keep their capital wherever they stand: a genus
 * written alone (`Malassezia`), a family (`Enterobacteriaceae`). The
 * Brazilian dictionary and medicine's list have many of them in small
 * letters, so the dictionaries cannot tell them from a heading's capital;
 * the corpus can: a word both languages write alike, with its capital after
 * a word in small letters (in running text, not a title's or a sentence's
 * first word) in some example of each language, never in small letters but
 * as a phrase's first word (where a sentence's capital was lowered), and no
 * word of general English in small letters; and a family by its ending
 * (src/lang/en/genus-endings.yaml, rank `family`).
 */
export function capitalisedNames(enForms: Iterable<string>, ptForms: Iterable<string>, examples: ReadonlyArray<{ en: string; pt: string }>): Set<string> {
  const en = writtenCase(enForms);
  // The Portuguese forms are read only for an English word always written with its capital, which most entries lack.
  let pt: Map<string, boolean> | undefined;
  const out = new Set<string>();
  for (const [word, always] of en) {
    if (!always || (pt ??= writtenCase(ptForms)).get(word) !== true || wordList('en').has(word)) continue;
    if (examples.some((x) => inRunningText(x.en, word)) && examples.some((x) => inRunningText(x.pt, word))) out.add(word);
  }
  return out;
}

/** Whether the sentence writes the word (small letters given) with its capital right after a word in small letters, and never in small letters. */
function inRunningText(sentence: string, word: string): boolean {
  let running = false;
  let prev: { text: string; end: number } | undefined;
  for (const m of sentence.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0];
    if (w.toLowerCase() === word) {
      if (/^\p{Ll}/u.test(w)) return false;
      if (prev && /^\p{Ll}/u.test(prev.text) && /^\s+$/u.test(sentence.slice(prev.end, m.index))) running = true;
    }
    prev = { text: w, end: m.index + w.length };
  }
  return running;
}

/** Each word of the forms, in small letters, with whether every occurrence but a phrase-initial one has its capital (one at least). */
function writtenCase(forms: Iterable<string>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const form of forms) {
    form.split(' ').forEach((w, i) => {
      if (!/^\p{L}[\p{Ll}-]+$/u.test(w)) return;
      const low = w.toLowerCase();
      if (/^\p{Lu}/u.test(w)) out.set(low, out.get(low) ?? true);
      else if (i > 0) out.set(low, false);
    });
  }
  return out;
}

/** The form with each Latin name among its words given back its capital. */
export function nameCase(form: string, names: ReadonlySet<string>): string {
  return form
    .split(' ')
    .map((w) => (/^\p{Ll}+$/u.test(w) && (names.has(w) || familyEndings().some((e) => w.endsWith(e) && w.length > e.length + 2)) ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

let families: string[] | undefined;
const familyEndings = () => (families ??= language('en').genusEndings().filter((e) => e.rank === 'family').flatMap((e) => e.endings.map(String)));
