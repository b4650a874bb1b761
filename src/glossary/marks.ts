import type { GlossaryExample } from '../types.js';
import { fold } from './inflection.js';

/**
 * Where an entry's term stands in its example sentences, so a reviewer sees
 * it marked in both. Matching ignores case and accents (folding keeps one
 * character per character, so offsets carry over), and a word may end
 * otherwise than the entry's dictionary form (`positivo` marks `positivas`,
 * `child` marks `children`) but not be another word of the same first
 * letters (`genome` never marks `generate`). A term in small letters prefers
 * a place written in small letters to one inside a name (`genome`, not
 * `Genome Navigator`).
 */
export function markExample(example: GlossaryExample, en: string, pt: string, folded: (sentence: string) => string = fold): GlossaryExample {
  const enTerm = find(example.en, folded(example.en), en);
  const ptTerm = find(example.pt, folded(example.pt), pt);
  return { ...example, ...(enTerm && { enTerm }), ...(ptTerm && { ptTerm }) };
}

/**
 * An entry's examples with the term marked, those where it was found in both
 * sentences first, then in one, in their order otherwise: an example whose
 * sentence writes only an acronym of the term (`GSTT1`) is no first example.
 */
export function markExamples(examples: GlossaryExample[], en: string, pt: string, folded: (sentence: string) => string = fold): GlossaryExample[] {
  const marked = examples.map((x) => markExample(x, en, pt, folded));
  const found = (x: GlossaryExample) => Number(x.enTerm !== undefined) + Number(x.ptTerm !== undefined);
  return marked.sort((a, b) => found(b) - found(a));
}

/** `fold` remembering each sentence's fold: a sentence holds several terms, so it is an example of several entries. */
export function sentenceFolds(): (sentence: string) => string {
  const seen = new Map<string, string>();
  return (sentence) => {
    let text = seen.get(sentence);
    if (text === undefined) seen.set(sentence, (text = fold(sentence)));
    return text;
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const CAPITAL = /\p{Lu}/u;
/** Letters a word may add to its stem and still be the same word. */
const ENDING = 5;
/** Letters a word as written may have beyond the dictionary form (`child` → `children`). */
const LONGER = 3;
/** Of the dictionary form's letters, the share a word as written must begin with (`lesao` → `lesoes`: 3 of 5). */
const SHARED = 0.6;

/** `written`: the sentence; `text`: it folded. */
function find(written: string, text: string, form: string): [number, number] | undefined {
  const words = fold(form).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const small = !CAPITAL.test(form);
  // Each word as written, then by its stem with a short ending; in small letters first where the term is.
  const inSmall = (at: [number, number]) => !small || !CAPITAL.test(written.slice(at[0], at[1]));
  return at(text, words, false, inSmall) ?? at(text, words, true, inSmall) ?? at(text, words, false) ?? at(text, words, true);
}

/**
 * The first place, at a word start, where the words follow one another and
 * `keep` holds; when `loose` (each word with a short ending), the place whose
 * words begin with most of the form's letters, the first of equals: `sinal`
 * marks `sinais`, not an earlier `síndrome` of the same first three letters.
 */
function at(text: string, words: string[], loose: boolean, keep: (at: [number, number]) => boolean = () => true): [number, number] | undefined {
  const first = loose ? stem(words[0]!) : words[0]!;
  let best: { at: [number, number]; shared: number } | undefined;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
    const end = matchFrom(text, i, words, loose);
    if (end === undefined || !keep([i, end])) continue;
    if (!loose) return [i, end];
    const shared = sharedLetters(text.slice(i, end), words);
    if (!best || shared > best.shared) best = { at: [i, end], shared };
  }
  return best?.at;
}

/** How many of the form's letters the written words begin with, word by word. */
function sharedLetters(written: string, words: string[]): number {
  const parts = written.split(/\s+/);
  return words.reduce((sum, word, k) => sum + commonStart(word, parts[k] ?? ''), 0);
}

function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** Dynamic patterns with Unicode classes would be compiled afresh for every term; the words are walked by hand instead. */
function matchFrom(text: string, start: number, words: string[], loose: boolean): number | undefined {
  let pos = start;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (!SPACE.test(text[pos] ?? '')) return undefined;
      while (SPACE.test(text[pos] ?? '')) pos++;
    }
    const word = words[k]!;
    const base = loose ? stem(word) : word;
    if (!text.startsWith(base, pos)) return undefined;
    const from = pos;
    pos += base.length;
    if (loose) {
      for (let n = 0; n < ENDING && LETTER.test(text[pos] ?? ''); n++) pos++;
      if (!sameWord(word, text.slice(from, pos))) return undefined;
    }
  }
  return WORD_CHAR.test(text[pos] ?? '') ? undefined : pos;
}

/** A written word that is the form inflected: not much longer, and beginning with most of its letters. */
function sameWord(form: string, written: string): boolean {
  if (written.length > form.length + LONGER) return false;
  return commonStart(form, written) >= Math.ceil(SHARED * form.length);
}

function stem(word: string): string {
  return word.slice(0, Math.max(3, word.length - 3));
}
