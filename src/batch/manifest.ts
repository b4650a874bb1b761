import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asOutputError } from '../io/errors.js';

/** What the output folder remembers of a finished document. */
export interface ManifestEntry {
  id: string;
  hash: string;
  version: string;
  shard: string;
  /** Byte range of the document's terms in its shard (absent in entries written before it was kept). */
  terms?: [number, number];
  /** Byte range of the pair terms within them (absent likewise). */
  pairTerms?: [number, number];
}

/** The folder inside an output folder where a run keeps its state (manifest, shards, lock). */
export const stateDir = (out: string): string => join(out, '.medbitext');

/**
 * What an output folder's manifest says, read only: the last line of each id.
 * A line cut short by a killed run is skipped.
 */
export function manifestLines(out: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  const file = join(stateDir(out), 'manifest.jsonl');
  if (!existsSync(file)) return entries;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as ManifestEntry;
      if (typeof e?.id === 'string' && typeof e.hash === 'string' && typeof e.version === 'string' && typeof e.shard === 'string') entries.set(e.id, e);
    } catch {
      // torn last line of a killed run
    }
  }
  return entries;
}

/**
 * The resume log of an output folder: `.medbitext/manifest.jsonl`, one line
 * appended per finished document after its shard is safely on disk. A line cut
 * short by a crash is ignored, so a killed run loses at most the document it
 * was writing.
 */
export class Manifest {
  readonly dir: string;
  private readonly file: string;
  private readonly entries: Map<string, ManifestEntry>;

  constructor(out: string) {
    this.dir = stateDir(out);
    this.file = join(this.dir, 'manifest.jsonl');
    mkdirSync(join(this.dir, 'shards'), { recursive: true });
    this.entries = manifestLines(out);
  }

  /** The entry for a document when it is done with this content and this pipeline version. */
  done(id: string, hash: string, version: string): ManifestEntry | undefined {
    const e = this.entries.get(id);
    return e && e.hash === hash && e.version === version && existsSync(join(this.dir, e.shard)) ? e : undefined;
  }

  /** The last entry recorded for a document, re-read from disk (other workers append too). */
  latest(id: string): ManifestEntry | undefined {
    const e = this.entries.get(id);
    return e && existsSync(join(this.dir, e.shard)) ? e : undefined;
  }

  record(entry: ManifestEntry): void {
    // A torn line from an earlier crash must not swallow this one (nor a line cut short by a full disk).
    try {
      appendFileSync(this.file, `\n${JSON.stringify(entry)}\n`);
    } catch (error) {
      throw asOutputError(error, this.file);
    }
    this.entries.set(entry.id, entry);
  }
}
