#!/usr/bin/env node
// `npm run eval` / `npm run bench`: run every script of scripts/<kind>/ (TypeScript,
// through tsx) one after the other. `npm run eval -- align ner` runs only those.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [kind, ...only] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (kind === 'eval' && !existsSync(join(root, '..', 'shared', 'eval', 'dev'))) {
  console.error('eval: ../shared/eval/dev not found (the dev data lives beside the project)');
  process.exit(2);
}
const dir = join(root, 'scripts', kind);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();
let failed = 0;
for (const f of scripts) {
  console.log(`\n=== ${kind}: ${f.replace(/\.ts$/, '')} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
