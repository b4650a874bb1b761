/**
 * Draw the termbase review sample (RULE.md): the entries of
 * glossary/termbase.yaml at `--at` whose `en` is not in it at `--base`, read
 * with the project's YAML list parser from `git show`, and `--size` of them
 * drawn with the review samplers' seeded generator, in file order, to
 * `scripts/eval/termbase-review/sample.jsonl` (judging fields left empty) and
 * `meta.json`.
 *
 *   npx tsx scripts/eval/termbase-review/sample.ts [--base 1259dfe] [--at main] [--seed 20261221] [--size 150] [--force]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlList } from '../../../src/lang/data.js';
import { draw, generator } from '../review/_random.js';
import { reviewArgs, usageError } from '../review/_args.js';

const FILE = 'glossary/termbase.yaml';
const DIR = dirname(fileURLToPath(import.meta.url));

const { values } = reviewArgs('termbase-review/sample', {
  base: { type: 'string', default: '1259dfe' },
  at: { type: 'string', default: 'main' },
  seed: { type: 'string', default: '20261221' },
  size: { type: 'string', default: '150' },
  force: { type: 'boolean', default: false },
});
const seed = Number(values.seed);
const size = Number(values.size);
if (!Number.isInteger(seed) || !Number.isInteger(size) || size < 1) usageError('termbase-review/sample', '--seed and --size take whole numbers');
if (!values.force && existsSync(join(DIR, 'judged.jsonl'))) usageError('termbase-review/sample', 'judged.jsonl exists (its sample would change); pass --force');

/** The termbase's entries at `commit`, each with the line it starts on. */
function entriesAt(commit: string): Array<{ line: number; entry: Record<string, unknown> }> {
  const text = execFileSync('git', ['show', `${commit}:${FILE}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return parseYamlList(FILE, text).map(([line, entry]) => ({ line, entry }));
}

const commitOf = (ref: string) => execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
const before = new Set(entriesAt(values.base).map(({ entry }) => String(entry.en)));
const added = entriesAt(values.at).filter(({ entry }) => !before.has(String(entry.en)));
const picked = draw(0, added.length, size, generator(seed)).map((i) => added[i]!);

const rows = picked.map(({ line, entry }) => ({
  line,
  en: entry.en,
  pt: entry.pt,
  type: entry.type,
  en_variants: entry.en_variants ?? [],
  pt_variants: entry.pt_variants ?? [],
  entry_note: entry.note ?? entry.source ?? '',
  termhood: '',
  translation: '',
  form: '',
  correct_type: '',
  variants: '',
  note: '',
}));
writeFileSync(join(DIR, 'sample.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const meta = { base: commitOf(values.base), at: commitOf(values.at), seed, size: rows.length, population: added.length, date: new Date().toISOString().slice(0, 10) };
writeFileSync(join(DIR, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(`${rows.length} of ${added.length} entries added between ${meta.base} and ${meta.at}, seed ${seed} → ${join(DIR, 'sample.jsonl')}`);
