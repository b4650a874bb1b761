import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/build.js';
import { SearchIndex } from '../../src/search/embedded.js';
import { makeDocument, smallCorpus } from './fixtures.js';
import { addToRunFolder } from '../../src/batch/run-folder.js';
import { writeRunFolder } from './runfolder.js';
import { tempDir } from '../helpers/temp.js';

describe('medbitext index from a run output folder', () => {
  it('indexes the documents, then only what was added or changed', async () => {
    const run = tempDir();
    const out = tempDir();
    writeRunFolder(run, smallCorpus(), [{ id: 'c-muscle-weakness', en: 'muscle weakness', pt: 'fraqueza muscular' }]);
    const first = await buildIndex({ inputs: [run], out });
    expect(first).toMatchObject({ added: 2, replaced: 0, unchanged: 0, documents: 2 });
    const hit = SearchIndex.open(out).search('fraqueza muscular', { lang: 'pt' })[0];
    expect(hit?.record.concepts).toContain('c-muscle-weakness');

    addToRunFolder(run, makeDocument('gout', [{ en: 'Colchicine relieved the gout attack.', pt: 'A colchicina aliviou a crise de gota.' }]));
    const second = await buildIndex({ inputs: [run], out });
    expect(second).toMatchObject({ added: 1, replaced: 0, unchanged: 2, documents: 3 });
    expect(SearchIndex.open(out).search('colchicina')[0]?.doc).toBe('gout');

    addToRunFolder(run, makeDocument('gout', [{ en: 'Allopurinol was started.', pt: 'Alopurinol foi iniciado.' }], 'h-gout-2'));
    const third = await buildIndex({ inputs: [run], out });
    expect(third).toMatchObject({ added: 0, replaced: 1, unchanged: 2 });
    expect(SearchIndex.open(out).search('colchicine')).toEqual([]);
  });

  it('writes the elasticsearch feed from the same folder', async () => {
    const run = tempDir();
    const out = tempDir();
    writeRunFolder(run, smallCorpus());
    const summary = await buildIndex({ inputs: [run], out, format: 'elasticsearch' });
    expect(summary).toMatchObject({ added: 2, documents: 2 });
    expect(summary.files).toEqual(['bulk-0001.ndjson']);
  });
});
