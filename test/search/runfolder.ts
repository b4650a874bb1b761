import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToRunFolder } from '../../src/batch/run-folder.js';
import type { DocumentResult } from '../../src/types.js';

/** A `medbitext run` output folder holding the given results and glossary, as the index reads it. */
export function writeRunFolder(dir: string, docs: DocumentResult[], glossary: Array<{ id: string; en: string; pt: string }> = []): void {
  for (const d of docs) addToRunFolder(dir, d);
  writeFileSync(join(dir, 'glossary.json'), JSON.stringify(glossary.map((g) => ({ ...g, type: 'term', score: 1, count: 1, sources: [], examples: [] }))));
}
