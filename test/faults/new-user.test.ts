import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** What a new user met running the CLI itself (docs/faults.md, "A new user's session"). */
const doc = (id: string, k: number) => JSON.stringify({ id, en_sentences: [`Case ${k} had fever.`], pt_sentences: [`O caso ${k} teve febre.`] });

describe('fault suite: a new user', () => {
  it('F39 a Portuguese run of one document: its counts agree in number, its rate has a decimal comma', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), doc('a', 1) + '\n' + '{"id": "b", oops\n');
    const run = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1', '--locale', 'pt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^\d\/2 documentos, \d+,\d\/s, faltam /m);
    expect(run.stderr).toContain('documentos processados: 1; inalterados (ignorados): 0; com falha: 1; lidos: 2\n');
    const index = medbitext(['index', join(d, 'd.jsonl'), '--out', join(d, 'i'), '--jobs', '1', '--locale', 'pt']);
    expect(index.stderr).toContain('documentos adicionados: 1; substituídos: 0; inalterados: 0; com falha: 1\n');
    const glossary = medbitext(['glossary', '--batch', join(d, 'd.jsonl'), '--out', join(d, 'g'), '--locale', 'pt']);
    expect(glossary.stderr).toContain('d.jsonl: registros lidos: 2; processados: 1; com falha: 1\n');
    // No count of one with a plural word after it.
    for (const r of [run, index, glossary]) expect(r.stderr).not.toMatch(/\b1 (processados|adicionados|lidos|registro lidos)\b/);
  });
  it('F40 a broken JATS file in a Portuguese run: what is wrong is said in Portuguese', () => {
    const d = tempDir();
    const input = join(d, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'cortado.xml'), '<article>\n<front>cut off');
    writeFileSync(join(input, 'entidade.xml'), '<article>\n<p>&madeup;</p></article>');
    writeFileSync(join(input, 'duas.xml'), '<article>\n<p a="1" a="2">x</p></article>');
    const r = medbitext(['run', input, '--out', join(d, 'out'), '--locale', 'pt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cortado\.xml:2:\d+  não é um XML bem formado: o elemento <front> nunca é fechado\n/);
    expect(r.stderr).toMatch(/entidade\.xml:2:\d+  não é um XML bem formado: uma entidade que não está definida\n/);
    expect(r.stderr).toMatch(/duas\.xml:2:\d+  não é um XML bem formado: o atributo a aparece duas vezes\n/);
    // No English text of the parser inside the Portuguese lines.
    expect(r.stderr).not.toMatch(/unclosed tag|undefined entity|duplicate attribute/);
  });
  it('F52 a file that is no PDF read as one in a Portuguese run: said in Portuguese', () => {
    const d = tempDir();
    writeFileSync(join(d, 'artigo.pdf'), 'Abstract: this is text, not a PDF.\n');
    const r = medbitext(['run', join(d, 'artigo.pdf'), '--out', join(d, 'out'), '--locale', 'pt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/artigo\.pdf  não é um PDF legível: a estrutura está danificada, ou não é um PDF\n/);
    expect(r.stderr).not.toMatch(/Invalid PDF structure/);
  });
});
