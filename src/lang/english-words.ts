import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compiledPath, writeCompiled } from './compiled.js';
import { NON_ASCII } from './fold.js';

/**
 * The general English word list (cspell's `en_US`, Hunspell-derived, on npm)
 * as a set: `has` answers exactly as the package's trie does.
 *
 * `npm run build` writes its words as one sorted table
 * (`dist/data/en_US-VERSION.words.bin`), looked up by binary search. The
 * entity stage asks this list of chemical-looking words, so it is read on
 * every cold `entities` run: the table loads as it is stored, with no
 * decoding, no index to build and without the trie library, whose import
 * alone was a large share of that start (docs/entities.md, Speed). Without
 * the table the package's trie is decoded, same answers; only then is the
 * library loaded.
 */

export interface WordSet {
  has(word: string): boolean;
}

const PACKAGE = '@cspell/dict-en_us';
const require = createRequire(import.meta.url);
/** The package exports only `cspell-ext.json`; its word file and package.json sit beside it. */
const packageDir = dirname(require.resolve(`${PACKAGE}/cspell-ext.json`));

const compiled = compiledPath('data', 'en_US', join(packageDir, 'package.json'), 'words.bin');
type TrieLibrary = typeof import('cspell-trie-lib');
// Only a tree without the table loads the library (the build loads it to write the table).
const trieLibrary: TrieLibrary | undefined = existsSync(compiled) ? undefined : await import('cspell-trie-lib');

function packageTrie(library: TrieLibrary) {
  return library.decodeTrie(gunzipSync(readFileSync(join(packageDir, 'en_US.trie.gz'))).toString('utf8'));
}

let loaded: WordSet | undefined;

function load(): WordSet {
  if (loaded) return loaded;
  if (trieLibrary) return (loaded = packageTrie(trieLibrary));
  return (loaded = new WordTable(readFileSync(compiled)));
}

/**
 * The table: the word count, where each word's bytes start and where the
 * last ends (each a little-endian u32), then the words in UTF-8, sorted
 * bytewise.
 */
class WordTable implements WordSet {
  private readonly starts: Uint32Array;
  private readonly bytes: Buffer;

  constructor(file: Buffer) {
    const count = file.readUInt32LE(0);
    this.bytes = file.subarray(4 * (count + 2));
    // Read in place where the machine is little-endian and the offsets 4-byte aligned; copied otherwise.
    if (endianness() === 'LE' && file.byteOffset % 4 === 0) this.starts = new Uint32Array(file.buffer, file.byteOffset + 4, count + 1);
    else this.starts = Uint32Array.from({ length: count + 1 }, (_, k) => file.readUInt32LE(4 * (k + 1)));
  }

  has(word: string): boolean {
    // An ASCII word's UTF-8 bytes are its character codes: no buffer is made for it.
    const key = NON_ASCII.test(word) ? Buffer.from(word, 'utf8') : undefined;
    const length = key ? key.length : word.length;
    const { bytes, starts } = this;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      // Byte by byte, as Buffer#compare orders them, in this thread: a call into the runtime per step cost more than the bytes compared.
      const start = starts[mid]!;
      const size = starts[mid + 1]! - start;
      const n = Math.min(length, size);
      let order = 0;
      for (let i = 0; i < n && order === 0; i++) order = (key ? key[i]! : word.charCodeAt(i)) - bytes[start + i]!;
      if (order === 0) order = length - size;
      if (order === 0) return true;
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  static encode(words: string[]): Buffer {
    const encoded = words.map((w) => Buffer.from(w, 'utf8')).sort(Buffer.compare);
    const head = Buffer.alloc(4 * (encoded.length + 2));
    head.writeUInt32LE(encoded.length, 0);
    let at = 0;
    encoded.forEach((b, k) => {
      head.writeUInt32LE(at, 4 * (k + 1));
      at += b.length;
    });
    head.writeUInt32LE(at, 4 * (encoded.length + 1));
    return Buffer.concat([head, ...encoded]);
  }
}

/** The list, read on the first lookup. */
export const englishWords: WordSet = { has: (word) => load().has(word) };

/** Write the sorted table into `dist/data/` (run by `npm run build`). Returns the file written. */
export async function compileEnglishWords(): Promise<string> {
  const words = [...packageTrie(trieLibrary ?? (await import('cspell-trie-lib'))).words()];
  return writeCompiled(compiled, WordTable.encode(words));
}
