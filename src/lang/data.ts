import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter, isSeq, isMap } from 'yaml';

/**
 * Language data and lexicons live as YAML/TSV files beside the code
 * (`src/lang/…`, `glossary/…`). They are read from the package root so the
 * same path works from `src/` (tests) and `dist/` (the built CLI).
 */

let root: string | undefined;

/** The folder holding medbitext's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"medbitext"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('medbitext: cannot find the package root (package.json)');
    dir = up;
  }
}

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
 * DataError with its line. Results are cached: each file is loaded once.
 */
export function loadYamlList<T extends Entry>(relPath: string, required: string[] = []): T[] {
  const key = `yaml:${relPath}`;
  const hit = cache.get(key);
  if (hit) return hit as T[];
  const file = join(packageRoot(), relPath);
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new DataError(relPath, e.linePos?.[0]?.line ?? 1, e.message.split('\n')[0]!);
  }
  if (!isSeq(doc.contents)) throw new DataError(relPath, 1, 'expected a list of entries');
  const out: T[] = [];
  for (const node of doc.contents.items) {
    const line = lines.linePos(node.range?.[0] ?? 0).line;
    if (!isMap(node)) throw new DataError(relPath, line, 'entry is not a mapping');
    const entry = node.toJSON() as T;
    for (const k of required) {
      if (entry[k] === undefined || entry[k] === null || entry[k] === '') {
        throw new DataError(relPath, line, `entry lacks "${k}"`);
      }
    }
    if (!entry.source && !entry.note) throw new DataError(relPath, line, 'entry has neither "source" nor "note"');
    out.push(entry);
  }
  cache.set(key, out);
  return out;
}

/**
 * Read a TSV file with a header row. Lines starting with `#` are comments.
 * Every row needs the `required` columns and a `source` or `note` column value.
 */
export function loadTsv(relPath: string, required: string[] = []): Array<Record<string, string>> {
  const key = `tsv:${relPath}`;
  const hit = cache.get(key);
  if (hit) return hit as Array<Record<string, string>>;
  const file = join(packageRoot(), relPath);
  const lines = readFileSync(file, 'utf8').split('\n');
  let header: string[] | undefined;
  const out: Array<Record<string, string>> = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      for (const k of required) if (!header.includes(k)) throw new DataError(relPath, i + 1, `header lacks "${k}"`);
      if (!header.includes('source') && !header.includes('note')) throw new DataError(relPath, i + 1, 'header lacks "source" or "note"');
      return;
    }
    if (cells.length !== header.length) throw new DataError(relPath, i + 1, `expected ${header.length} columns, found ${cells.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, k) => (row[h] = cells[k]!.trim()));
    for (const k of required) if (!row[k]) throw new DataError(relPath, i + 1, `empty "${k}"`);
    if (!row.source && !row.note) throw new DataError(relPath, i + 1, 'row has neither source nor note');
    out.push(row);
  });
  cache.set(key, out);
  return out;
}
