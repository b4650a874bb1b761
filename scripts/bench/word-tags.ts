/**
 * Whether the glossary's English word tags (src/glossary/word-tags.ts, its
 * one-term path) are compromise's own: for every word the bench input and the
 * dev glossaries could ask about, `englishWordTags(word)` against
 * `nlp(word)`, tag by tag and in order, and the word class read from each.
 * The words: every token of the English sentences of the bench documents
 * (`benchDocuments(1000)`, as the batch bench builds them) and of the dev
 * glossaries' runs (`.bench/eval-glossary/{scielo,wmt}/alignment.jsonl`, with
 * their entries and candidates; `npm run eval -- glossary` builds them), as
 * written, in lower case, singular, and each part of a hyphenated one: a
 * superset of the words the reduce asks, which are words of its terms. Also
 * times both, warm, on the words compromise's lexicon lacks (the ones the
 * word-class check tags).
 *
 *   npx tsx scripts/bench/word-tags.ts        # exits 1 on any difference
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compromise } from '../../src/glossary/english-tagger.js';
import { singular } from '../../src/glossary/inflection.js';
import { englishWordTags } from '../../src/glossary/word-tags.js';
import { benchDocuments } from './_corpus.js';

const root = join(import.meta.dirname, '../..');
const words = new Set<string>();

/** A text's tokens, their lower-case and singular forms, and their hyphenated parts. */
function addWords(text: string): void {
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!token) continue;
    for (const w of [token, ...(token.includes('-') ? token.split('-') : [])]) {
      if (!w) continue;
      const lower = w.toLowerCase();
      words.add(w).add(lower).add(singular(lower, 'en'));
    }
  }
}

for (const d of benchDocuments(1000)) addWords(d.en_text);
let sources = 'the bench documents';
for (const name of ['scielo', 'wmt']) {
  const dir = join(root, '.bench/eval-glossary', name);
  if (!existsSync(join(dir, 'alignment.jsonl'))) {
    console.log(`${dir}: not built (npm run eval -- glossary), left out`);
    continue;
  }
  sources += `, ${name}`;
  for (const line of readFileSync(join(dir, 'alignment.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) addWords((JSON.parse(line) as { en_text: string }).en_text);
  }
  for (const f of ['glossary.json', 'glossary.candidates.json']) {
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ en: string }>) addWords(e.en);
  }
}

const { nlp } = compromise();
const asTags = (terms: Array<Set<string>>) => terms.map((t) => [...t].join(',')).join(' | ');
/** englishWordClass's reading of a word's tags (inflection.ts), for a word the lexicon lacks. */
const wordClass = (terms: Array<Set<string>>) => {
  const has = (tag: string) => terms.some((t) => t.has(tag));
  if (has('Adjective')) return 'adjective';
  if (has('Adverb')) return 'adverb';
  if ((has('Verb') || has('Infinitive') || has('PresentTense')) && !has('Noun') && !has('Singular') && !has('Plural')) return 'verb';
  return 'noun';
};

let differ = 0;
for (const w of words) {
  const expected = nlp(w).docs.flat().map((t) => t.tags);
  const got = englishWordTags(w);
  if (asTags(expected) !== asTags(got) || wordClass(expected) !== wordClass(got)) {
    if (differ++ < 20) console.log(`differs: ${JSON.stringify(w)}: nlp ${asTags(expected)} / englishWordTags ${asTags(got)}`);
  }
}
console.log(`${words.size} words (${sources}): ${differ} differ`);

// Warm timings, in a fresh order each round: englishWordTags remembers each word, so each round takes words not yet asked.
const lexicon = nlp.world().model.one.lexicon;
const unlisted = [...words].filter((w) => lexicon[w] === undefined && /^\p{Ll}+$/u.test(w));
const cpu = (f: () => void) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const fresh = unlisted.map((w) => w + 'ness');
console.log(
  `${unlisted.length} lower-case words the lexicon lacks: nlp(word) ${cpu(() => unlisted.forEach((w) => nlp(w))).toFixed(0)} ms, ` +
    `englishWordTags (new words, suffixed) ${cpu(() => fresh.forEach((w) => englishWordTags(w))).toFixed(0)} ms`,
);
process.exit(differ > 0 ? 1 : 0);
