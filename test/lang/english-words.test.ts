import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/lang/english-words.js';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@cspell/dict-en_us/cspell-ext.json'));

describe('the English word list', () => {
  it('answers as the package’s own trie, words and near misses alike', () => {
    const trie = decodeTrie(gunzipSync(readFileSync(join(packageDir, 'en_US.trie.gz'))).toString('utf8'));
    const words = [...trie.words()];
    expect(words.length).toBeGreaterThan(100_000);
    // Every 37th word with its case and ending variants: first and last words of the order, accented and `~` forms among them.
    const asked = [words[0]!, words.at(-1)!, 'café', 'naïve', 'Zürich', '~paris', 'paris', 'Paris', '', 'papaverine', 'medicine'];
    for (let k = 0; k < words.length; k += 37) {
      const w = words[k]!;
      asked.push(w, w.toLowerCase(), w.toUpperCase(), `${w}s`, w.slice(0, -1), w.slice(1));
    }
    const differ = asked.filter((w) => englishWords.has(w) !== trie.has(w));
    expect(differ).toEqual([]);
    expect(asked.filter((w) => englishWords.has(w)).length).toBeGreaterThan(words.length / 37);
  });
});
