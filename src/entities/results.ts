import { language } from '../lang/index.js';
import type { LabFlag, Lang } from '../types.js';
import { endsWithWord, spacesBefore } from './chars.js';
import { fold } from './tokens.js';

/**
 * Qualitative results (`negative`, `não reagente`, `positivo`, `normais`)
 * from `src/lang/<lang>/lab-results.yaml`, and the flag each gives.
 */

export interface Result {
  /** As written. */
  text: string;
  flag: LabFlag;
}

interface Cue {
  words: string;
  flag: LabFlag;
}

const FLAG: Record<string, LabFlag> = { nonreactive: 'nonreactive', reactive: 'reactive', normal: 'normal' };
const cache = new Map<Lang, Cue[]>();

function cues(lang: Lang): Cue[] {
  let list = cache.get(lang);
  if (!list) {
    list = language(lang).labResultCues()
      .map((e) => ({ words: fold(String(e.cue)), flag: FLAG[e.result]! }))
      .sort((a, b) => b.words.length - a.words.length);
    cache.set(lang, list);
  }
  return list;
}

const firstWords = new Map<Lang, Set<string>>();

/** Whether a result cue begins with this (folded) word: most words need no further look. */
export function mayStartResult(word: string, lang: Lang): boolean {
  let set = firstWords.get(lang);
  if (!set) firstWords.set(lang, (set = new Set(cues(lang).map((c) => c.words.split(/[\s-]/)[0]!))));
  return set.has(word);
}

/** The qualitative result written at the start of `s`, ending where a word ends. */
export function resultAt(s: string, lang: Lang): Result | undefined {
  const head = fold(s.slice(0, 40));
  for (const c of cues(lang)) {
    if (head.startsWith(c.words) && !/[\p{L}\p{N}]/u.test(head.charAt(c.words.length))) return { text: s.slice(0, c.words.length), flag: c.flag };
  }
  return undefined;
}

/** `positive for nitrites`, `negativo para BAAR`: a result written before what it is of, ending at `end`. */
export function resultBefore(text: string, end: number, lang: Lang): Result | undefined {
  const window = text.slice(Math.max(0, end - 40), end);
  const tail = forBefore(window);
  if (tail === undefined) return undefined;
  for (let k = 0; k < tail; k++) {
    if (k > 0 && /[\p{L}]/u.test(window[k - 1]!)) continue;
    const r = resultAt(window.slice(k), lang);
    if (r && k + r.text.length === tail) return r;
  }
  return undefined;
}

/** Where ` for ` / ` para ` ending `s` begins (its spaces included); most names have no such word before them. */
function forBefore(s: string): number | undefined {
  const k = spacesBefore(s, s.length);
  if (k === s.length) return undefined;
  const word = endsWithWord(s, k, 'for') ? 3 : endsWithWord(s, k, 'para') ? 4 : 0;
  if (!word) return undefined;
  const after = k - word;
  const at = spacesBefore(s, after);
  return at < after ? at : undefined;
}
