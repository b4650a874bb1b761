import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, Trie } from 'cspell-trie-lib';
import type { BlockLang } from '../types.js';

/**
 * Word lists for dehyphenation: the cspell dictionaries (Hunspell-derived,
 * maintained on npm) for English and Brazilian Portuguese, plus cspell's
 * medical terms. Each is read once, when first needed (pt takes ≈0.3 s).
 */

export interface WordList {
  has(word: string): boolean;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, WordList>();

function gunzipLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n');
}

/** The packages export only `cspell-ext.json`; their word files sit beside it. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file);
}

function trieList(pkg: string, file: string): WordList {
  const path = packageFile(pkg, file);
  const trie = new Trie(importTrie(gunzipLines(path)));
  return { has: (w) => trie.has(w) };
}

function medicalTerms(): WordList {
  const words = new Set(
    gunzipLines(packageFile('@cspell/dict-medicalterms', 'dict/medicalterms-en.txt.gz'))
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.toLowerCase()),
  );
  return { has: (w) => words.has(w.toLowerCase()) };
}

function cached(key: string, make: () => WordList): WordList {
  let list = cache.get(key);
  if (!list) cache.set(key, (list = make()));
  return list;
}

const english = () => cached('en', () => trieList('@cspell/dict-en_us', 'en_US.trie.gz'));
const portuguese = () => cached('pt', () => trieList('@cspell/dict-pt-br', 'pt_BR.trie.gz'));
const medical = () => cached('medical', medicalTerms);

/** The dictionary for a block's language; `other` consults every list. */
export function dictionaryFor(lang: BlockLang): WordList {
  const lists = lang === 'en' ? [english(), medical()] : lang === 'pt' ? [portuguese(), medical()] : [english(), portuguese(), medical()];
  return {
    has(word) {
      const lower = word.toLowerCase();
      return lists.some((l) => l.has(word) || (lower !== word && l.has(lower)));
    },
  };
}
