import type { GlossaryExample } from '../types.js';
import { fold } from './inflection.js';

/**
 * Where an entry's term stands in its example sentences, so a reviewer sees
 * it marked in both. Matching ignores case and accents (folding keeps one
 * character per character, so offsets carry over), and a word may end
 * otherwise than the entry's dictionary form (`positivo` marks `positivas`).
 */
export function markExample(example: GlossaryExample, en: string, pt: string, folded: (sentence: string) => string = fold): GlossaryExample {
  const enTerm = find(folded(example.en), en);
  const ptTerm = find(folded(example.pt), pt);
  return { ...example, ...(enTerm && { enTerm }), ...(ptTerm && { ptTerm }) };
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
/** Letters a word may add to its stem and still be the same word. */
const ENDING = 5;

/** `text`: the sentence folded. */
function find(text: string, form: string): [number, number] | undefined {
  const words = fold(form).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  // Each word as written, then by its stem with any short ending; tried only where the first one starts.
  return at(text, words, false) ?? at(text, words.map(stem), true);
}

/** The first place, at a word start, where the words follow one another (each with an ending of a few letters when `loose`). */
function at(text: string, words: string[], loose: boolean): [number, number] | undefined {
  for (let i = text.indexOf(words[0]!); i >= 0; i = text.indexOf(words[0]!, i + 1)) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
    const end = matchFrom(text, i, words, loose);
    if (end !== undefined) return [i, end];
  }
  return undefined;
}

/** Dynamic patterns with Unicode classes would be compiled afresh for every term; the words are walked by hand instead. */
function matchFrom(text: string, start: number, words: string[], loose: boolean): number | undefined {
  let pos = start;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (!SPACE.test(text[pos] ?? '')) return undefined;
      while (SPACE.test(text[pos] ?? '')) pos++;
    }
    if (!text.startsWith(words[k]!, pos)) return undefined;
    pos += words[k]!.length;
    if (loose) for (let n = 0; n < ENDING && LETTER.test(text[pos] ?? ''); n++) pos++;
  }
  return WORD_CHAR.test(text[pos] ?? '') ? undefined : pos;
}

function stem(word: string): string {
  return word.slice(0, Math.max(3, word.length - 3));
}
