import type { Lang } from '../types.js';
import { Memo } from '../memo.js';
import { fold } from '../lang/fold.js';

/**
 * Tokens with their offsets in the text, and the keys the lexicon matcher
 * compares: lower-cased, accent-free, plural-folded, so `Bifosfonatos`,
 * `bifosfonato` and `bisphosphonates`' own forms meet on one key per language.
 */
export interface Token {
  start: number;
  end: number;
  /** The token as written (NFKC-folded so lookalike forms compare equal). */
  text: string;
  /** Lower-cased, accent-free surface. */
  lower: string;
  /** `lower` with plural/spelling variants folded (the matcher's key). */
  key: string;
  /** Letters or digits (a word), as opposed to punctuation. */
  word: boolean;
  /** The written form it shares with every other occurrence, and what is known of that form. */
  form: WordForm;
}

// Words (letters/digits, with an apostrophe suffix like Crohn's) or single punctuation marks.
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;

// ASCII is its own NFKC form.
const ASCII = /^[\x00-\x7f]*$/;

// The one fold (src/lang/fold.ts), here for the modules that take it with the tokens.
export { fold };

/** Fold English plural and British spellings (`tumours` → `tumor`, `anaemia` → `anemia`, `sulphate` → `sulfate`). */
function keyEn(w: string): string {
  if (w.length <= 3) return w;
  let k = w;
  if (k.endsWith('ies') && k.length > 4) k = k.slice(0, -3) + 'y';
  else if (k.endsWith('s') && !/(ss|us|is|ys|as)$/.test(k)) k = k.slice(0, -1);
  return k.replace(/ae/g, 'e').replace(/oe(?=[dms])/g, 'e').replace(/our$/, 'or').replace(/sulph/g, 'sulf');
}

/** Fold Portuguese number (`-ções` → `-ção`, `-ais` → `-al`, `-ites` → `-ite`). */
function keyPt(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('oes') || w.endsWith('aes')) return w.slice(0, -3) + 'ao';
  if (w.endsWith('ais')) return w.slice(0, -3) + 'al';
  if (w.endsWith('eis') && w.length > 5) return w.slice(0, -3) + 'el';
  if (w.endsWith('ois')) return w.slice(0, -3) + 'ol';
  if (w.endsWith('ns')) return w.slice(0, -2) + 'm';
  if (/[rz]es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function wordKey(lower: string, lang: Lang): string {
  return lang === 'pt' ? keyPt(lower) : keyEn(lower);
}

/**
 * What a token is apart from where it stands: the same for every occurrence
 * of one written form in one language. The mention finders ask the same
 * questions of every occurrence, so what depends on the form alone is
 * answered here once, or remembered here once asked.
 */
export interface WordForm {
  text: string;
  lower: string;
  key: string;
  word: boolean;
  lang: Lang;
  /** Has a letter. */
  letter: boolean;
  /** Letters only (`Creat`, not `C3` or `anti-DNA`). */
  letters: boolean;
  /** Answers to `FormQuestion`s, by question. */
  answers: unknown[];
}

const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LETTERS = /^\p{L}+$/u;

function wordForm(raw: string, lang: Lang): WordForm {
  const text = ASCII.test(raw) ? raw : raw.normalize('NFKC');
  const lower = fold(text);
  const word = WORD.test(text);
  return { text, lower, key: word ? wordKey(lower, lang) : lower, word, lang, letter: LETTER.test(text), letters: LETTERS.test(text), answers: [] };
}

let questions = 0;

/**
 * A question asked of many tokens whose answer depends on the written form
 * alone (its formation, the lexicon phrases it may begin): answered once
 * per form and language, remembered with the form.
 */
export class FormQuestion<T> {
  private readonly slot = questions++;

  constructor(private readonly answer: (token: Token, lang: Lang) => T) {}

  of(token: Token, lang: Lang): T {
    const { form } = token;
    // A form is of one language; asked in the other, the answer is not the form's.
    if (form.lang !== lang) return this.answer(token, lang);
    let v = form.answers[this.slot];
    if (v === undefined) form.answers[this.slot] = v = this.answer(token, lang) ?? null;
    return (v ?? undefined) as T;
  }
}

/**
 * Forms already folded, per language: words recur (Zipf), and folding
 * (two Unicode normalisations, the plural rules) was most of tokenising.
 * Bounded (two generations of 25,000), so memory stays flat on any corpus.
 */
const forms: Record<Lang, Memo<WordForm>> = { en: new Memo(25_000), pt: new Memo(25_000) };
const formOf: Record<Lang, (raw: string) => WordForm> = { en: (raw) => wordForm(raw, 'en'), pt: (raw) => wordForm(raw, 'pt') };

/** One-character ASCII forms (punctuation, a digit, a letter) by char code: a fifth of all tokens, found without a string or a lookup. */
const singles: Record<Lang, Array<WordForm | undefined>> = { en: [], pt: [] };

/** ASCII letters and digits, by char code: what `[\p{L}\p{N}]` matches below 128. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Tokens as TOKEN finds them. ASCII letters, digits, punctuation and spaces
 * are scanned by hand (no match object per token); anything else, and an
 * ASCII word running on into other letters or an apostrophe, is left to the
 * regex from that point.
 */
export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  const known = forms[lang];
  const make = formOf[lang];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let start = i;
    let end = -1;
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
        continue;
      }
      if (ASCII_WORD[c]) {
        let j = i + 1;
        while (j < n && ASCII_WORD[text.charCodeAt(j)]) j++;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (next < 128 && next !== 39) end = j;
      } else end = i + 1;
    }
    if (end < 0) {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    const first = text.charCodeAt(start);
    const f = end - start === 1 && first < 128 ? (singles[lang][first] ??= make(text[start]!)) : known.get(text.slice(start, end), make);
    out.push({ start, end, text: f.text, lower: f.lower, key: f.key, word: f.word, form: f });
    i = end;
  }
  return out;
}

/** Keys of a lexicon phrase, tokenised exactly as text is. */
export function phraseKeys(phrase: string, lang: Lang): string[] {
  return tokenize(phrase, lang).map((t) => t.key);
}
