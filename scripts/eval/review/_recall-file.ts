/**
 * The recall sample's file format, shared by recall-sample.ts and recall.ts.
 * A folder `scripts/eval/review/<name>/` holds `meta.json` and
 * `<corpus>.jsonl`, one aligned sentence pair a line (document, sentence
 * numbers, link score) with `terms`, the judge's list of the terms the pair
 * holds and their translation in it (PROTOCOL.md, "Recall"). The sentences
 * themselves are dev data and stay beside the built glossary.
 */
import { join } from 'node:path';
import { readJsonl, REVIEW_DIR, writeJsonl } from './_sample-file.js';

export { REVIEW_DIR };

export interface RecallTerm {
  en: string;
  pt: string;
  note?: string;
}

export interface RecallPair {
  corpus: string;
  doc: string;
  part?: string;
  en: number[];
  pt: number[];
  score: number;
  /** The judge's terms of this pair ([] when it holds none); `judged` marks a pair judged empty from one not judged yet. */
  terms: RecallTerm[];
  judged?: boolean;
  note: string;
}

export const readRecallSample = (dir: string, corpus: string): RecallPair[] => readJsonl<RecallPair>(join(dir, `${corpus}.jsonl`));

export const writeRecallSample = (dir: string, corpus: string, rows: RecallPair[]): void => writeJsonl(join(dir, `${corpus}.jsonl`), rows);

/** Where a recall sample's sentence pairs are kept, out of the repository. */
export function recallContextFile(name: string, corpus: string): string {
  return join(REVIEW_DIR, '../../../.bench/eval-glossary/review', name, `${corpus}.pairs.jsonl`);
}
