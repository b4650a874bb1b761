import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../io/package.js';

/**
 * The general English word list (cspell's `en_US`, Hunspell-derived, on npm)
 * as a set: `has` answers exactly as the package's trie does.
 *
 * `npm run build` writes its words as one sorted table
 * (`dist/data/en_US-VERSION-words.bin`), looked up by binary search. The
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

/** Named by the package version, so an upgraded list is never answered by a stale table. */
function compiledPath(): string {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return join(packageRoot(), 'dist', 'data', `en_US-${version}-words.bin`);
}

const compiled = compiledPath();
type TrieLibrary = typeof import('cspell-trie-lib');
// The table's offsets are stored in this machine's order: little-endian, as every platform Node builds for but a few.
const trieLibrary: TrieLibrary | undefined = existsSync(compiled) && endianness() === 'LE' ? undefined : await import('cspell-trie-lib');

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
 * The table: the word count (u32), where each word's bytes start and where
 * the last ends (u32 each), then the words in UTF-8, sorted bytewise.
 */
class WordTable implements WordSet {
  private readonly starts: Uint32Array;
  private readonly bytes: Buffer;

  constructor(file: Buffer) {
    const count = file.readUInt32LE(0);
    // A typed array over the offsets needs them 4-byte aligned in memory.
    const aligned = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    this.starts = new Uint32Array(aligned.buffer, aligned.byteOffset + 4, count + 1);
    this.bytes = aligned.subarray(4 * (count + 2));
  }

  has(word: string): boolean {
    const key = Buffer.from(word, 'utf8');
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = key.compare(this.bytes, this.starts[mid]!, this.starts[mid + 1]!);
      if (order === 0) return true;
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  static encode(words: string[]): Buffer {
    const encoded = words.map((w) => Buffer.from(w, 'utf8')).sort(Buffer.compare);
    const starts = new Uint32Array(encoded.length + 2);
    starts[0] = encoded.length;
    let at = 0;
    encoded.forEach((b, k) => {
      starts[k + 1] = at;
      at += b.length;
    });
    starts[encoded.length + 1] = at;
    return Buffer.concat([Buffer.from(starts.buffer), ...encoded]);
  }
}

/** The list, read on the first lookup. */
export const englishWords: WordSet = { has: (word) => load().has(word) };

/** Write the sorted table into `dist/data/` (run by `npm run build`). Returns the file written. */
export async function compileEnglishWords(): Promise<string> {
  const words = [...packageTrie(trieLibrary ?? (await import('cspell-trie-lib'))).words()];
  mkdirSync(dirname(compiled), { recursive: true });
  writeFileSync(`${compiled}.tmp`, WordTable.encode(words));
  renameSync(`${compiled}.tmp`, compiled);
  return compiled;
}
