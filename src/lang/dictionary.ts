import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildITrieFromWords, decodeTrie, encodeITrieToBTrie, type ITrie } from 'cspell-trie-lib';
import { compiledPath as compiledFile, loadCompiled, writeCompiled } from './compiled.js';
import type { BlockLang } from '../types.js';
import { englishWords, type WordSet } from './english-words.js';
import { Memo } from '../memo.js';

/**
 * Word lists for dehyphenation: the cspell dictionaries (Hunspell-derived,
 * maintained on npm) for English and Brazilian Portuguese, plus cspell's
 * medical terms. A list is read when a word is first looked up in it, so a
 * document without line-end hyphens never loads one. English is the sorted
 * table of `english-words.ts`.
 *
 * `npm run build` compiles the other lists into cspell's binary trie
 * (`dist/dictionaries/`): it loads as one typed array, far faster and smaller
 * than the trie read from the package's text format (docs/performance.md).
 * Without the compiled file the package's own file is decoded, same answers.
 */

/** A list of words: the English table's shape, which every list here answers to. */
export type WordList = WordSet;

interface Source {
  name: string;
  pkg: string;
  file: string;
  /** Plain word list (one per line, `#` comments) instead of a cspell trie; looked up lowercased. */
  plain?: boolean;
}

const SOURCES = {
  pt: { name: 'pt_BR', pkg: '@cspell/dict-pt-br', file: 'pt_BR.trie.gz' },
  medical: { name: 'medicalterms', pkg: '@cspell/dict-medicalterms', file: 'dict/medicalterms-en.txt.gz', plain: true },
} satisfies Record<string, Source>;

const require = createRequire(import.meta.url);

/** The packages export only `cspell-ext.json`; their word files and package.json sit beside it. */
function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/cspell-ext.json`));
}

function compiledPath(source: Source): string {
  return compiledFile('dictionaries', source.name, join(packageDir(source.pkg), 'package.json'), 'btrie');
}

function decodeSource(source: Source): ITrie {
  const text = gunzipSync(readFileSync(join(packageDir(source.pkg), source.file))).toString('utf8');
  if (!source.plain) return decodeTrie(text);
  const words = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return buildITrieFromWords(new Set(words.map((w) => w.toLowerCase())));
}

function load(source: Source): WordList {
  const trie = loadCompiled(compiledPath(source), decodeTrie, () => decodeSource(source));
  return source.plain ? { has: (w) => trie.has(w.toLowerCase()) } : { has: (w) => trie.has(w) };
}

const loaded = new Map<keyof typeof SOURCES, WordList>();

/** Words whose answer a list remembers: the glossary asks the same words entry after entry, and a trie walk costs more than a memo's look-up. */
const MEMO_WORDS = 20_000;

/** A list that reads its dictionary on the first lookup. */
function lazy(key: keyof typeof SOURCES): WordList {
  const answers = new Memo<boolean>(MEMO_WORDS);
  const lookUp = (word: string) => {
    let list = loaded.get(key);
    if (!list) loaded.set(key, (list = load(SOURCES[key])));
    return list.has(word);
  };
  return { has: (word) => answers.get(word, lookUp) };
}

const english = englishWords;
const portuguese = lazy('pt');
const medical = lazy('medical');

/** One word list on its own: the general English or Portuguese one, or the medical terms (the glossary weighs a word's domain by them). */
export function wordList(name: 'en' | keyof typeof SOURCES): WordList {
  return name === 'en' ? english : name === 'pt' ? portuguese : medical;
}

/** The dictionary for a block's language; `other` consults every list. */
export function dictionaryFor(lang: BlockLang): WordList {
  const lists = lang === 'en' ? [english, medical] : lang === 'pt' ? [portuguese, medical] : [english, portuguese, medical];
  return {
    has(word) {
      const lower = word.toLowerCase();
      return lists.some((l) => l.has(word) || (lower !== word && l.has(lower)));
    },
  };
}

/** Write the binary tries into `dist/dictionaries/` (run by `npm run build`). Returns the files written. */
export function compileDictionaries(): string[] {
  return Object.values(SOURCES).map((source) => writeCompiled(compiledPath(source), encodeITrieToBTrie(decodeSource(source))));
}
