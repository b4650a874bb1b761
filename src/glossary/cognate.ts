import { fold, NON_ASCII, normaliseCognate } from '../lang/cognates.js';
import { Memo } from '../memo.js';

/**
 * Cognate similarity between an English and a Portuguese word: both are
 * spelled with the EN↔PT correspondences of `src/lang/en-pt/cognates.yaml`
 * (`-osis/-ose`, `ph/f`, `y/i` …) and compared by edit distance and, for
 * long words, by character-trigram overlap (which forgives reordered
 * combining forms: pathophysiology ↔ fisiopatologia).
 */

/** The English word spelled the Portuguese way (lower-case, no accents). */
export function toPortugueseSpelling(en: string): string {
  return englishCognateForms(en).forms[0]!.text;
}

/** Two rows of the edit-distance table, reused across calls (grown when a word is longer). */
let rows = [new Int32Array(64), new Int32Array(64)];

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (rows[0]!.length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let prev = rows[0]!;
  let cur = rows[1]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function trigrams(w: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= w.length; i++) {
    const g = w.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function trigramDice(a: string, b: string): number {
  if (!NON_ASCII.test(a) && !NON_ASCII.test(b)) return asciiTrigramDice(a, b);
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const n of ta.values()) na += n;
  for (const n of tb.values()) nb += n;
  for (const [g, n] of ta) shared += Math.min(n, tb.get(g) ?? 0);
  return na + nb === 0 ? 0 : (2 * shared) / (na + nb);
}

/** Trigram codes of each word, reused across calls (grown when a word is longer). */
let codesA = new Int32Array(64);
let codesB = new Int32Array(64);

/** Three ASCII letters as one number, so trigrams are compared without building strings. */
function trigramCodes(w: string, into: Int32Array): Int32Array {
  const n = Math.max(0, w.length - 2);
  for (let i = 0; i < n; i++) into[i] = (w.charCodeAt(i) << 14) | (w.charCodeAt(i + 1) << 7) | w.charCodeAt(i + 2);
  return into.subarray(0, n).sort();
}

/** `trigramDice` of two ASCII words. */
function asciiTrigramDice(a: string, b: string): number {
  if (codesA.length < a.length) codesA = new Int32Array(a.length * 2);
  if (codesB.length < b.length) codesB = new Int32Array(b.length * 2);
  return codeDice(trigramCodes(a, codesA), trigramCodes(b, codesB));
}

/** Trigram Dice of two sorted code lists: the shared trigrams counted by merging them. */
function codeDice(ta: Int32Array, tb: Int32Array): number {
  const na = ta.length;
  const nb = tb.length;
  if (na + nb === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < na && j < nb; ) {
    if (ta[i]! === tb[j]!) {
      shared++;
      i++;
      j++;
    } else if (ta[i]! < tb[j]!) i++;
    else j++;
  }
  return (2 * shared) / (na + nb);
}

/**
 * A word ready to be compared many times: folded, and the spellings compared
 * (English: the Portuguese spelling; Portuguese: the word in cognate spelling
 * and its masculine/singular guesses). A sentence pair compares every English
 * word with every Portuguese one; preparing each word once keeps the lookups
 * out of that loop.
 */
export interface CognateForms {
  folded: string;
  forms: CognateSpelling[];
}

/** One spelling compared, with what the bounds and the trigram measure read from it, computed once. */
export interface CognateSpelling {
  text: string;
  ascii: boolean;
  /** Its sorted trigram codes, when it is ASCII and long enough for the trigram measure. */
  trigrams?: Int32Array;
}

function spelling(text: string): CognateSpelling {
  const ascii = !NON_ASCII.test(text);
  if (!ascii || text.length < TRIGRAM_MIN) return { text, ascii };
  return { text, ascii, trigrams: trigramCodes(text, new Int32Array(text.length - 2)) };
}

const englishForms = new Memo<CognateForms>(20_000);
const portugueseFormsMemo = new Memo<CognateForms>(20_000);

/** An English word prepared for `cognateMatcher(min).forms`. */
export function englishCognateForms(en: string): CognateForms {
  return englishForms.get(en, (en) => {
    const folded = fold(en);
    return { folded, forms: [spelling(normaliseCognate(folded, 'en'))] };
  });
}

/** A Portuguese word prepared for `cognateMatcher(min).forms`. */
export function portugueseCognateForms(pt: string): CognateForms {
  return portugueseFormsMemo.get(pt, (pt) => ({ folded: fold(pt), forms: portugueseForms(pt).map(spelling) }));
}

/** Portuguese forms to compare with: the word in cognate spelling (first), and its masculine/singular guesses. */
function portugueseForms(pt: string): string[] {
  const w = normaliseCognate(fold(pt), 'pt');
  const forms = [w];
  if (w.endsWith('as')) forms.push(w.slice(0, -2) + 'os', w.slice(0, -1));
  else if (w.endsWith('a')) forms.push(w.slice(0, -1) + 'o');
  if (w.endsWith('s') && !w.endsWith('as')) forms.push(w.slice(0, -1));
  if (w.endsWith('ia')) forms.push(w.slice(0, -2) + 'ia');
  return forms;
}

/** Shortest words the trigram measure is trusted on. */
const TRIGRAM_MIN = 9;

/**
 * Cognate similarity in [0, 1]. Identical words (loanwords such as `overlap`,
 * symbols such as `D`) score 1; short words need a near-exact match because
 * a single letter there is a large share of the word.
 */
export function cognateSimilarity(en: string, pt: string): number {
  return similarityAtLeast(englishCognateForms(en), portugueseCognateForms(pt), 0);
}

/** Word pairs that only count from a threshold up: their similarity when it reaches it, else 0. */
export interface CognateMatcher {
  (en: string, pt: string): number;
  /** The same for prepared words (`englishCognateForms`, `portugueseCognateForms`). */
  forms(en: CognateForms, pt: CognateForms): number;
}

/**
 * A matcher for word pairs that only count from `min` up: the cognate
 * similarity when it reaches `min`, else 0. Most word pairs of a sentence pair
 * are far apart; bounds from their lengths and letters rule them out without
 * the edit-distance table, in less time than a memo lookup would take.
 */
export function cognateMatcher(min: number): CognateMatcher {
  const match = (en: string, pt: string) => similarityAtLeast(englishCognateForms(en), portugueseCognateForms(pt), min);
  match.forms = (en: CognateForms, pt: CognateForms) => similarityAtLeast(en, pt, min);
  return match;
}

/** Slack for rounding in the bounds: a form is skipped only when clearly under. */
const EPSILON = 1e-9;

function similarityAtLeast(en: CognateForms, pt: CognateForms, min: number): number {
  const e = en.folded;
  const p = pt.folded;
  if (e === p) return 1;
  if (e.length < 3 || p.length < 3) return 0;
  // A short word differing by one letter (case/casa) is weaker evidence than a long one.
  const shortness = Math.min(1, Math.min(e.length, p.length) / 6);
  const weight = 0.8 + 0.2 * shortness;
  const need = min / weight - EPSILON;
  const english = en.forms[0]!;
  const spelled = english.text;
  let best = 0;
  for (const portuguese of pt.forms) {
    const form = portuguese.text;
    const longest = Math.max(spelled.length, form.length);
    // Cognates almost always share their first letter; a differing one weakens edit evidence.
    const firstLetter = spelled[0] !== form[0] ? 0.8 : 1;
    const trigrams = spelled.length >= TRIGRAM_MIN && form.length >= TRIGRAM_MIN;
    const floor = Math.max(best, need);
    // The similarity is the larger of the edit and the trigram measures; each is bounded before it is computed,
    // first from the lengths alone (the edit distance is at least their difference).
    const lengthBound = firstLetter * (1 - Math.abs(spelled.length - form.length) / longest);
    if (Math.max(lengthBound, trigrams ? trigramCeiling(spelled, form) : 0) < floor) continue;
    const editBound = firstLetter * (1 - editFloor(spelled, form, english.ascii) / longest);
    let tri = 0;
    if (trigrams) tri = english.trigrams && portuguese.trigrams ? codeDice(english.trigrams, portuguese.trigrams) : trigramDice(spelled, form);
    if (Math.max(editBound, tri) < floor) continue;
    // The edit measure can only win where its bound is above the trigram overlap.
    const sim = editBound > tri ? Math.max(tri, (1 - levenshtein(spelled, form) / longest) * firstLetter) : tri;
    best = Math.max(best, sim);
  }
  const sim = best * weight;
  return sim >= min ? sim : 0;
}

const letterCounts = new Int32Array(128);

/**
 * A lower bound on the edit distance: every letter of the longer word that
 * the shorter one cannot match costs an edit (letters compared as a bag).
 */
function editFloor(a: string, b: string, ascii: boolean): number {
  const longest = Math.max(a.length, b.length);
  // Beyond ASCII the bag is not kept; the length difference still bounds.
  if (!ascii) return longest - Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]!++;
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 128 && letterCounts[c]! > 0) {
      letterCounts[c]!--;
      common++;
    }
  }
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)] = 0;
  return longest - common;
}

/** The most trigram overlap two words' lengths allow. */
function trigramCeiling(a: string, b: string): number {
  const na = a.length - 2;
  const nb = b.length - 2;
  return (2 * Math.min(na, nb)) / (na + nb);
}
