import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledRun } from './helpers/bundled.js';

/**
 * The whole pipeline on the bundled report (made once per test run: test/helpers/bundled.ts)
 * against a reviewed golden fixture (test/fixtures/golden/, and glossary/corpus/
 * for the glossary). When a change alters the output on purpose, rerun
 * with UPDATE_GOLDEN=1, read the diff of the fixture, and commit it with the
 * change.
 */
const GOLDEN = fileURLToPath(new URL('./fixtures/golden/', import.meta.url));
/** The glossary built from corpus/ is shipped in glossary/corpus/ and doubles as its fixture. */
const GLOSSARY = fileURLToPath(new URL('../glossary/corpus/', import.meta.url));
const FILES: Array<[string, string]> = [
  ...['report.en.txt', 'report.pt.txt', 'alignment.jsonl', 'entities.jsonl', 'entity-links.jsonl', 'alignment.tmx'].map((f): [string, string] => [f, GOLDEN]),
  ...['glossary.json', 'glossary.candidates.json', 'glossary.csv', 'glossary.tbx'].map((f): [string, string] => [f, GLOSSARY]),
];

describe('the bundled report, end to end', async () => {
  const { out, ok, failed } = await bundledRun();

  it('processes the one document without failures', () => {
    expect(failed).toEqual([]);
    expect(ok).toBe(1);
  });

  for (const [f, dir] of FILES) {
    it(`${f} matches the reviewed fixture`, () => {
      const actual = readFileSync(join(out, f), 'utf8');
      const golden = join(dir, f);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, actual);
      }
      expect(existsSync(golden), `missing fixture ${golden}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
