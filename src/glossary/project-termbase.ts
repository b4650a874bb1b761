import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../io/errors.js';
import { DataError, parseYamlList, yamlParser } from '../lang/data.js';
import { TERM_TYPES, type TermbaseEntry } from '../lang/termbase.js';

/**
 * A project's own termbase: what `medbitext glossary import` merged from the
 * user's TBX/CSV/TSV files, kept in the project's output folder (or a path
 * given with `--termbase`), never in the installed package, so two projects
 * on one machine never share it. Runs into that folder read it; its entries
 * win over corpus statistics and anchor the map step like the shipped termbase.
 */
export const PROJECT_TERMBASE_FILE = 'termbase.yaml';

/** The termbase a run into `out` uses: `explicit` (`--termbase`) or `out/termbase.yaml`. */
export function projectTermbasePath(out: string, explicit?: string): string {
  return resolve(explicit ?? join(out, PROJECT_TERMBASE_FILE));
}

/** The termbase a run into `out` uses, if any: `explicit` (which must exist) or `out/termbase.yaml` where there is one. */
export function usedTermbase(out: string, explicit?: string): string | undefined {
  const path = projectTermbasePath(out, explicit);
  if (explicit && !existsSync(path)) throw new InputError('missing', explicit);
  return existsSync(path) ? path : undefined;
}

/** The version of results mapped with `termbase`: documents mapped with other anchors are mapped again. */
export function versionWithTermbase(version: string, termbase: string | undefined): string {
  return termbase ? `${version}+termbase.${termbaseDigest(termbase)}` : version;
}

/** The entries of a project termbase; none when the file does not exist yet. A bad entry throws an InputError with its line. */
export function readProjectTermbase(path: string): TermbaseEntry[] {
  if (!existsSync(path)) return [];
  const bad = (line: number, reason: string) => new InputError('badData', path, { reason }, line);
  let list: ReturnType<typeof parseYamlList>;
  try {
    list = parseYamlList(path, readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof DataError) throw bad(error.line, error.message.slice(`${path}:${error.line}: `.length));
    throw error;
  }
  return list.map(([line, entry]) => {
    for (const k of ['en', 'pt', 'type']) if (typeof entry[k] !== 'string' || entry[k] === '') throw bad(line, `entry lacks "${k}"`);
    if (!TERM_TYPES.has(entry.type as TermbaseEntry['type'])) throw bad(line, `unknown type "${String(entry.type)}"`);
    return entry as unknown as TermbaseEntry;
  });
}

/** Write a project termbase whole (sorted by English term, so it diffs well). */
export function writeProjectTermbase(path: string, entries: TermbaseEntry[]): void {
  const sorted = [...entries].sort((a, b) => (a.en < b.en ? -1 : a.en > b.en ? 1 : 0));
  const header = '# The project termbase: entries merged by `medbitext glossary import`; they win over corpus statistics.\n';
  writeFileAtomic(path, header + (sorted.length ? yamlParser().stringify(sorted) : '[]\n'));
}

/**
 * What identifies a termbase's content, for stored results: documents mapped
 * with other anchors are mapped again. '' when there is none.
 */
export function termbaseDigest(path: string): string {
  if (!existsSync(path)) return '';
  return createHash('sha1').update(readFileSync(path)).digest('hex').slice(0, 12);
}

const cache = new Map<string, { stamp: string; entries: TermbaseEntry[] }>();

/** `readProjectTermbase`, read again only when the file changed (a thread maps many documents with one). */
export function cachedProjectTermbase(path: string): TermbaseEntry[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : '';
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.entries;
  const entries = readProjectTermbase(path);
  cache.set(path, { stamp, entries });
  return entries;
}
