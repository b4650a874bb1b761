import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** Commands with no diagnostics.jsonl say on stderr what their TMX or TBX dropped or replaced. */
describe('characters XML 1.0 forbids, written by align and glossary', () => {
  const dir = tempDir('mbt-xmlnote-');
  const clean = { id: 'ok', en_sentences: ['Fever was present.'], pt_sentences: ['Havia febre.'] };
  const odd = { id: 'odd', en_sentences: ['Fever\uFFFE was present.', 'Cough\u0001 too.'], pt_sentences: ['Havia febre\uFFFF.', 'Tosse também.'] };
  const batch = join(dir, 'docs.jsonl');
  writeFileSync(batch, `${JSON.stringify(clean)}\n${JSON.stringify(odd)}\n`);

  it('align --batch --format tmx: one line for the record, at its line; the TMX has U+FFFD in their place', () => {
    const out = join(dir, 'a.tmx');
    const r = medbitext(['align', '--batch', batch, '--format', 'tmx', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`medbitext: ${batch}:2  3 characters XML 1.0 forbids (the first U+FFFE): dropped (controls) or replaced by U+FFFD in the TMX\n`);
    expect(readFileSync(out, 'utf8')).toContain('Fever\uFFFD was present.');
    // JSONL carries them as they are: nothing to say.
    expect(medbitext(['align', '--batch', batch, '--out', join(dir, 'a.jsonl')]).stderr).toBe('');
  });

  it('align --en --pt --format tmx: the file and line of the first, in Portuguese too', () => {
    writeFileSync(join(dir, 'r.en.txt'), 'Fever was present.\nCough\uFFFE was present.\n');
    writeFileSync(join(dir, 'r.pt.txt'), 'Havia febre.\nHavia tosse.\n');
    const r = medbitext(['--locale', 'pt', 'align', '--en', join(dir, 'r.en.txt'), '--pt', join(dir, 'r.pt.txt'), '--format', 'tmx', '--out', join(dir, 'r.tmx')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`medbitext: ${join(dir, 'r.en.txt')}:2  1 caractere que o XML 1.0 proíbe (U+FFFE): removido (um controle) ou trocado por U+FFFD no TMX\n`);
  });

  it('align --en --pt: a file read as Windows-1252 by guess is named on stderr, a UTF-8 one is not', () => {
    writeFileSync(join(dir, 'w.en.txt'), 'Fever was present.\n');
    writeFileSync(join(dir, 'w.pt.txt'), Buffer.from('Havia febre e tosse na admiss\xe3o.\n', 'latin1'));
    const r = medbitext(['align', '--en', join(dir, 'w.en.txt'), '--pt', join(dir, 'w.pt.txt'), '--out', join(dir, 'w.jsonl')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`medbitext: ${join(dir, 'w.pt.txt')}  not UTF-8 and names no charset: read as Windows-1252 (a guess; convert it to UTF-8 if its accents look wrong)\n`);
    expect(readFileSync(join(dir, 'w.jsonl'), 'utf8')).toContain('admissão');
  });

  it('glossary --batch: one line for the record whose text goes into the TBX', () => {
    const r = medbitext(['glossary', '--batch', batch, '--out', join(dir, 'g')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^medbitext: ${batch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2  3 characters XML 1\\.0 forbids \\(the first U\\+FFFE\\)[^\\n]* in the TBX\\n`, 'm'));
    expect(r.stderr).not.toMatch(/docs\.jsonl:1 /);
  });
});
