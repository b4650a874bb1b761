import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, medbitext, medbitextAsync } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** A bad input gives one localized line on stderr naming the path, and a non-zero exit. */
function expectOneLineError(r: ReturnType<typeof medbitext>, path: string, pattern: RegExp) {
  expect(r.status).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines.some((l) => l.includes(path) && pattern.test(l))).toBe(true);
}

describe('CLI bad input', () => {
  it('a missing file', () => {
    const out = join(tempDir(), 'out');
    const r = medbitext(['run', '/nonexistent/article.txt', '--out', out]);
    expectOneLineError(r, '/nonexistent/article.txt', /no such file/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a directory with no documents', () => {
    const d = tempDir();
    writeFileSync(join(d, 'notes.md'), '# nothing');
    const r = medbitext(['run', d, '--out', join(d, 'out')]);
    expectOneLineError(r, d, /no documents/);
  });

  it('an empty file, in Portuguese too', () => {
    const d = tempDir();
    writeFileSync(join(d, 'empty.txt'), '');
    const r = medbitext(['run', join(d, 'empty.txt'), '--out', join(d, 'out')]);
    expectOneLineError(r, 'empty.txt', /is empty/);
    const pt = medbitext(['run', join(d, 'empty.txt'), '--out', join(d, 'out'), '--locale', 'pt']);
    expectOneLineError(pt, 'empty.txt', /está vazio/);
  });

  it('a file that is not text', () => {
    const d = tempDir();
    writeFileSync(join(d, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]));
    const r = medbitext(['run', join(d, 'scan.txt'), '--out', join(d, 'out')]);
    expectOneLineError(r, 'scan.txt', /not a text file/);
  });

  it('never leaves a half-written output: an existing out/ keeps its files when the input is bad', () => {
    const d = tempDir();
    const out = join(d, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'glossary.json'), '[]\n');
    writeFileSync(join(d, 'empty.txt'), '');
    medbitext(['run', join(d, 'empty.txt'), '--out', out]);
    expect(readFileSync(join(out, 'glossary.json'), 'utf8')).toBe('[]\n');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('align --batch: a malformed line is reported with file and line, and every other document is aligned', () => {
    const d = tempDir();
    const input = join(d, 'docs.jsonl');
    const doc = (id: string) => JSON.stringify({ id, en_sentences: ['A.'], pt_sentences: ['B.'] });
    writeFileSync(input, `${doc('a')}\n{"id": "b", \n${doc('c')}\n`);
    const out = join(d, 'links.jsonl');
    const r = medbitext(['align', '--batch', input, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${input}:2  malformed JSON`);
    expect(r.stderr).toMatch(/3 records read, 2 processed, 1 failed/);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  it('align --batch: nothing usable is exit 2, and --out is not created', () => {
    const d = tempDir();
    const input = join(d, 'docs.jsonl');
    writeFileSync(input, '{"id": "b", \nnot json\n');
    const out = join(d, 'links.jsonl');
    const r = medbitext(['align', '--batch', input, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/none of its 2 records could be read/);
    expect(existsSync(out)).toBe(false);
  });

  it('align --batch: a wrong field type names the field', () => {
    const d = tempDir();
    const input = join(d, 'docs.jsonl');
    writeFileSync(input, '{"id":"a","en_sentences":"A.","pt_sentences":["B."]}\n');
    const r = medbitext(['align', '--batch', input]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/docs\.jsonl:1 .*en_sentences/);
  });

  it('entities --batch: invalid UTF-8 is an error naming the file', () => {
    const d = tempDir();
    const input = join(d, 't.jsonl');
    writeFileSync(input, Buffer.concat([Buffer.from('{"id":"t","text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    const r = medbitext(['entities', '--lang', 'en', '--batch', input]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('t.jsonl');
    expect(r.stderr).toMatch(/UTF-8/);
  });

  it('glossary --batch: a document ingest cannot read names file and line, and writes no glossary', () => {
    const d = tempDir();
    const input = join(d, 'docs.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'a', text: '<?xml version="1.0"?><article><body><p>cut off' }) + '\n');
    const out = join(d, 'glossary');
    const r = medbitext(['glossary', '--batch', input, '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/docs\.jsonl:1 .*is not well-formed XML: /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('CLI --batch with many bad records', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, k) => `Line ${k + 1} of a plain text, not JSON.`).join('\n') + '\n';
  const text = (id: string) => JSON.stringify({ id, text: 'She took prednisone 20 mg daily.' });

  it('entities: the first 20 failures, then one line counting the rest and naming --errors; exit 2 when none is usable', () => {
    const d = tempDir();
    const input = join(d, 'notes.txt');
    writeFileSync(input, prose(50));
    const r = medbitext(['entities', '--lang', 'en', '--batch', input]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => /notes\.txt:\d+ +malformed JSON/.test(l))).toHaveLength(20);
    expect(lines.at(-2)).toMatch(/notes\.txt: 30 more failed records not shown; --errors FILE lists every failure$/);
    expect(lines.at(-1)).toMatch(/none of its 50 records/);
    expect(lines).toHaveLength(22);
    const pt = medbitext(['entities', '--lang', 'en', '--batch', input, '--locale', 'pt']);
    expect(pt.stderr).toMatch(/notes\.txt: mais 30 registros com falha não mostrados; --errors ARQUIVO lista todas as falhas/);
  });

  it('entities --out with some records usable: they are written, the failures counted and listed; exit 1', () => {
    const d = tempDir();
    const input = join(d, 'mixed.jsonl');
    writeFileSync(input, `${text('a')}\n${prose(25)}${text('b')}\n`);
    const out = join(d, 'entities.jsonl');
    const errors = join(d, 'errors.jsonl');
    const r = medbitext(['entities', '--lang', 'en', '--batch', input, '--out', out, '--errors', errors]);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    expect(readFileSync(errors, 'utf8').trim().split('\n')).toHaveLength(25);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-2)).toMatch(/mixed\.jsonl: 5 more failed records not shown/);
    expect(lines.at(-1)).toMatch(/mixed\.jsonl: 27 records read, 2 processed, 25 failed/);
  });

  it('--errors FILE is written empty when no record failed, so an earlier list never stays', () => {
    const d = tempDir();
    const input = join(d, 'ok.jsonl');
    writeFileSync(input, `${text('a')}\n`);
    const errors = join(d, 'errors.jsonl');
    writeFileSync(errors, 'an earlier list\n');
    const r = medbitext(['entities', '--lang', 'en', '--batch', input, '--errors', errors]);
    expect(r.status).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });
});

describe('CLI usage errors', () => {
  it('are one localized line, exit 2, with the command\'s --help to turn to', () => {
    const pt = medbitext(['run', '--bogus', '--locale', 'pt']);
    expect(pt.status).toBe(2);
    expect(pt.stderr).toBe("medbitext: opção desconhecida '--bogus' (veja `medbitext run --help`)\n");
    const en = medbitext(['entities', '--lang', 'xx', '--batch', 'f']);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^medbitext: 'xx' is not a valid value for --lang <lang>; choose one of en, pt \(see `medbitext entities --help`\)\n$/);
  });
});

describe('CLI help', () => {
  it('answers in English and Portuguese', () => {
    const en = medbitext(['--help']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/run the whole pipeline/);
    const pt = medbitext(['--help'], { env: { LANG: 'pt_BR.UTF-8' } });
    expect(pt.stdout).toMatch(/executa o pipeline completo/);
    for (const cmd of ['run', 'align', 'entities', 'glossary', 'queue', 'worker']) {
      expect(medbitext([cmd, '--help']).status).toBe(0);
    }
  });

  it('says what commander adds (usage placeholders, choices, defaults) in Portuguese too', () => {
    const pt = medbitext(['run', '--help'], { env: { LANG: 'pt_BR.UTF-8' } }).stdout;
    expect(pt).toMatch(/^Uso: medbitext run \[opções\]/);
    expect(pt).toMatch(/pasta de saída \(padrão: "out"\)/);
    expect(pt).toMatch(/\(valores: "en", "pt"\)/);
    expect(pt).not.toMatch(/\[options\]|default:|choices:/);
    const en = medbitext(['run', '--help']).stdout;
    expect(en).toMatch(/^Usage: medbitext run \[options\]/);
    expect(en).toMatch(/output folder \(default: "out"\)/);
  });
});

describe('CLI output to a reader that stops reading', () => {
  it('`entities … | head -1`: the run ends quietly, exit 0, no stack trace', async () => {
    const batch = join(tempDir(), 'batch.jsonl');
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Aspirin ${i} mg daily; creatinine 2.${i % 10} mg/dL.` }));
    writeFileSync(batch, lines.join('\n') + '\n');
    const child = medbitextAsync(['entities', '--lang', 'en', '--batch', batch]);
    // Like `head -1`: close the pipe once the first block arrives.
    child.stdout!.once('data', () => child.stdout!.destroy());
    const run = await finished(child);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(run.status).toBe(0);
  });
});
