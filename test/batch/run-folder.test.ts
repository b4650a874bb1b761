import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToRunFolder, isRunFolder, readStoredResult, runFolderDocuments, storedResultPath } from '../../src/batch/run-folder.js';
import { makeDocument } from '../search/fixtures.js';
import { tempDir } from '../helpers/temp.js';

describe('a run folder read from outside batch', () => {
  it('tells a run folder from any other folder', () => {
    const plain = tempDir('mbt-runfolder-');
    writeFileSync(join(plain, 'glossary.json'), '[]');
    expect(isRunFolder(plain)).toBe(false);
    const run = tempDir('mbt-runfolder-');
    addToRunFolder(run, makeDocument('a', [{ en: 'Urea was high.', pt: 'A ureia estava alta.' }]));
    expect(isRunFolder(run)).toBe(true);
  });

  it('gives back the stored results, the latest of each document, and skips one whose result is gone', () => {
    const run = tempDir('mbt-runfolder-');
    const a = makeDocument('a', [{ en: 'Urea was high.', pt: 'A ureia estava alta.' }]);
    const b = makeDocument('b', [{ en: 'Sodium was low.', pt: 'O sódio estava baixo.' }]);
    const b2 = makeDocument('b', [{ en: 'Sodium was normal.', pt: 'O sódio estava normal.' }], 'h-b-2');
    const c = makeDocument('c', [{ en: 'Calcium was normal.', pt: 'O cálcio estava normal.' }]);
    for (const doc of [a, b, c, b2]) addToRunFolder(run, doc);
    rmSync(storedResultPath(run, runFolderDocuments(run).find((e) => e.id === 'c')!));
    const documents = runFolderDocuments(run);
    expect(documents.map((e) => [e.id, e.hash])).toEqual([['a', 'h-a'], ['b', 'h-b-2']]);
    expect(documents.map((e) => readStoredResult(run, e))).toEqual([a, b2]);
  });
});
