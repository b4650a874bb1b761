import type { Lang } from '../types.js';
import { Memo } from '../memo.js';
import { fold, normaliseCognate, COGNATE_PREFIX } from '../lang/cognates.js';
import { loadLexicon } from './bilingual-lexicon.js';

/**
 * What the cost functions compare, computed once per sentence: its length and
 * its words, each word reduced to the keys under which it can meet a word of
 * the other language. Keys:
 *   `#1773`    a number, digits only, so `9.8`/`9,8` and `1,773`/`1.773` meet
 *   `=≥`       a comparison sign (`≥`, `≤`, `±`, `<`, `>`)
 *   `C:clasi`  a cognate prefix (see lang/cognates.ts); acronyms and names meet here too
 *   `L:treatment` a lexicon pair (function words, frequent words, termbase)
 */
export interface SentenceWords {
  length: number;
  /** Short and without final punctuation: a section heading such as `METHODS`. */
  heading: boolean;
  /** Keys of each word; the first key names the word for weighting. */
  words: string[][];
}

const TOKEN = /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*|[≥≤±<>]/gu;

/** A token as the aligner reads it: its keys, and its folded spelling (null for numbers and signs). */
interface TokenKeys {
  keys: string[];
  folded: string | null;
}

/**
 * Keys of a token as written, memoised: folding and the cognate rewrites are
 * the costly part of reading a sentence, and a document repeats its words.
 */
const memo: Record<Lang, Memo<TokenKeys>> = { en: new Memo(100_000), pt: new Memo(100_000) };
const keysOf: Record<Lang, (t: string) => TokenKeys> = { en: (t) => tokenKeysAfresh(t, 'en'), pt: (t) => tokenKeysAfresh(t, 'pt') };

const tokenKeys = (t: string, lang: Lang): TokenKeys => memo[lang].get(t, keysOf[lang]);

function tokenKeysAfresh(t: string, lang: Lang): TokenKeys {
  const c = t.charCodeAt(0);
  // ASCII digits first: the Unicode test is for the rare other digits.
  if ((c >= 48 && c <= 57) || /^\p{Nd}/u.test(t)) return { keys: [`#${t.replace(/[.,]/g, '')}`], folded: null };
  if (/^[≥≤±<>]$/.test(t)) return { keys: [`=${t}`], folded: null };
  const f = fold(t);
  const lex = loadLexicon()[lang].get(f);
  const keys = lex ? lex.map((k) => `L:${k}`) : [];
  if (f.length >= COGNATE_PREFIX || (!lex && f.length >= 2)) keys.push(`C:${normaliseCognate(f, lang).slice(0, COGNATE_PREFIX)}`);
  return { keys, folded: f };
}

export function sentenceWords(text: string, lang: Lang): SentenceWords {
  const lexicon = loadLexicon();
  const words: string[][] = [];
  const seen = new Set<string>();
  const folded: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const { keys, folded: f } = tokenKeys(m[0], lang);
    if (f !== null) folded.push(f);
    if (keys.length === 0 || seen.has(keys[0]!)) continue;
    seen.add(keys[0]!);
    words.push(keys);
  }
  // Multi-word termbase entries present in the sentence add one word carrying their key.
  for (let k = 0; k < folded.length; k++) {
    for (const phrase of lexicon.phrases[lang].get(folded[k]!) ?? []) {
      if (phrase.words.every((w, t) => folded[k + t] === w) && !seen.has(`L:${phrase.key}`)) {
        seen.add(`L:${phrase.key}`);
        words.push([`L:${phrase.key}`]);
      }
    }
  }
  const trimmed = text.trim();
  const heading = trimmed.length > 0 && trimmed.length <= 60 && !/[.!?;:,]$/.test(trimmed) && trimmed.split(/\s+/).length <= 6;
  return { length: text.length, heading, words };
}

/**
 * Both sides of one document with keys interned as integers and each word
 * weighted by how rare its first key is in the document (inverse document
 * frequency over the sentences of both sides): a number or a name that occurs
 * once per side says far more about which sentences correspond than `the`.
 */
export interface DocumentWords {
  en: Side;
  pt: Side;
  /** Number of distinct keys. */
  keys: number;
  /** Per key: in how many EN and PT sentences it occurs. */
  dfEn: Int32Array;
  dfPt: Int32Array;
}

export interface Side {
  length: Float64Array;
  heading: Uint8Array;
  /** Sentence s has words `wordStart[s] .. wordStart[s + 1]`. */
  wordStart: Int32Array;
  /** Word w has keys `keyStart[w] .. keyStart[w + 1]` in `keyIds`. */
  keyStart: Int32Array;
  keyIds: Int32Array;
  weight: Float64Array;
}

export function documentWords(en: SentenceWords[], pt: SentenceWords[]): DocumentWords {
  const ids = new Map<string, number>();
  const intern = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const build = (sentences: SentenceWords[]) => {
    const wordStart = new Int32Array(sentences.length + 1);
    const keyStart: number[] = [0];
    const keyIds: number[] = [];
    sentences.forEach((s, k) => {
      wordStart[k + 1] = wordStart[k]! + s.words.length;
      for (const w of s.words) {
        for (const key of w) keyIds.push(intern(key));
        keyStart.push(keyIds.length);
      }
    });
    return { wordStart, keyStart: Int32Array.from(keyStart), keyIds: Int32Array.from(keyIds) };
  };
  const e = build(en);
  const p = build(pt);
  const dfEn = new Int32Array(ids.size);
  const dfPt = new Int32Array(ids.size);
  const count = (side: { wordStart: Int32Array; keyStart: Int32Array; keyIds: Int32Array }, df: Int32Array, n: number) => {
    const last = new Int32Array(ids.size).fill(-1);
    for (let s = 0; s < n; s++) {
      for (let w = side.wordStart[s]!; w < side.wordStart[s + 1]!; w++) {
        for (let k = side.keyStart[w]!; k < side.keyStart[w + 1]!; k++) {
          const id = side.keyIds[k]!;
          if (last[id] !== s) {
            last[id] = s;
            df[id]!++;
          }
        }
      }
    }
  };
  count(e, dfEn, en.length);
  count(p, dfPt, pt.length);
  const total = en.length + pt.length;
  const weigh = (side: { keyStart: Int32Array; keyIds: Int32Array }) => {
    const words = side.keyStart.length - 1;
    const weight = new Float64Array(words);
    for (let w = 0; w < words; w++) {
      const id = side.keyIds[side.keyStart[w]!]!;
      weight[w] = Math.log(1 + total / (dfEn[id]! + dfPt[id]!));
    }
    return weight;
  };
  return {
    en: { ...e, length: Float64Array.from(en, (s) => s.length), heading: Uint8Array.from(en, (s) => (s.heading ? 1 : 0)), weight: weigh(e) },
    pt: { ...p, length: Float64Array.from(pt, (s) => s.length), heading: Uint8Array.from(pt, (s) => (s.heading ? 1 : 0)), weight: weigh(p) },
    keys: ids.size,
    dfEn,
    dfPt,
  };
}
