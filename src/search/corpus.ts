import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../io/errors.js';
import type { ReadLimits } from '../io/limits.js';
import type { DocumentEvent } from '../batch/run.js';
import type { ManifestEntry } from '../batch/manifest.js';
import { isRunFolder, readStoredResult, storedResultPath } from '../batch/run-folder.js';
import type { DocumentResult, GlossaryEntry } from '../types.js';

/**
 * Where the index gets processed documents from: the output folders of
 * earlier `medbitext run`s (as batch's run-folder.ts tells them), and
 * for any other input, a run of the pipeline into a work folder inside the
 * index folder. That run resumes like any other, so documents already
 * processed and unchanged are not processed again.
 */
const WORK_FOLDER = '.work';

export interface ProcessedCorpus {
  /** Run output folders to read, in input order. */
  folders: string[];
  failed: InputError[];
}

/** Run the pipeline where needed; return the run folders holding every document. */
export async function processInputs(
  inputs: string[],
  indexDir: string,
  options: { jobs?: number; limits?: ReadLimits; onDocument?: (e: DocumentEvent) => void; onStart?: (documents: number) => void } = {},
): Promise<ProcessedCorpus> {
  const folders = inputs.filter((p) => existsSync(p) && isRunFolder(p)).map((p) => resolve(p));
  const raw = inputs.filter((p) => !(existsSync(p) && isRunFolder(p)));
  const failed: InputError[] = [];
  if (raw.length > 0) {
    const work = join(indexDir, WORK_FOLDER);
    // The pipeline loads only when there is something to run through it.
    const { runCorpus } = await import('../batch/run.js');
    const summary = await runCorpus({ inputs: raw, out: work, jobs: options.jobs, limits: options.limits, onDocument: options.onDocument, onStart: options.onStart });
    failed.push(...summary.failed);
    if (isRunFolder(work)) folders.push(work);
  }
  return { folders, failed };
}

/** The content key of a stored result: input hash and pipeline version. */
export function resultKey(e: { hash: string; version: string }): string {
  return `${e.hash}@${e.version}`;
}

export function readResult(folder: string, entry: ManifestEntry): DocumentResult {
  try {
    return readStoredResult(folder, entry);
  } catch {
    throw new InputError('searchBadShard', storedResultPath(folder, entry));
  }
}

/** The corpus glossary of a run folder (empty when the run wrote none). */
export function readGlossary(folder: string): GlossaryEntry[] {
  const path = join(folder, 'glossary.json');
  if (!existsSync(path)) return [];
  try {
    const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(entries) ? (entries as GlossaryEntry[]).filter((e) => typeof e?.en === 'string' && typeof e.pt === 'string') : [];
  } catch {
    throw new InputError('searchBadGlossary', path);
  }
}
