import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documents, isFailure, type SourceItem } from '../../src/batch/sources.js';
import { InputError } from '../../src/io/errors.js';

async function collect(inputs: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const d of documents(inputs)) out.push(d);
  return out;
}

describe('documents', () => {
  it('pairs NAME.en.txt with NAME.pt.txt, reads articles and JSONL, ignores READMEs', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mbt-src-'));
    writeFileSync(join(d, 'a.en.txt'), 'Hello.');
    writeFileSync(join(d, 'a.pt.txt'), 'Olá.');
    writeFileSync(join(d, 'b.txt'), 'Title\n\nAbstract: text.');
    writeFileSync(join(d, 'README.md'), '# not a document');
    writeFileSync(join(d, 'c.jsonl'), '{"id":"x","en_sentences":["A."],"pt_sentences":["B."]}\n{"id":"y","en_text":"A.","pt_text":"B."}\n');
    const items = await collect([d]);
    expect(items.filter(isFailure)).toEqual([]);
    const docs = items.filter((i) => !isFailure(i)) as Exclude<SourceItem, { error: InputError }>[];
    expect(docs.map((x) => [x.id, x.input.kind])).toEqual([
      ['a', 'pair'],
      ['b', 'text'],
      ['x', 'segmented'],
      ['y', 'pair'],
    ]);
    expect(new Set(docs.map((x) => x.hash)).size).toBe(4);
  });

  it('reports bad files and goes on with the rest', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mbt-src-'));
    writeFileSync(join(d, 'empty.txt'), '  \n');
    writeFileSync(join(d, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(join(d, 'lonely.en.txt'), 'Only English.');
    writeFileSync(join(d, 'good.txt'), 'Some text.');
    writeFileSync(join(d, 'bad.jsonl'), '{"id":"ok","text":"A."}\n{"id":\n');
    const items = await collect([d]);
    const errors = items.filter(isFailure).map((f) => f.error.key).sort();
    expect(errors).toEqual(['badJson', 'binary', 'empty', 'unpaired']);
    expect(items.filter((i) => !isFailure(i)).map((i) => (i as { id: string }).id)).toEqual(['ok', 'good']);
  });

  it('makes repeated ids unique', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mbt-src-'));
    writeFileSync(join(d, 'a.jsonl'), '{"id":"d","text":"A."}\n{"id":"d","text":"B."}\n');
    const ids = (await collect([d])).map((i) => (i as { id: string }).id);
    expect(ids).toEqual(['d', 'd-2']);
  });

  it('throws for a missing input and for a folder without documents', async () => {
    await expect(collect(['/nonexistent/corpus'])).rejects.toMatchObject({ key: 'missing' });
    const d = mkdtempSync(join(tmpdir(), 'mbt-src-'));
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'notes.md'), 'x');
    await expect(collect([d])).rejects.toMatchObject({ key: 'noDocuments' });
  });
});
