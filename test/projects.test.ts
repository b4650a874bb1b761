import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTEGRATION } from '../vitest.config.js';

/**
 * The unit project stays fast only while no unit test starts the CLI, Redis or
 * a browser, or waits for the bundled run: such a file belongs in INTEGRATION
 * (vitest.config.ts).
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SLOW = /\bmedbitext(Async)?\(|\bspawn(Sync)?\(\s*process\.execPath,\s*\[\s*CLI\b|\bstartRedis\(|\bchromium\.launch\(|\bbundledRun\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('the unit and integration projects', () => {
  // This file spells the patterns out, so it is not among the files looked at.
  const files = testFiles(join(ROOT, 'test')).filter((f) => f !== 'test/projects.test.ts');

  it('name only test files that exist', () => {
    expect(INTEGRATION.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('leave no test that starts the CLI, Redis or a browser, or reads the bundled run, in the unit project', () => {
    const slowUnits = files.filter((f) => !INTEGRATION.includes(f) && SLOW.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(slowUnits).toEqual([]);
  });

  it('tell such a test when they see one', () => {
    for (const text of ["medbitext(['run', d])", 'const child = medbitextAsync(args);', 'await startRedis()', 'await chromium.launch({})', 'await bundledRun()']) expect(SLOW.test(text), text).toBe(true);
    expect(SLOW.test("import { ROOT } from '../helpers/cli.js';")).toBe(false);
  });
});
