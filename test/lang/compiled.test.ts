import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asText, compiledPath, loadCompiled, writeCompiled } from '../../src/lang/compiled.js';

describe('compiled package data', () => {
  it('is named by the package version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbt-compiled-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3' }));
    expect(compiledPath('data', 'words', join(dir, 'package.json'), 'tsv')).toMatch(/[/\\]dist[/\\]data[/\\]words-1\.2\.3\.tsv$/);
  });

  it('is read where the build wrote it, compiled from the package otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbt-compiled-'));
    const path = join(dir, 'sub', 'table.tsv');
    const fromPackage = () => 'from the package';
    expect(loadCompiled(path, asText, fromPackage)).toBe('from the package');
    expect(writeCompiled(path, 'compiled')).toBe(path);
    expect(loadCompiled(path, asText, fromPackage)).toBe('compiled');
    // Written under a temporary name and renamed: nothing else is left.
    expect(readdirSync(join(dir, 'sub'))).toEqual(['table.tsv']);
  });
});
