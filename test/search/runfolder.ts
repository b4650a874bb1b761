import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentResult } from '../../src/types.js';

/** A `medbitext run` output folder holding the given results, as the index reads it. */
export function writeRunFolder(dir: string, docs: DocumentResult[], glossary: Array<{ id: string; en: string; pt: string }> = []): void {
  mkdirSync(join(dir, '.medbitext', 'shards'), { recursive: true });
  for (const d of docs) addToRunFolder(dir, d);
  writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary.map((g) => ({ ...g, type: 'term', score: 1, count: 1, sources: [], examples: [] }))));
}

export function addToRunFolder(dir: string, doc: DocumentResult): void {
  const shard = `shards/${doc.id}.json`;
  writeFileSync(join(dir, '.medbitext', shard), JSON.stringify(doc));
  appendFileSync(join(dir, '.medbitext', 'manifest.jsonl'), JSON.stringify({ id: doc.id, hash: doc.hash, version: doc.version, shard }) + '\n');
}
