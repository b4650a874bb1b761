import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';

/**
 * The ids of the documents in an output folder's corpus files, kept in its
 * state folder by each reduce, so that a queue's reduce can tell that it is
 * about to write a smaller corpus than the one there (its queue state lost)
 * and refuse.
 */
const FILE = 'corpus-ids.json';

/** The first few ids of a list, for a one-line message. */
export const fewIds = (ids: string[]): string => ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '');

export function writeCorpusIds(stateDir: string, ids: string[]): void {
  writeFileAtomic(join(stateDir, FILE), JSON.stringify(ids) + '\n');
}

/** The ids of the corpus a folder holds; empty when it holds none (or a corpus written before they were kept). */
export function readCorpusIds(stateDir: string): string[] {
  const path = join(stateDir, FILE);
  if (!existsSync(path)) return [];
  try {
    const ids = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The ids a new corpus of `ids` would drop from the one the folder holds. */
export function droppedIds(stateDir: string, ids: Iterable<string>): string[] {
  const next = new Set(ids);
  return readCorpusIds(stateDir).filter((id) => !next.has(id));
}
