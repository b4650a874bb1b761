import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTbx } from '../../src/glossary/export.js';
import { ImportError, importTermbase } from '../../src/glossary/import.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('medbitext-import-');
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
      expect.objectContaining({ en: 'scleroderma', pt: 'esclerodermia', line: 3 }),
    ]);
    // A row without a type leaves it to the merge (what the project or medbitext already knows).
    expect(importTermbase(path)[1]!.type).toBeUndefined();
  });

  it('counts lines past comments, blank lines and quoted line breaks', () => {
    const path = file('lines.csv', '# terms\n\nen,pt,note\nskin,pele,"two\nlines"\nbone,osso,\n');
    expect(importTermbase(path).map((e) => e.line)).toEqual([5, 6]);
    expect(errorOf(file('quote.csv', 'en,pt\nskin,"pele\n'))).toMatchObject({ line: 2 });
  });

  it('reads TSV', () => {
    expect(importTermbase(file('ok.tsv', 'en\tpt\nskin\tpele\n'))).toEqual([expect.objectContaining({ en: 'skin', pt: 'pele' })]);
  });

  it('names the line of a wrong header or row', () => {
    expect(errorOf(file('cols.csv', '# my terms\nenglish,portuguese\nskin,pele\n'))).toMatchObject({ line: 2, problem: 'headerLacks', params: { missing: 'en, pt', found: 'english, portuguese' } });
    expect(errorOf(file('row.csv', 'en,pt\nskin,pele\nbone,osso,extra\n'))).toMatchObject({ line: 3, problem: 'columnCount', params: { expected: 2, headerLine: 1, found: 3 } });
    expect(errorOf(file('empty.csv', 'en,pt\nskin,\n'))).toMatchObject({ line: 2, problem: 'emptyTerm', params: { lang: 'pt' } });
  });

  it('rejects duplicates and conflicts, naming both lines', () => {
    expect(errorOf(file('dup.csv', 'en,pt\nskin,pele\nbone,osso\nSkin,pele\n'))).toMatchObject({ line: 4, problem: 'duplicate', params: { first: 2 } });
    // A second translation that is already another entry's term.
    expect(errorOf(file('conflict.csv', 'en,pt\nskin,pele\nbone,osso\nskin,osso\n'))).toMatchObject({ line: 4, problem: 'conflictTerms', params: { enLine: 2, ptLine: 3 } });
    // A synonym typed otherwise than its entry.
    expect(errorOf(file('retype.csv', 'en,pt,type\nsepsis,sepse,diagnosis\nsepsis,septicemia,drug\n'))).toMatchObject({ line: 3, problem: 'conflictType', params: { first: 2, there: 'diagnosis', here: 'drug' } });
  });

  it('records a second translation of one term as a variant of its entry, in both directions', () => {
    const path = file('synonyms.csv', 'en,pt,type\nsepsis,sepse,diagnosis\nsepsis,septicemia,\nblood poisoning,septicemia,\nfever,febre,\n');
    expect(importTermbase(path)).toEqual([
      expect.objectContaining({ en: 'sepsis', pt: 'sepse', type: 'diagnosis', pt_variants: ['septicemia'], en_variants: ['blood poisoning'], line: 2 }),
      expect.objectContaining({ en: 'fever', pt: 'febre', line: 5 }),
    ]);
  });

  it('keeps a synonym row\'s own note and source on the entry it joins', () => {
    const path = file('synonym-notes.csv', 'en,pt,note,source\nsepsis,sepse,preferred,DeCS\nsepsis,septicemia,older usage,VCM\nfever,febre,,\nfever,pirexia,,\n');
    const [sepsis, fever] = importTermbase(path);
    expect(sepsis).toMatchObject({ pt_variants: ['septicemia'], note: 'preferred; septicemia: older usage', source: 'DeCS; VCM' });
    expect(fever).toMatchObject({ pt_variants: ['pirexia'], note: expect.stringContaining('imported from') });
    expect(fever!.note).not.toContain('pirexia');
  });

  it('reads the semicolon-separated CSV Excel writes in a Brazilian locale', () => {
    const path = file('excel-br.csv', '\uFEFFen;pt;note\nsepsis;sepse;"dose 1,5 mg; grave"\nfever;febre;\n');
    expect(importTermbase(path)).toEqual([
      expect.objectContaining({ en: 'sepsis', pt: 'sepse', note: 'dose 1,5 mg; grave', line: 2 }),
      expect.objectContaining({ en: 'fever', pt: 'febre', line: 3 }),
    ]);
    // A comma file whose cells hold semicolons stays a comma file; a tab file is found by its header too.
    expect(importTermbase(file('comma.csv', 'en,pt,note\nskin,pele,"a; b; c"\n'))).toEqual([expect.objectContaining({ en: 'skin', note: 'a; b; c' })]);
    expect(importTermbase(file('tabs.txt', '# terms, mine\nen\tpt\nskin\tpele\n'))).toEqual([expect.objectContaining({ en: 'skin', pt: 'pele' })]);
  });

  it('reads back the TBX medbitext writes, with its type', () => {
    const tbx = toTbx([{ id: 'c-inr', en: 'INR', pt: 'RNI', type: 'lab', score: 1, count: 1, sources: ['d1'], examples: [], origin: 'corpus' }]);
    expect(importTermbase(file('ok.tbx', tbx))).toEqual([expect.objectContaining({ en: 'INR', pt: 'RNI', type: 'lab' })]);
  });

  it('reads TBX 2 (martif, termEntry, langSet) and variants; no subject field gives no type', () => {
    const tbx = [
      '<?xml version="1.0"?>',
      '<martif type="TBX"><text><body>',
      '<termEntry id="t1">',
      '<langSet xml:lang="en-US"><tig><term>skin</term></tig><tig><term>cutis</term></tig></langSet>',
      '<langSet xml:lang="pt-BR"><tig><term>pele</term></tig></langSet>',
      '</termEntry>',
      '</body></text></martif>',
    ].join('\n');
    expect(importTermbase(file('tbx2.tbx', tbx))).toEqual([{ en: 'skin', pt: 'pele', en_variants: ['cutis'], note: expect.any(String), line: 3 }]);
  });

  it('refuses entity declarations instead of expanding them', () => {
    const tbx = '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY a "aaaa">]>\n<tbx><text><body></body></text></tbx>\n';
    expect(errorOf(file('entity.tbx', tbx))).toMatchObject({ problem: 'tbxEntities' });
  });

  it('reports malformed TBX with the line', () => {
    const bad = '<?xml version="1.0"?>\n<tbx type="TBX-Basic">\n<text><body>\n<conceptEntry id="c1">\n<langSec xml:lang="en"><termSec><term>skin</term></termSec>\n</conceptEntry>\n</body></text>\n</tbx>\n';
    expect(errorOf(file('bad.tbx', bad))).toMatchObject({ line: 6, problem: 'malformedTbx' });
  });
});
