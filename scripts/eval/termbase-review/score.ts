/**
 * Score the judged termbase sample (RULE.md, "Figures"): over the judged
 * entries of `judged.jsonl`, the termhood term rate, the translation
 * correct-or-variant rate, form ok, type right, variants not wrong and
 * "good" (the first four at once), each with its binomial standard error
 * corrected for the finite population of new entries (`meta.json`) and a 95%
 * Wilson interval (informative where every entry passes); then the
 * entries judged other than perfect, with their notes.
 *
 *   npx tsx scripts/eval/termbase-review/score.ts [--file judged.jsonl]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewArgs, usageError } from '../review/_args.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const { values } = reviewArgs('termbase-review/score', { file: { type: 'string', default: 'judged.jsonl' } });

interface Judged {
  line: number;
  en: string;
  pt: string;
  type: string;
  termhood: string;
  translation: string;
  form: string;
  correct_type: string;
  variants: string;
  note: string;
}

const ALLOWED: Record<string, readonly string[]> = {
  termhood: ['term', 'general', 'junk'],
  translation: ['correct', 'variant', 'wrong'],
  form: ['ok', 'inflected', 'case'],
  correct_type: ['diagnosis', 'drug', 'lab', 'term'],
  variants: ['none', 'ok', 'wrong'],
};

const rows = readFileSync(join(DIR, values.file), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    const r = JSON.parse(l) as Judged;
    for (const [k, allowed] of Object.entries(ALLOWED)) {
      const v = (r as unknown as Record<string, unknown>)[k];
      if (typeof v !== 'string' || !allowed.includes(v)) usageError('termbase-review/score', `${values.file}:${i + 1}: ${k} "${String(v)}" is not one of ${allowed.join(', ')}`);
    }
    return r;
  });
const meta = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8')) as { population: number; seed: number; base: string; at: string };
const n = rows.length;
if (n === 0) usageError('termbase-review/score', 'no judged entries');
const N = meta.population;
const fpc = N > 1 ? Math.sqrt((N - n) / (N - 1)) : 0;

/** The Wilson score interval at 95% (z = 1.96): unlike p ± 2·SE it stays informative at 0 or n of n. */
function wilson(k: number, n: number, z = 1.96): [number, number] {
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const checks: Array<[string, (r: Judged) => boolean]> = [
  ['termhood term', (r) => r.termhood === 'term'],
  ['translation correct or variant', (r) => r.translation !== 'wrong'],
  ['translation correct', (r) => r.translation === 'correct'],
  ['form ok', (r) => r.form === 'ok'],
  ['type right', (r) => r.correct_type === r.type],
  ['variants not wrong', (r) => r.variants !== 'wrong'],
  ['good (termhood, translation, form, type)', (r) => r.termhood === 'term' && r.translation !== 'wrong' && r.form === 'ok' && r.correct_type === r.type],
];

console.log(`termbase review: n = ${n} of ${N} entries added between ${meta.base} and ${meta.at}, seed ${meta.seed}`);
for (const [name, ok] of checks) {
  const k = rows.filter(ok).length;
  const p = k / n;
  const se = Math.sqrt((p * (1 - p)) / n) * fpc;
  const [lo, hi] = wilson(k, n);
  console.log(`  ${name.padEnd(42)} ${String(k).padStart(4)}/${n}  ${(100 * p).toFixed(1)}%  SE ${(100 * se).toFixed(1)} pt  95% Wilson ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}%`);
}
const perfect = (r: Judged) => r.termhood === 'term' && r.translation === 'correct' && r.form === 'ok' && r.correct_type === r.type && r.variants !== 'wrong';
const flagged = rows.filter((r) => !perfect(r));
console.log(`\nnot perfect (${flagged.length}):`);
for (const r of flagged) {
  const calls = [r.termhood, r.translation, r.form, `${r.type}→${r.correct_type}`, `variants ${r.variants}`].join(', ');
  console.log(`  ${r.line}: ${r.en} ↔ ${r.pt} [${calls}] ${r.note}`);
}
