import type { Lang } from '../types.js';
import { Memo } from '../memo.js';
import { functionWords, sectionHeadings, wordEnding } from '../lang/index.js';
import { CONNECTORS, fold, lemma } from './inflection.js';
import { stopList } from './stopwords.js';
import { tagTerms } from './english-tagger.js';

export { loadEnglishTagger } from './english-tagger.js';

/**
 * Term candidates of one sentence: noun phrases and their sub-phrases, each
 * with its grouping key. English phrases come from compromise's part-of-speech
 * tags; Portuguese ones from rules over a stop list (N, N ADJ, N de N …),
 * since no Portuguese tagger ships with the project.
 */
export interface TermCandidate {
  /** As written, with a sentence-initial capital lowered. */
  surface: string;
  words: string[];
  key: string;
  /** Relative position of the first word in the sentence, in [0, 1]. */
  position: number;
}

/** Longest candidate, in words (connectors included). */
const MAX_WORDS = 6;

/** Token of a sentence with its phrase role. */
interface Token {
  text: string;
  /** `content` may be in a term, `connector` only inside one (of/de), `break` ends a run. */
  role: 'content' | 'connector' | 'break';
  /** A punctuation mark follows the token (ends the run after it). */
  closes: boolean;
  /** May not end a multi-word term (English adjectives: `disease of unclear`). */
  modifierOnly?: boolean;
  /** `fold(text)`, when the tokenizer already folded it. */
  folded?: string;
}

/** Two or more capitals, digits after the first allowed: an acronym, whatever pronoun the tagger reads in it. */
const ACRONYM_PRONOUN = /^\p{Lu}[\p{Lu}\d]+$/u;

const SYMBOL = /^(?:[A-Z]|\d{1,2}[A-Za-z]?|[IVX]{1,4})$/;
/** A percent sign right after a number: a strength or a share (`ketoconazole 1%`), never a designation like `interleukin 6`. */
const PERCENT = /%/;
/** A relation sign: what follows a statistic's symbol (`r = 0.88`, `p<0.05`). */
const RELATION = /^\s*[=<>≤≥≈]/u;

/** A statistic's one small letter before its value (`r = 0.88`, `r=0,88`, `p < 0.05`): no word of the term it follows (`vitamin D = 30` keeps its capital letter). */
function isStatistic(word: string, after: string): boolean {
  return /^\p{Ll}(?:\s*[=<>≤≥≈].*)?$/u.test(word) && (word.length > 1 || RELATION.test(after));
}

/**
 * Tagged sentences, by text. Boilerplate (licences, funding lines) and titles
 * repeat across a corpus; the memo is small, so it holds only recent sentences.
 */
const tagged = new Memo<Token[]>(256);

function englishTokens(text: string): Token[] {
  return tagged.get(text, tagEnglish);
}

