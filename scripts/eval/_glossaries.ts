/**
 * The two real-article glossaries the glossary eval and the review sample are
 * drawn from, built as a user builds them (`medbitext run INPUT --out DIR`,
 * here `runCorpus`, a fresh run each time):
 * - `scielo`: the 14 SciELO JATS articles of the dev split (`scielo/*.xml`);
 * - `wmt`: the 200 WMT dev abstracts, pre-segmented (`align/wmt_dev.jsonl`,
 *   read as interfaces.md §1 documents), aligned by the project's aligner.
 * Each lands in `.bench/eval-glossary/<name>/` (glossary.json and the rest).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCorpus } from '../../src/batch/run.js';
import type { GlossaryEntry } from '../../src/types.js';
import { DEV } from './_term-tables.js';

export const CORPORA = {
  scielo: join(DEV, 'scielo'),
  wmt: join(DEV, 'align/wmt_dev.jsonl'),
} as const;
export type CorpusName = keyof typeof CORPORA;

const ROOT = join(import.meta.dirname, '../..');
export const OUT = join(ROOT, '.bench/eval-glossary');

export interface BuiltGlossary {
  name: CorpusName;
  dir: string;
  entries: GlossaryEntry[];
  candidates: GlossaryEntry[];
  ms: number;
}

/** Build one glossary afresh (no resumed documents) and read it back. */
export async function buildEvalGlossary(name: CorpusName): Promise<BuiltGlossary> {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const summary = await runCorpus({ inputs: [CORPORA[name]], out: dir, force: true });
  const ms = performance.now() - t0;
  if (summary.failed.length > 0) console.log(`  ${name}: ${summary.failed.length} documents failed: ${summary.failed.map((e) => e.message).join('; ')}`);
  return { name, dir, ms, ...readEvalGlossary(name) };
}

/** The glossary last built for `name` (build it first with `npm run eval -- glossary`). */
export function readEvalGlossary(name: CorpusName): { entries: GlossaryEntry[]; candidates: GlossaryEntry[] } {
  const dir = join(OUT, name);
  if (!existsSync(join(dir, 'glossary.json'))) throw new Error(`${dir}/glossary.json not found: run \`npm run eval -- glossary\` first`);
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GlossaryEntry[];
  return { entries: read('glossary.json'), candidates: read('glossary.candidates.json') };
}

/** The commit the glossary was built from (with `+` when the tree had changes), to name a sample. */
export function sourceCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+` : head;
  } catch {
    return 'unknown';
  }
}
