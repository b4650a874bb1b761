/**
 * Dehyphenation evaluation on real prose: the WMT dev abstracts (both
 * languages) are laid out in a narrow column as a PDF would be; words that
 * cross a line end are broken at a syllable-like boundary (`classi-`/`fied`),
 * and words with a real hyphen that cross it are broken at their hyphen
 * (`follow-`/`up`). Then `dehyphenate` (with the document's own vocabulary, as
 * in the pipeline) must restore every word. "join" is the positive class:
 * precision = correct joins / all joins, recall = correct joins / all
 * syllable breaks; real hyphens kept is reported beside it.
 *
 *   npx tsx scripts/eval/dehyphen.ts [--errors N] [--seed S]
 */
import { readDevJsonl } from '../dev-data.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dehyphenate } from '../../src/clean/dehyphenate.js';
import { buildVocabulary } from '../../src/lang/vocabulary.js';
import { dictionaryFor } from '../../src/lang/dictionary.js';
import { unwrapLines } from '../../src/clean/reflow.js';
import { tracked } from '../../src/clean/tracked.js';
import type { Lang } from '../../src/types.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const showErrors = arg('--errors', 0);
const seed = arg('--seed', 20240601);

interface Doc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
}

/** mulberry32: a small seeded generator, so every run breaks the same words. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOWEL = /[aeiouyáéíóúâêôãõàü]/i;
const LETTERS = /^\p{L}+$/u;

/** Break points as hyphenation patterns would place them: V-CV or VC-CV, at least 2 letters left, 3 right. */
function syllableBreaks(word: string): number[] {
  const out: number[] = [];
  for (let i = 2; i <= word.length - 3; i++) {
    const a = word[i - 1]!, b = word[i]!, c = word[i + 1]!;
    const vcv = VOWEL.test(a) && !VOWEL.test(b) && VOWEL.test(c);
    const vccv = i >= 3 && VOWEL.test(word[i - 2]!) && !VOWEL.test(a) && !VOWEL.test(b) && VOWEL.test(c) && !/^(ch|lh|nh|qu|gu|rr|ss)$/i.test(a + b);
    if (vcv || vccv) out.push(i);
  }
  return out;
}

interface Break {
  /** Index of the token in the original token list. */
  token: number;
  truth: 'join' | 'keep';
}

/** Lay tokens out in lines of `width`; words crossing the line end are broken. */
function layOut(tokens: string[], width: number, rnd: () => number): { text: string; breaks: Break[] } {
  let text = '';
  let line = 0;
  const breaks: Break[] = [];
  tokens.forEach((tok, k) => {
    const sep = line === 0 ? '' : ' ';
    if (line + sep.length + tok.length <= width) {
      text += sep + tok;
      line += sep.length + tok.length;
      return;
    }
    const room = width - line - sep.length - 1;
    const core = /^(\p{L}[\p{L}-]*\p{L})(\p{P}*)$/u.exec(tok);
    let at = -1;
    let truth: Break['truth'] = 'join';
    if (core && room >= 2) {
      const word = core[1]!;
      const hyphen = word.indexOf('-');
      if (hyphen > 0 && hyphen + 1 <= room) {
        at = hyphen + 1;
        truth = 'keep';
      } else if (LETTERS.test(word)) {
        const fits = syllableBreaks(word).filter((i) => i <= room);
        if (fits.length > 0) at = fits[Math.floor(rnd() * fits.length)]!;
      }
    }
    if (at > 0) {
      text += sep + (truth === 'keep' ? tok.slice(0, at) : `${tok.slice(0, at)}-`) + '\n' + tok.slice(at);
      line = tok.length - at;
      breaks.push({ token: k, truth });
    } else {
      text += '\n' + tok;
      line = tok.length;
    }
  });
  return { text, breaks };
}

const docs: Doc[] = readDevJsonl('align/wmt_dev.jsonl');
const rnd = random(seed);
const results: Record<string, unknown> = {};
const errors: string[] = [];
let totals = { tp: 0, fp: 0, fn: 0, keepRight: 0, keepAll: 0 };
const started = Date.now();

for (const lang of ['en', 'pt'] as Lang[]) {
  const dictionary = dictionaryFor(lang);
  let tp = 0, fp = 0, fn = 0, keepRight = 0, keepAll = 0;
  for (const doc of docs) {
    // `37- fold` (a typo in the source) cannot survive a line end unchanged, so it is read as `37-fold`
    const prose = (lang === 'en' ? doc.en_sentences : doc.pt_sentences).join(' ').replace(/(?<=\S)- +(?=\S)/g, '-');
    const tokens = prose.split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const width = 35 + Math.floor(rnd() * 40);
    const { text, breaks } = layOut(tokens, width, rnd);
    const vocabulary = buildVocabulary([text]);
    const restored = unwrapLines(dehyphenate(tracked(text), dictionary, vocabulary).tracked).text.split(' ');
    if (restored.length !== tokens.length) {
      const i = restored.findIndex((t, k) => t !== tokens[k] && !breaks.some((b) => b.token === k));
      throw new Error(`${doc.id} ${lang}: token count changed near ${JSON.stringify(tokens.slice(i - 2, i + 3))} → ${JSON.stringify(restored.slice(i - 2, i + 3))}`);
    }
    for (const b of breaks) {
      const ok = restored[b.token] === tokens[b.token];
      const joined = !restored[b.token]!.includes('-') || restored[b.token]!.split('-').length < tokens[b.token]!.split('-').length;
      if (b.truth === 'join') {
        if (ok) tp++;
        else fn++;
      } else {
        keepAll++;
        if (ok) keepRight++;
        else if (joined) fp++;
      }
      if (!ok && errors.length < showErrors) errors.push(`${lang} ${doc.id}: ${tokens[b.token]} → ${restored[b.token]}`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  results[lang] = { breaks: tp + fn + keepAll, syllableBreaks: tp + fn, realHyphens: keepAll, precision, recall, hyphensKept: keepRight / keepAll };
  totals = { tp: totals.tp + tp, fp: totals.fp + fp, fn: totals.fn + fn, keepRight: totals.keepRight + keepRight, keepAll: totals.keepAll + keepAll };
}

const all = {
  precision: totals.tp / (totals.tp + totals.fp),
  recall: totals.tp / (totals.tp + totals.fn),
  hyphensKept: totals.keepRight / totals.keepAll,
  accuracy: (totals.tp + totals.keepRight) / (totals.tp + totals.fn + totals.keepAll),
};
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
console.log(`dehyphenation on WMT dev prose (seed ${seed}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const lang of ['en', 'pt']) {
  const r = results[lang] as { breaks: number; syllableBreaks: number; realHyphens: number; precision: number; recall: number; hyphensKept: number };
  console.log(`  ${lang}: ${r.syllableBreaks} syllable breaks, ${r.realHyphens} real hyphens  join precision ${pct(r.precision)}  recall ${pct(r.recall)}  real hyphens kept ${pct(r.hyphensKept)}`);
}
console.log(`  all: precision ${pct(all.precision)}  recall ${pct(all.recall)}  hyphens kept ${pct(all.hyphensKept)}  accuracy ${pct(all.accuracy)}`);
for (const e of errors) console.log(`  ✗ ${e}`);
mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../.bench/eval-dehyphen.json', import.meta.url), JSON.stringify({ seed, ...results, all }, null, 2) + '\n');
