import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compiledEntries, compiledFile, DataError, loadYamlList, packageRoot, parseYamlList, writeCompiledList } from '../../src/lang/data.js';

const written: string[] = [];
afterAll(() => written.forEach((f) => rmSync(f, { force: true })));

/** A YAML file inside the package (test/artifacts is ignored by git), as loaders take paths relative to its root. */
function dataFile(name: string, text: string): string {
  const dir = join(packageRoot(), 'test', 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.yaml`);
  writeFileSync(file, text);
  written.push(file);
  return relative(packageRoot(), file);
}

describe('YAML lists', () => {
  it('load their entries, each with a source or a note', () => {
    const rel = dataFile('ok', '- abbr: approx.\n  note: written by hand\n- abbr: cf.\n  source: a style guide\n');
    expect(loadYamlList(rel, ['abbr']).map((e) => e.abbr)).toEqual(['approx.', 'cf.']);
  });

  it('name the file and line of an entry without a source, or without a required key', () => {
    const noSource = dataFile('bad', '- abbr: approx.\n  note: fine\n- abbr: cf.\n');
    expect(() => loadYamlList(noSource, ['abbr'])).toThrow(new DataError(noSource, 3, 'entry has neither "source" nor "note"'));
    const noKey = dataFile('bad', '- abbr: approx.\n  note: fine\n\n- note: no abbreviation\n');
    expect(() => loadYamlList(noKey, ['abbr'])).toThrow(`${noKey}:4: entry lacks "abbr"`);
  });

  it('compiled by the build are used only while the YAML is the text they were compiled from', () => {
    const text = '- word: a\n  note: n\n';
    const file = join(mkdtempSync(join(tmpdir(), 'mbt-data-')), 'list.yaml.json');
    writeCompiledList(file, text, parseYamlList('list.yaml', text));
    expect(compiledEntries(file, text)).toEqual([[1, { word: 'a', note: 'n' }]]);
    expect(compiledEntries(file, `${text}- word: b\n  note: n\n`)).toBeUndefined();
    expect(compiledEntries(join(file, 'missing'), text)).toBeUndefined();
  });

  it('shipped with the package compile to the entries parsing gives', () => {
    const lists = ['src/lang/en/abbreviations.yaml', 'src/lang/pt/negation.yaml', 'src/lang/cognates.yaml', 'glossary/termbase.yaml'];
    for (const rel of lists) {
      const text = readFileSync(join(packageRoot(), rel), 'utf8');
      const parsed = parseYamlList(rel, text);
      expect(parsed.length).toBeGreaterThan(0);
      // `npm test` builds first, so the build's compiled form is there to compare.
      if (existsSync(compiledFile(rel))) expect(compiledEntries(compiledFile(rel), text)).toEqual(parsed);
    }
  });
});
