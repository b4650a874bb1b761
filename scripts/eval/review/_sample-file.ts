/**
 * The review sample's file format, shared by sample.ts and score.ts. A sample
 * is a folder `scripts/eval/review/<name>/` holding `meta.json` (seed, commit,
 * glossary sizes) and `<corpus>.jsonl`, one sampled entry a line with the
 * judgement fields empty until a judge fills them (PROTOCOL.md). The example
 * sentences are dev data and never enter the repository: sample.ts writes
 * them beside the built glossary (`contextFile`), line for line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REVIEW_DIR = import.meta.dirname;

export type Third = 'top' | 'middle' | 'bottom';
export const THIRDS: Third[] = ['top', 'middle', 'bottom'];

export const TRANSLATION = ['correct', 'variant', 'wrong'] as const;
export const TERMHOOD = ['term', 'general', 'junk'] as const;
export const FORM = ['ok', 'inflected', 'case'] as const;
export const TYPES = ['drug', 'lab', 'diagnosis', 'term'] as const;

export interface SampledEntry {
  corpus: string;
  third: Third;
  /** 1-based rank of the entry in the glossary ordered by score. */
  rank: number;
  score: number;
  en: string;
  pt: string;
  type: string;
  origin: string;
  count: number;
  documents?: number;
  variants?: unknown;
  /** The document of the entry's first example; the sentences stay out of the repository (dev data), in the context file. */
  doc?: string;
  /** Judgements (PROTOCOL.md); '' until judged. */
  translation: '' | (typeof TRANSLATION)[number];
  termhood: '' | (typeof TERMHOOD)[number];
  form: '' | (typeof FORM)[number];
  correct_type: '' | (typeof TYPES)[number];
  note: string;
  /** The earlier sample a judgement was carried over from, when it was. */
  carried?: string;
}

export interface SampleMeta {
  name: string;
  seed: number;
  perThird: number;
  commit: string;
  date: string;
  corpora: Record<string, { entries: number; candidates: number; thirds: Record<Third, { ranks: [number, number]; scores: [number, number] }> }>;
}

/** One JSON object a line (blank lines skipped); a line that does not parse is named by file and line. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** `rows` as JSON lines, each on its own line. */
export function writeJsonl(file: string, rows: unknown[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

export const readSample = (dir: string, corpus: string): SampledEntry[] => readJsonl<SampledEntry>(join(dir, `${corpus}.jsonl`));

export const writeSample = (dir: string, corpus: string, rows: SampledEntry[]): void => writeJsonl(join(dir, `${corpus}.jsonl`), rows);

/** Where the example sentence pairs of a sample's entries are kept, out of the repository. */
export function contextFile(name: string, corpus: string): string {
  return join(REVIEW_DIR, '../../../.bench/eval-glossary/review', name, `${corpus}.examples.jsonl`);
}

export function readMeta(dir: string): SampleMeta {
  return JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as SampleMeta;
}