function tagEnglish(text: string): Token[] {
  const stop = stopList('en');
  const terms = tagTerms(text);
  const tokens: Token[] = [];
  terms.forEach((t, i) => {
    const tags = t.tags;
    const word = t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const next = terms[i + 1];
    const prev = tokens[tokens.length - 1];
    const closes = /[,;:.!?()[\]"]/.test(t.post) || (next !== undefined && /[([]/.test(next.pre));
    let role: Token['role'] = 'break';
    // Capitals the tagger reads as a pronoun (`IL` of `IL-6`, as if `I'll`) are an acronym: no pronoun is written so inside a sentence.
    const pronoun = tags.has('Pronoun') && !ACRONYM_PRONOUN.test(word);
    const nounish = (tags.has('Noun') && !pronoun) || tags.has('Adjective') || tags.has('Acronym');
    const folded = word === '' ? '' : fold(word);
    if (word === '' || isStatistic(word, next?.text ?? '')) role = 'break';
    else if (folded === 'of') role = 'connector';
    else if (stop.function.has(folded)) role = 'break';
    else if (nounish && !tags.has('Possessive')) role = 'content';
    else if (SYMBOL.test(word) && prev?.role === 'content' && !prev.closes && !PERCENT.test(t.text + t.post)) role = 'content';
    else if (
      // A bare verb form before a noun with no subject is a noun adjunct (overlap syndromes, follow up visits).
      tags.has('Verb') &&
      (tags.has('Infinitive') || tags.has('PresentTense')) &&
      !tags.has('Auxiliary') &&
      !tags.has('Copula') &&
      !closes &&
      next !== undefined &&
      next.tags.has('Noun') &&
      (prev === undefined || prev.role !== 'content' || prev.closes)
    )
      role = 'content';
    const modifierOnly = role === 'content' && tags.has('Adjective') && !tags.has('Noun');
    const token: Token = { text: word || t.text, role, closes: closes || /\s-\s|—/.test(t.post), modifierOnly };
    // compromise splits hyphenated compounds (cross-sectional, semi-structured); they are one word, as on the Portuguese side.
    if (prev && word !== '' && terms[i - 1]!.post === '-' && prev.text !== '') {
      prev.role = prev.role === 'content' || role === 'content' ? 'content' : 'break';
      prev.text = `${prev.text}-${token.text}`;
      prev.closes = token.closes;
      prev.modifierOnly = token.modifierOnly;
      return;
    }
    tokens.push(token);
  });
  return tokens;
}

/** Words that join the content words of a Portuguese term (`lúpus de início tardio`). */
const PT_CONNECTORS = functionWords('term-connector', 'pt');

function portugueseTokens(text: string): Token[] {
  const stop = stopList('pt');
  const tokens: Token[] = [];
  // Acronyms joined by a slash (`PET/CT`) are one word, as the English tagger reads them; other slashes (`e/ou`) part words.
  const re = /(\p{Lu}[\p{Lu}\p{N}]+(?:\/\p{Lu}[\p{Lu}\p{N}]+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}])|([^\s\p{L}\p{N}]+)/gu;
  for (const m of text.matchAll(re)) {
    const prev = tokens[tokens.length - 1];
    if (m[2] !== undefined) {
      if (prev && /[,;:.!?()[\]"/–—]/.test(m[2])) prev.closes = true;
      if (prev && isStatistic(prev.text, m[2])) prev.role = 'break';
      continue;
    }
    const word = m[1]!;
    const w = fold(word);
    let role: Token['role'] = 'content';
    if (PT_CONNECTORS.has(w)) role = 'connector';
    else if (stop.function.has(w)) role = 'break';
    else if (/^\d/.test(w)) role = prev?.role === 'content' && !prev.closes && SYMBOL.test(word) && !PERCENT.test(text.slice(m.index + word.length, m.index + word.length + 2)) ? 'content' : 'break';
    // A verb's ending rules the word out of a noun phrase.
    else if (word.length > 4 && wordEnding('pt', 'verb-form').test(w)) role = 'break';
    tokens.push({ text: word, role, closes: false, folded: w });
  }
  return tokens;
}

/** Runs of content words, joined by single connectors, split at punctuation: the indices of their tokens. */
function runs(tokens: Token[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const last = () => tokens[cur[cur.length - 1]!]!;
  const flush = () => {
    while (cur.length > 0 && last().role !== 'content') cur.pop();
    if (cur.length > 0) out.push(cur);
    cur = [];
  };
  tokens.forEach((t, i) => {
    if (t.role === 'break') flush();
    else if (t.role === 'connector') {
      if (cur.length > 0 && last().role === 'content' && !last().closes) cur.push(i);
      else flush();
    } else {
      cur.push(i);
      if (t.closes) flush();
    }
  });
  flush();
  return out;
}

/** Lower a capital that only marks the start of a sentence or title (`Calcinosis` → `calcinosis`, `SLE` stays). */
function surfaceWord(word: string, first: boolean): string {
  if (!first) return word;
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) ? word.toLowerCase() : word;
}

/**
 * Every span of every run that may be a term, each key once. A span grows
 * one word at a time from each start, so its words, surface and grouping key
 * (`termKey` of its words) are extended rather than rebuilt; a word's lemma
 * depends only on the word and whether a connector precedes it in the span,
 * so each token's is looked up once.
 */
function candidatesOf(tokens: Token[], lang: Lang): TermCandidate[] {
  const filler = stopList(lang).filler;
  const out: TermCandidate[] = [];
  const seen = new Map<string, TermCandidate>();
  const total = Math.max(1, tokens.length);
  const folded = tokens.map((t) => t.folded ?? fold(t.text));
  // A token's lemma as the first word of a span, and as a later one (after the token before it).
  const first: Array<string | undefined> = [];
  const later: Array<string | undefined> = [];
  for (const run of runs(tokens)) {
    for (let a = 0; a < run.length; a++) {
      const start = run[a]!;
      if (tokens[start]!.role !== 'content') continue;
      let connectors = 0;
      const words: string[] = [];
      let key = '';
      let surface = '';
      let allFiller = true;
      for (let b = a; b < run.length && b - a < MAX_WORDS; b++) {
        const at = run[b]!;
        const t = tokens[at]!;
        const word = b === a ? surfaceWord(t.text, at === 0) : t.text;
        words.push(word);
        if (b === a) {
          key = first[at] ??= lemma(word, lang);
          surface = word;
        } else {
          key += ' ' + (later[at] ??= lemma(word, lang, !CONNECTORS.has(folded[at - 1]!)));
          surface += ' ' + word;
        }
        allFiller &&= filler.has(folded[at]!) || CONNECTORS.has(folded[at]!);
        if (t.role === 'connector') {
          if (++connectors > 2) break;
          continue;
        }
        if (b > a && t.modifierOnly) continue;
        if (b === a && (filler.has(folded[at]!) || /^\d/.test(word) || word.length < 2)) continue;
        if (allFiller) continue;
        const earlier = seen.get(key);
        // Of two forms of one term in a sentence, show the one that is already the lemma (sistêmico over sistêmicas).
        if (earlier) {
          if (fold(surface) === key && fold(earlier.surface) !== key) Object.assign(earlier, { surface, words: words.slice() });
          continue;
        }
        const c = { surface, words: words.slice(), key, position: start / total };
        seen.set(key, c);
        out.push(c);
      }
    }
  }
  return out;
}

/**
 * The sentence with each structured-abstract heading inside it (`OBJETIVO:`)
 * made a stop: a pre-segmented abstract keeps a heading run on after the
 * part before (`… artrite idiopática juvenil OBJETIVO: Avaliar …`), and
 * no term runs into it.
 */
function withoutHeadings(sentence: string, lang: Lang): string {
  let out = sentence;
  // One opening the sentence stays: the other side's opens its sentence too (`Conclusão:` ↔ `CONCLUSION`), and the two pair up.
  for (const h of sectionHeadings(sentence, lang).reverse()) if (h.start > 0) out = `${out.slice(0, h.start)}.${' '.repeat(h.end - h.start - 1)}${out.slice(h.end)}`;
  return out;
}

/** English term candidates of one sentence (call `loadEnglishTagger()` once before). */
export function englishCandidates(sentence: string): TermCandidate[] {
  return candidatesOf(englishTokens(withoutHeadings(sentence, 'en')), 'en');
}

/** Portuguese term candidates of one sentence. */
export function portugueseCandidates(sentence: string): TermCandidate[] {
  return candidatesOf(portugueseTokens(withoutHeadings(sentence, 'pt')), 'pt');
}
