import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTbx } from '../../src/glossary/export.js';
import { ImportError, importTermbase } from '../../src/glossary/import.js';

const dir = mkdtempSync(join(tmpdir(), 'medbitext-import-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function errorOf(path: string): ImportError {
  try {
    importTermbase(path);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('importTermbase', () => {
  it('reads CSV with en,pt columns (quoted fields, optional type)', () => {
    const path = file('ok.csv', 'pt,en,type\n"lúpus eritematoso sistêmico","systemic lupus erythematosus",diagnosis\nesclerodermia,scleroderma,\n');
    expect(importTermbase(path)).toEqual([
      expect.objectContaining({ en: 'systemic lupus erythematosus', pt: 'lúpus eritematoso sistêmico', type: 'diagnosis' }),
      expect.objectContaining({ en: 'scleroderma', pt: 'esclerodermia', type: 'term' }),
    ]);
  });

  it('reads TSV', () => {
    expect(importTermbase(file('ok.tsv', 'en\tpt\nskin\tpele\n'))).toEqual([expect.objectContaining({ en: 'skin', pt: 'pele' })]);
  });

  it('names the line of a wrong header or row', () => {
    expect(errorOf(file('cols.csv', '# my terms\nenglish,portuguese\nskin,pele\n'))).toMatchObject({ line: 2, message: expect.stringContaining('header lacks column(s) en, pt') });
    expect(errorOf(file('row.csv', 'en,pt\nskin,pele\nbone,osso,extra\n'))).toMatchObject({ line: 3 });
    expect(errorOf(file('empty.csv', 'en,pt\nskin,\n'))).toMatchObject({ line: 2, message: expect.stringContaining('empty pt') });
  });

  it('rejects duplicates and conflicts, naming both lines', () => {
    expect(errorOf(file('dup.csv', 'en,pt\nskin,pele\nbone,osso\nSkin,pele\n'))).toMatchObject({ line: 4, message: expect.stringContaining('duplicate of line 2') });
    expect(errorOf(file('conflict.csv', 'en,pt\nskin,pele\nskin,cútis\n'))).toMatchObject({ line: 3, message: expect.stringContaining('conflicts with line 2') });
  });

  it('reads back the TBX medbitext writes', () => {
    const tbx = toTbx([{ id: 'c-skin', en: 'skin', pt: 'pele', type: 'term', score: 1, count: 1, sources: ['d1'], examples: [], origin: 'corpus' }]);
    expect(importTermbase(file('ok.tbx', tbx))).toEqual([expect.objectContaining({ en: 'skin', pt: 'pele' })]);
  });

  it('reports malformed TBX with the line', () => {
    const bad = '<?xml version="1.0"?>\n<tbx type="TBX-Basic">\n<text><body>\n<conceptEntry id="c1">\n<langSec xml:lang="en"><termSec><term>skin</term></termSec>\n</conceptEntry>\n</body></text>\n</tbx>\n';
    expect(errorOf(file('bad.tbx', bad))).toMatchObject({ line: 6, message: expect.stringContaining('malformed TBX') });
  });
});
