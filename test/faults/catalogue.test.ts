import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

describe('fault suite catalogue', () => {
  it('docs/faults.md lists every case the tests run, and no other', () => {
    const dir = join(ROOT, 'test', 'faults');
    const tested = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/it\('(F\d\d) /g)].map((m) => m[1]!));
    const documented = [...readFileSync(join(ROOT, 'docs', 'faults.md'), 'utf8').matchAll(/^\| (F\d\d) \|/gm)].map((m) => m[1]!);
    expect(new Set(tested).size).toBe(tested.length);
    expect([...documented].sort()).toEqual([...tested].sort());
    expect(readFileSync(join(ROOT, 'docs', 'faults.md'), 'utf8')).toContain(`**${tested.length} cases**`);
  });
});
