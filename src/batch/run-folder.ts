import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentResult } from '../types.js';
import { Manifest, manifestLines, stateDir, type ManifestEntry } from './manifest.js';
import { readResult, storeResult } from './shards.js';

/**
 * A `medbitext run` output folder as others read it (`medbitext index`, the
 * tests): whether a folder is one, the documents it holds, each one's stored
 * result. Where and how a run keeps them (its `.medbitext/` state folder) is
 * batch's own business; go through here.
 */

/** Whether `path` is the output folder of a run (it has a run's manifest). */
export function isRunFolder(path: string): boolean {
  return existsSync(join(stateDir(path), 'manifest.jsonl')) && statSync(path).isDirectory();
}

/** The documents a run folder holds: the latest entry of each id whose stored result exists. */
export function runFolderDocuments(folder: string): ManifestEntry[] {
  return [...manifestLines(folder).values()].filter((e) => existsSync(storedResultPath(folder, e)));
}

/** The file a document's stored result is in, for a message that names it. */
export function storedResultPath(folder: string, entry: ManifestEntry): string {
  return join(stateDir(folder), entry.shard);
}

/** A document's stored result, whole. */
export function readStoredResult(folder: string, entry: ManifestEntry): DocumentResult {
  return readResult(storedResultPath(folder, entry));
}

/** Store a result in a run folder as a run does (the result, then its manifest entry): a run folder of results made elsewhere. */
export function addToRunFolder(folder: string, result: DocumentResult): ManifestEntry {
  const manifest = new Manifest(folder);
  const entry = storeResult(manifest.dir, result);
  manifest.record(entry);
  return entry;
}
