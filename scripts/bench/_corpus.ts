/**
 * The bench corpus: abstract-sized documents recombined from the dev WMT
 * abstracts (raw EN/PT text, so every stage runs). Document k is dev abstract
 * k % 200 with its sentences rotated by ⌊k / 200⌋, so documents differ.
 * Shared by the batch and map benches (run-all skips files starting with `_`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface WmtDoc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
}

export interface BenchDocument {
  id: string;
  en_text: string;
  pt_text: string;
}

export function benchDocuments(n: number): BenchDocument[] {
  const root = join(import.meta.dirname, '../..');
  const dev: WmtDoc[] = readFileSync(join(root, '../shared/eval/dev/align/wmt_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const docs: BenchDocument[] = [];
  for (let k = 0; k < n; k++) {
    const d = dev[k % dev.length]!;
    const r = Math.floor(k / dev.length);
    const rot = (a: string[]) => [...a.slice(r % a.length), ...a.slice(0, r % a.length)];
    docs.push({ id: `b${k}`, en_text: rot(d.en_sentences).join(' '), pt_text: rot(d.pt_sentences).join(' ') });
  }
  return docs;
}
