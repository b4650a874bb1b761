import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medbitext, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('mbt-termbase-');
const csv = join(dir, 'mine.csv');
writeFileSync(csv, 'en,pt,type\ncalcinosis,calcinose distrófica,diagnosis\nINR,RNI,\n');
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
writeFileSync(join(corpus, 'd.en.txt'), 'Calcinosis was seen on the skin. The INR was 1.2.\n');
writeFileSync(join(corpus, 'd.pt.txt'), 'Calcinose foi vista na pele. O RNI foi 1,2.\n');

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
const glossaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')) as Array<{ en: string; pt: string; origin: string }>;

describe('the project termbase', () => {
  it('is written in the project folder, never in the installed package', () => {
    const before = readdirSync(join(ROOT, 'glossary'));
    const out = join(dir, 'p1');
    const r = medbitext(['glossary', 'import', csv, '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'termbase.yaml'))).toBe(true);
    expect(readdirSync(join(ROOT, 'glossary'))).toEqual(before);
    expect(lines(medbitext(['glossary', 'list', '--out', out]).stdout)).toEqual([
      expect.objectContaining({ en: 'INR', pt: 'RNI', type: 'lab' }),
      expect.objectContaining({ en: 'calcinosis', pt: 'calcinose distrófica', type: 'diagnosis' }),
    ]);
  });

  it('is read by a run into that folder, and only by it', () => {
    const out = join(dir, 'p2');
    expect(medbitext(['glossary', 'import', csv, '--out', out]).status).toBe(0);
    expect(medbitext(['run', corpus, '--out', out]).status).toBe(0);
    expect(glossaryOf(out)).toContainEqual(expect.objectContaining({ en: 'calcinosis', pt: 'calcinose distrófica', origin: 'imported' }));
    const other = join(dir, 'p3');
    expect(medbitext(['run', corpus, '--out', other]).status).toBe(0);
    expect(glossaryOf(other).some((e) => e.origin === 'imported')).toBe(false);
  });

  it('can live anywhere with --termbase, and a run given a missing one stops', () => {
    const path = join(dir, 'shared-terms.yaml');
    expect(medbitext(['glossary', 'import', csv, '--termbase', path]).status).toBe(0);
    const out = join(dir, 'p4');
    expect(medbitext(['run', corpus, '--out', out, '--termbase', path]).status).toBe(0);
    expect(glossaryOf(out)).toContainEqual(expect.objectContaining({ en: 'calcinosis', origin: 'imported' }));
    const r = medbitext(['run', corpus, '--out', join(dir, 'p5'), '--termbase', join(dir, 'none.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('none.yaml  no such file or folder');
  });

  it('says when an import changes a type, and removes entries by either term', () => {
    const out = join(dir, 'p6');
    medbitext(['glossary', 'import', csv, '--out', out]);
    const retype = join(dir, 'retype.csv');
    writeFileSync(retype, 'en,pt,type\nINR,RNI,term\n');
    expect(medbitext(['glossary', 'import', retype, '--out', out]).stderr).toContain(`${retype}:2  "INR" changes type: lab → term`);
    expect(medbitext(['glossary', 'remove', 'RNI', '--out', out]).status).toBe(0);
    expect(lines(medbitext(['glossary', 'list', '--out', out]).stdout).map((e) => e.en)).toEqual(['calcinosis']);
    const r = medbitext(['glossary', 'remove', 'bone', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"bone" is not in the project termbase');
  });

  it('says why an import failed in the user\'s language, with the file and line', () => {
    const bad = join(dir, 'dup.csv');
    writeFileSync(bad, 'en,pt\nskin,pele\nSkin,pele\n');
    const en = medbitext(['glossary', 'import', bad, '--out', join(dir, 'p5'), '--locale', 'en']);
    expect(en.status).not.toBe(0);
    expect(en.stderr).toContain('dup.csv:3');
    expect(en.stderr).toContain('cannot be imported: duplicate of line 2 ("Skin")');
    const pt = medbitext(['glossary', 'import', bad, '--out', join(dir, 'p5'), '--locale', 'pt']);
    expect(pt.stderr).toContain('não pode ser importado: repete a linha 2 ("Skin")');
    expect(existsSync(join(dir, 'p5', 'termbase.yaml'))).toBe(false);
  });

  it('names the line of a bad entry in a hand-edited termbase', () => {
    const out = join(dir, 'p7');
    mkdirSync(out);
    writeFileSync(join(out, 'termbase.yaml'), '- en: skin\n  pt: pele\n  type: term\n- en: bone\n  pt: osso\n  type: organ\n');
    const r = medbitext(['glossary', 'list', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('termbase.yaml:4  unknown type "organ"');
  });
});
