import { describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documents, isFailure, type SourceItem } from '../../src/batch/sources.js';
import { InputError } from '../../src/io/errors.js';
import { tempDir } from '../helpers/temp.js';

async function collect(inputs: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const d of documents(inputs)) out.push(d);
  return out;
}

describe('documents', () => {
  it('pairs NAME.en.txt with NAME.pt.txt, reads articles and JSONL, ignores READMEs', async () => {
    const d = tempDir('mbt-src-');
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
    const d = tempDir('mbt-src-');
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

  it('makes repeated ids unique, saying which were renamed', async () => {
    const d = tempDir('mbt-src-');
    writeFileSync(join(d, 'a.jsonl'), '{"id":"d","text":"A."}\n{"id":"d","text":"B."}\n');
    const items = (await collect([d])) as Array<{ id: string; renamedFrom?: string }>;
    expect(items.map((i) => [i.id, i.renamedFrom])).toEqual([
      ['d', undefined],
      ['d-2', 'd'],
    ]);
    // A real id of the form X-N keeps it, wherever it comes: a repeat never takes it.
    writeFileSync(join(d, 'a.jsonl'), '{"id":"a","text":"A."}\n{"id":"a","text":"B."}\n{"id":"a-2","text":"C."}\n{"id":"a","text":"D."}\n');
    const again = (await collect([d])).map((i) => (i as { id: string }).id);
    expect(again).toEqual(['a', 'a-3', 'a-2', 'a-4']);
    // A record without an id (`line-N`) gives way to a real id spelt the same, and files' ids count as real ones.
    writeFileSync(join(d, 'a.jsonl'), '{"text":"A."}\n{"id":"line-1","text":"B."}\n');
    writeFileSync(join(d, 'line-1-2.txt'), 'C.');
    expect((await collect([d])).map((i) => (i as { id: string }).id)).toEqual(['line-1-3', 'line-1', 'line-1-2']);
  });

  it('throws for a missing input and for a folder without documents', async () => {
    await expect(collect(['/nonexistent/corpus'])).rejects.toMatchObject({ key: 'missing' });
    const d = tempDir('mbt-src-');
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'notes.md'), 'x');
    await expect(collect([d])).rejects.toMatchObject({ key: 'noDocuments' });
  });
});

describe('documents: formats and limits', () => {
  it('reads JATS .xml as articles and --input-format forces a format', async () => {
    const d = tempDir('mbt-src-');
    writeFileSync(join(d, 'a.xml'), '<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front></article>');
    writeFileSync(join(d, 'b.data'), '{"id":"z","text":"A."}\n');
    const items = await collect([d]);
    expect(items.map((i) => (isFailure(i) ? i.error.key : i.input.kind))).toEqual(['text']);
    const forced: SourceItem[] = [];
    for await (const i of documents([join(d, 'b.data')], { format: 'jsonl' })) forced.push(i);
    expect(forced.map((i) => (i as { id: string }).id)).toEqual(['z']);
  });

  it('refuses a file too large to be one article without reading it', async () => {
    const d = tempDir('mbt-src-');
    const big = join(d, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    writeFileSync(join(d, 'ok.txt'), 'Some text.');
    const items = await collect([d]);
    expect(items.filter(isFailure).map((f) => [f.error.key, f.error.file])).toEqual([['overCap', big]]);
    expect(items.filter((i) => !isFailure(i))).toHaveLength(1);
  });

  it('a file that only looks like a PDF is reported, not fatal', async () => {
    const d = tempDir('mbt-src-');
    writeFileSync(join(d, 'fake.pdf'), '%PDF-1.4 truncated');
    writeFileSync(join(d, 'ok.txt'), 'Some text.');
    const items = await collect([d]);
    expect(items.filter(isFailure).map((f) => f.error.file)).toEqual([join(d, 'fake.pdf')]);
    expect(items.filter((i) => !isFailure(i))).toHaveLength(1);
  });
});

describe('documents: the count told before reading', () => {
  it('counts pairs once, articles, non-blank JSONL lines (bad ones too) and unreadable inputs', async () => {
    const d = tempDir('mbt-src-');
    writeFileSync(join(d, 'a.en.txt'), 'Hello.');
    writeFileSync(join(d, 'a.pt.txt'), 'Olá.');
    writeFileSync(join(d, 'b.txt'), 'Text.');
    writeFileSync(join(d, 'c.jsonl'), '{"id":"x","text":"A."}\n\n  \n{bad\n{"id":"y","text":"B."}');
    writeFileSync(join(d, 'e.txt'), '');
    let told = -1;
    const items: SourceItem[] = [];
    for await (const i of documents([d], { onCount: (n) => (told = n) })) items.push(i);
    expect(told).toBe(6);
    // Every record counted is one item: a document or a failure.
    expect(items).toHaveLength(6);
  });
});
