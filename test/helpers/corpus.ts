import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

const EN = [
  'The patient was treated with prednisone 30 mg/day.',
  'Calcinosis cutis is an uncommon disease.',
  'Serum calcium levels were normal.',
  'Dermatomyositis was discarded.',
  'Diltiazem was increased to 240 mg/day.',
  'Results were discouraging after six months.',
];
const PT = [
  'O paciente foi tratado com prednisona 30 mg/dia.',
  'A calcinose cutânea é uma doença incomum.',
  'Os níveis séricos de cálcio estavam normais.',
  'A dermatomiosite foi descartada.',
  'O diltiazem foi aumentado para 240 mg/dia.',
  'Os resultados foram desanimadores após seis meses.',
];

/**
 * A small corpus of `n` documents written by the tests: parallel pairs and
 * JSONL documents built by rotating the sentences above, so every document
 * differs.
 */
export function makeCorpus(n: number): string {
  const dir = tempDir('mbt-corpus-');
  mkdirSync(join(dir, 'pairs'));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % EN.length;
    const en = [...EN.slice(k), ...EN.slice(0, k)].slice(0, 3 + (i % 4));
    const pt = [...PT.slice(k), ...PT.slice(0, k)].slice(0, 3 + (i % 4));
    if (i % 2 === 0) {
      writeFileSync(join(dir, 'pairs', `doc${String(i).padStart(3, '0')}.en.txt`), en.join(' ') + ` Case ${i}.\n`);
      writeFileSync(join(dir, 'pairs', `doc${String(i).padStart(3, '0')}.pt.txt`), pt.join(' ') + ` Caso ${i}.\n`);
    } else {
      lines.push(JSON.stringify({ id: `j${i}`, en_sentences: [...en, `Case ${i}.`], pt_sentences: [...pt, `Caso ${i}.`] }));
    }
  }
  writeFileSync(join(dir, 'docs.jsonl'), lines.join('\n') + '\n');
  return dir;
}
