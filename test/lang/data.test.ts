import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../src/io/package.js';
import { compiledEntries, compiledFile, DataError, loadTsv, loadYamlList, parseYamlList, writeCompiledList, writeCompiledTsv, yamlFiles } from '../../src/lang/data.js';
import { tempDir } from '../helpers/temp.js';

const written: string[] = [];
afterAll(() => written.forEach((f) => rmSync(f, { force: true })));

/** A YAML file inside the package (test/artifacts is ignored by git), as loaders take paths relative to its root. */
function dataFile(name: string, text: string, ext = 'yaml'): string {
  const dir = join(packageRoot(), 'test', 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.${ext}`);
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
    const file = join(tempDir('mbt-data-'), 'list.yaml.json');
    writeCompiledList(file, text, parseYamlList('list.yaml', text));
    expect(compiledEntries(file, text)).toEqual([[1, { word: 'a', note: 'n' }]]);
    expect(compiledEntries(file, `${text}- word: b\n  note: n\n`)).toBeUndefined();
    expect(compiledEntries(join(file, 'missing'), text)).toBeUndefined();
    // A value JSON cannot hold is not compiled: the list is parsed each time.
    const nan = '- word: a\n  weight: .nan\n  note: n\n';
    expect(writeCompiledList(`${file}.nan`, nan, parseYamlList('nan.yaml', nan))).toBeUndefined();
  });

  it('are loaded from their compiled form when there is one, still checked entry by entry with their lines', () => {
    const text = '- abbr: approx.\n  note: fine\n\n- abbr: cf.\n';
    const rel = dataFile('compiled', text);
    // The compiled entries, not the text's, prove which one was read: here the second entry has its note.
    writeCompiledList(compiledFile(rel), text, [
      [1, { abbr: 'approx.', note: 'fine' }],
      [4, { abbr: 'cf.', note: 'compiled' }],
    ]);
    written.push(compiledFile(rel));
    expect(loadYamlList(rel, ['abbr']).map((e) => e.note)).toEqual(['fine', 'compiled']);
    const bad = dataFile('compiled-bad', text);
    writeCompiledList(compiledFile(bad), text, parseYamlList(bad, text));
    written.push(compiledFile(bad));
    expect(() => loadYamlList(bad, ['abbr'])).toThrow(new DataError(bad, 4, 'entry has neither "source" nor "note"'));
  });

  it('shipped with the package all compile, to the entries parsing gives', () => {
    const dir = tempDir('mbt-data-');
    const lists = yamlFiles().filter((f) => !f.endsWith('imported.yaml'));
    expect(lists.length).toBeGreaterThan(20);
    for (const rel of lists) {
      const text = readFileSync(join(packageRoot(), rel), 'utf8');
      const parsed = parseYamlList(rel, text);
      const file = writeCompiledList(join(dir, `${rel.replace(/\//g, '_')}.json`), text, parsed);
      expect(file, rel).toBeDefined();
      expect(compiledEntries(file!, text)).toEqual(parsed);
    }
  });
});

describe('Values a list allows', () => {
  it('refuse any other, naming file and line', () => {
    const rel = dataFile('allowed', '- word: a\n  at: start\n  note: n\n- word: b\n  at: middle\n  note: n\n');
    expect(() => loadYamlList(rel, ['word'], { at: ['start', 'end'] })).toThrow(new DataError(rel, 4, 'unknown at "middle"'));
    const tsv = join(packageRoot(), 'test', 'artifacts', `allowed-${process.pid}.tsv`);
    writeFileSync(tsv, 'kind\tform\tnote\nsalt\tsodium\tn\nspice\tpepper\tn\n');
    written.push(tsv);
    const relTsv = relative(packageRoot(), tsv);
    expect(() => loadTsv(relTsv, ['kind'], { kind: ['salt'] })).toThrow(new DataError(relTsv, 3, 'unknown kind "spice"'));
  });
});

describe('TSV tables', () => {
  const text = '# a comment\nform\tnote\nmg\tmilligram\n\nmL\tmillilitre\n';

  it('are read from the rows the build split when split from this very text, still checked row by row', () => {
    const rel = dataFile('split', text, 'tsv');
    const file = writeCompiledTsv(rel, text);
    written.push(file);
    // Rows changed after splitting prove which were read.
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as { sha1: string; entries: Array<[number, string[]]> };
    expect(compiled.entries).toEqual([[2, ['form', 'note']], [3, ['mg', 'milligram']], [5, ['mL', 'millilitre']]]);
    compiled.entries[1]![1] = ['mg', 'from the split rows'];
    compiled.entries[2]![1] = ['mL', ''];
    writeFileSync(file, JSON.stringify(compiled));
    expect(() => loadTsv(rel, ['form'])).toThrow(new DataError(rel, 5, 'row has neither source nor note'));
  });

  it('are split again when the text changed since', () => {
    const rel = dataFile('split-stale', text, 'tsv');
    written.push(writeCompiledTsv(rel, 'form\tnote\nkg\tkilogram\n'));
    expect(loadTsv(rel, ['form']).map((r) => r.form)).toEqual(['mg', 'mL']);
  });
});
