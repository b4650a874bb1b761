/**
 * The dev split beside the project (../shared/eval/dev), read by the eval and
 * bench scripts only: the product never reads it.
 */
import { readFileSync } from 'node:fs';

export const DEV_DIR = new URL('../../shared/eval/dev/', import.meta.url);

/** One JSON object per line of a dev file, e.g. `align/wmt_dev.jsonl`. */
export function readDevJsonl<T>(path: string): T[] {
  return readFileSync(new URL(path, DEV_DIR), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
}

/** A document of `align/wmt_dev.jsonl` (see the dev README for the fields). */
export interface WmtDoc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
  links: Array<{ en: number[]; pt: number[]; label: string }>;
  clean?: boolean;
  clean_nonnull?: boolean;
}
