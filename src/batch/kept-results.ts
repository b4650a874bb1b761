import { join, resolve } from 'node:path';
import type { InputError } from '../io/errors.js';
import { readCorpusIds } from './corpus-ids.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import { readWithoutTerms } from './shards.js';

/** The input a path is part of: a file, or both files of a `NAME.en.txt` + `NAME.pt.txt` pair (a result names the English one). */
const inputOf = (path: string) => resolve(path).replace(/\.(en|pt)\.txt$/i, '');

/**
 * `run`'s guard against shrinking a corpus by accident. A document the
 * folder's corpus holds, that this run did not read because its file (or a
 * line of its JSONL file) failed, was not removed by the user: its earlier
 * result stays in the corpus files, where it was, and the run says so.
 * Documents whose inputs no longer hold them were really removed, and leave.
 */
export function keepUnread(manifest: Manifest, done: ManifestEntry[], failed: readonly InputError[]): { entries: ManifestEntry[]; kept: string[] } {
  if (failed.length === 0) return { entries: done, kept: [] };
  const previous = readCorpusIds(manifest.dir);
  const present = new Set(done.map((e) => e.id));
  const failedFiles = new Set(failed.map((e) => inputOf(e.file)));
  const keep = new Map<string, ManifestEntry>();
  for (const id of previous) {
    const entry = present.has(id) ? undefined : manifest.latest(id);
    if (entry && failedFiles.has(inputOf(readWithoutTerms(join(manifest.dir, entry.shard), entry).path))) keep.set(id, entry);
  }
  if (keep.size === 0) return { entries: done, kept: [] };
  // Each kept result goes after the document it followed in the earlier corpus (the start, if none of those is left).
  const after = new Map<string | undefined, ManifestEntry[]>();
  let last: string | undefined;
  for (const id of previous) {
    const entry = keep.get(id);
    if (entry) after.set(last, [...(after.get(last) ?? []), entry]);
    else if (present.has(id)) last = id;
  }
  const entries = [...(after.get(undefined) ?? [])];
  for (const e of done) entries.push(e, ...(after.get(e.id) ?? []));
  return { entries, kept: [...keep.keys()] };
}
