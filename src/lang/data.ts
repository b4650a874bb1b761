import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../io/package.js';
import { asText, loadCompiled, writeCompiled } from './compiled.js';

const require = createRequire(import.meta.url);
// The parsers are needed only for a file without its compiled form (the build, an edited file): loaded then, not at every start.
/** yaml, required when first used: a run that parses and writes no YAML does not import it. */
export const yamlParser = () => require('yaml') as typeof import('yaml');
const csvParser = () => require('csv-parse/sync') as typeof import('csv-parse/sync');

/**
 * Language data and lexicons live as YAML/TSV files beside the code
 * (`src/lang/…`, `glossary/…`). They are read from the package root so the
 * same path works from `src/` (tests) and `dist/` (the built CLI).
 */

/** A data file that does not follow its format. The message names file and line. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export type Entry = Record<string, unknown> & { source?: string; note?: string };

const cache = new Map<string, unknown>();

/**
 * Read a YAML file whose top level is a list of mappings. Every entry must have
 * the `required` keys and a `source` or `note`; the first bad entry throws a
 * DataError with its line, as does a value `allowed` does not list for its key.
 * Results are cached: each file is loaded once.
 */
export function loadYamlList<T extends Entry>(relPath: string, required: string[] = [], allowed: Record<string, readonly unknown[]> = {}): T[] {
  const key = `yaml:${relPath}`;
  const hit = cache.get(key);
  if (hit) return hit as T[];
  const text = readFileSync(join(packageRoot(), relPath), 'utf8');
  const out: T[] = [];
  for (const [line, entry] of compiledEntries(compiledFile(relPath), text) ?? parseYamlList(relPath, text)) {
    for (const k of required) {
      if (entry[k] === undefined || entry[k] === null || entry[k] === '') {
        throw new DataError(relPath, line, `entry lacks "${k}"`);
      }
    }
    if (!entry.source && !entry.note) throw new DataError(relPath, line, 'entry has neither "source" nor "note"');
    for (const [k, values] of Object.entries(allowed)) if (!values.includes(entry[k])) throw new DataError(relPath, line, `unknown ${k} "${String(entry[k])}"`);
    out.push(entry as T);
  }
  cache.set(key, out);
  return out;
}

/** A YAML list's entries with the line each starts on; a file that is not a list of mappings throws a DataError. */
export function parseYamlList(relPath: string, text: string): Array<[number, Entry]> {
  const { parseDocument, LineCounter, isSeq, isMap } = yamlParser();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new DataError(relPath, e.linePos?.[0]?.line ?? 1, e.message.split('\n')[0]!);
  }
  if (!isSeq(doc.contents)) throw new DataError(relPath, 1, 'expected a list of entries');
  return doc.contents.items.map((node) => {
    const line = lines.linePos(node.range?.[0] ?? 0).line;
    if (!isMap(node)) throw new DataError(relPath, line, 'entry is not a mapping');
    return [line, node.toJSON() as Entry];
  });
}

/**
 * A data file as the build parsed it (`dist/data/<path>.json`): parsing YAML,
 * or splitting TSV with csv-parse, is most of the time a thread takes to load
 * the language data (docs/performance.md, "Compiled language data"). Kept
 * with the hash of the text and of the format it was parsed by, so it is used
 * only while parsed from this very text: an edited file is parsed again.
 */
interface CompiledParse<T> {
  sha1: string;
  entries: T[];
}

/** Where the build writes a data file's compiled form. */
export const compiledFile = (relPath: string): string => join(packageRoot(), 'dist', 'data', `${relPath}.json`);
/** Each changes when what its compiled files hold, or how they are parsed, changes: older ones are then ignored. */
const YAML_LIST = 'medbitext-yaml-list/1';
const TSV_ROWS = 'medbitext-tsv-rows/2';
const sha1 = (format: string, text: string) => createHash('sha1').update(`${format}\n${text}`).digest('hex');

/** The entries compiled into `file` from `text` by `format`; otherwise (none, another text, unreadable) undefined. */
function compiledParse<T>(file: string, format: string, text: string): T[] | undefined {
  const read = (bytes: Buffer<ArrayBuffer>): T[] | undefined => {
    try {
      const compiled = JSON.parse(asText(bytes)) as CompiledParse<T>;
      return compiled.sha1 === sha1(format, text) ? compiled.entries : undefined;
    } catch {
      return undefined;
    }
  };
  return loadCompiled(file, read, () => undefined);
}

/** Write entries parsed from `text` by `format`; undefined when JSON cannot hold them. */
function writeCompiledParse<T>(file: string, format: string, text: string, entries: T[]): string | undefined {
  const json = JSON.stringify({ sha1: sha1(format, text), entries } satisfies CompiledParse<T>);
  // Values JSON cannot hold (.inf, .nan, dates) would come back changed: such a file is parsed each time instead.
  if (!isDeepStrictEqual((JSON.parse(json) as CompiledParse<T>).entries, entries)) return undefined;
  return writeCompiled(file, json);
}

/** The entries of a compiled YAML list (a file `compileYamlLists` wrote) when compiled from `text`; otherwise undefined. */
export const compiledEntries = (file: string, text: string): Array<[number, Entry]> | undefined => compiledParse(file, YAML_LIST, text);

/** Write a YAML list's compiled form; undefined when JSON cannot hold its entries. */
export const writeCompiledList = (file: string, text: string, entries: Array<[number, Entry]>): string | undefined => writeCompiledParse(file, YAML_LIST, text, entries);

/** The files ending in `ext` under the package's folder `dir`, relative to the package root. */
function dataFiles(dir: string, ext: string): string[] {
  return readdirSync(join(packageRoot(), dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? dataFiles(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

/** The YAML files under `src/lang/` and `glossary/`, relative to the package root (an imported termbase among them, if there is one). */
export function yamlFiles(): string[] {
  return [...dataFiles('src/lang', '.yaml'), ...dataFiles('glossary', '.yaml')];
}

/** Part of `npm run build`: compile the YAML lists the package ships (language data, the termbase, and `also`, such as the aligner's model). Returns the files written. */
export function compileYamlLists(also: string[] = []): string[] {
  return [...yamlFiles(), ...also].flatMap((relPath) => {
    const text = readFileSync(join(packageRoot(), relPath), 'utf8');
    let entries: Array<[number, Entry]>;
    try {
      entries = parseYamlList(relPath, text);
    } catch {
      return []; // not a list of entries: its loader reports it when asked
    }
    return writeCompiledList(compiledFile(relPath), text, entries) ?? [];
  });
}

/**
 * Read a TSV file with a header row. Lines starting with `#` are comments.
 * Every row needs the `required` columns and a `source` or `note` column value.
 * Cells are split by csv-parse, with quotes taken as text (notes quote words).
 * `allowed` names the values a column may hold (a `kind` column's kinds).
 */
export function loadTsv(relPath: string, required: string[] = [], allowed: Record<string, readonly string[]> = {}): Array<Record<string, string>> {
  const key = `tsv:${relPath}`;
  const hit = cache.get(key);
  if (hit) return hit as Array<Record<string, string>>;
  const text = readFileSync(join(packageRoot(), relPath), 'utf8');
  let header: string[] | undefined;
  const out: Array<Record<string, string>> = [];
  for (const [line, cells] of compiledParse<[number, string[]]>(compiledFile(relPath), TSV_ROWS, text) ?? parseTsvRows(text)) {
    // A line of blanks is an empty line.
    if (cells.every((c) => c.trim() === '')) continue;
    if (!header) {
      header = cells;
      for (const k of required) if (!header.includes(k)) throw new DataError(relPath, line, `header lacks "${k}"`);
      if (!header.includes('source') && !header.includes('note')) throw new DataError(relPath, line, 'header lacks "source" or "note"');
      continue;
    }
    if (cells.length !== header.length) throw new DataError(relPath, line, `expected ${header.length} columns, found ${cells.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, k) => (row[h] = cells[k]!.trim()));
    for (const k of required) if (!row[k]) throw new DataError(relPath, line, `empty "${k}"`);
    if (!row.source && !row.note) throw new DataError(relPath, line, 'row has neither source nor note');
    for (const [k, values] of Object.entries(allowed)) if (!values.includes(row[k]!)) throw new DataError(relPath, line, `unknown ${k} "${row[k]}"`);
    out.push(row);
  }
  cache.set(key, out);
  return out;
}

/** A TSV file's rows as csv-parse splits them, with the line each is on. */
function parseTsvRows(text: string): Array<[number, string[]]> {
  const records = csvParser().parse(text, { delimiter: '\t', quote: false, comment: '#', comment_no_infix: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return records.map(({ record, info }) => [info.lines, record]);
}

/** Write a TSV file's rows, split, where its loader looks for them. */
export function writeCompiledTsv(relPath: string, text: string): string {
  return writeCompiledParse(compiledFile(relPath), TSV_ROWS, text, parseTsvRows(text))!;
}

/** The TSV files under `src/lang/`, relative to the package root. */
export function tsvFiles(): string[] {
  return dataFiles('src/lang', '.tsv');
}

/** Part of `npm run build`: split the TSV files under `src/lang/` once. Returns the files written. */
export function compileTsvTables(): string[] {
  return tsvFiles().map((relPath) => writeCompiledTsv(relPath, readFileSync(join(packageRoot(), relPath), 'utf8')));
}
