import { describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { isFault, readJsonl, readJsonlChunks, type JsonlItem } from '../../src/io/jsonl.js';
import { InputError } from '../../src/io/errors.js';
import { tempDir } from '../helpers/temp.js';

function file(content: string | Buffer): string {
  const f = join(tempDir('mbt-jsonl-'), 'in.jsonl');
  writeFileSync(f, content);
  return f;
}

async function all(path: string, maxLineBytes?: number): Promise<JsonlItem[]> {
  const out = [];
  for await (const r of readJsonl(path, { maxLineBytes })) out.push(r);
  return out;
}

/** Each item as [line, id] for a record or [line, error key] for a fault. */
const shape = (items: JsonlItem[]) => items.map((i) => (isFault(i) ? [i.line, i.error.key] : [i.line, i.value.id]));

async function thrown(path: string): Promise<InputError> {
  try {
    await all(path);
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
}

describe('readJsonl', () => {
  it('reads objects with their line numbers, skipping blank lines and CRLF', async () => {
    expect(shape(await all(file('{"id":"a"}\r\n\n{"id":"b"}')))).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
  });

  it('reports a bad line with its number and goes on with the next', async () => {
    const items = await all(file('{"id":\n{"id":"b"}\n[1,2]\n{"id":"d"}\n"text"\n{"id":"f"}\n{bad'));
    expect(shape(items)).toEqual([
      [1, 'badJson'],
      [2, 'b'],
      [3, 'notObject'],
      [4, 'd'],
      [5, 'notObject'],
      [6, 'f'],
      [7, 'badJson'],
    ]);
    expect((items[0] as { error: InputError }).error.file).toContain('in.jsonl');
  });

  it('names the very line of invalid UTF-8, far into a large file, and reads on', async () => {
    const good = '{"id":"a","text":"ação"}\n'.repeat(5000);
    const items = await all(file(Buffer.concat([Buffer.from(good), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]), Buffer.from(good)])));
    expect(items.filter(isFault).map((f) => [f.error.key, f.line])).toEqual([['notUtf8', 5001]]);
    expect(items.filter((i) => !isFault(i))).toHaveLength(10000);
  });

  it('gives by blocks the same items, lines across block ends included', async () => {
    // Lines of 1 to 300 bytes and a last line without a newline: many cross the 64 KiB block ends.
    const text = Array.from({ length: 3000 }, (_, k) => (k % 97 === 0 ? '' : k % 89 === 0 ? '{bad' : JSON.stringify({ id: k, text: 'x'.repeat((k * 37) % 300) }))).join('\n');
    const f = file(text);
    const blocks: JsonlItem[][] = [];
    for await (const items of readJsonlChunks(f, {})) blocks.push(items);
    expect(blocks.length).toBeGreaterThan(5);
    expect(shape(blocks.flat())).toEqual(shape(await all(f)));
    expect(shape(blocks.flat())).toEqual(
      text
        .split('\n')
        .map((l, k) => [k + 1, l] as const)
        .filter(([, l]) => l !== '')
        .map(([n, l]) => (l === '{bad' ? [n, 'badJson'] : [n, (JSON.parse(l) as { id: number }).id])),
    );
  });

  it('skips a line over the cap without holding it, and reads on', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(5000) });
    const items = await all(file(`{"id":"a"}\n${long}\n{"id":"c"}\n${long}`), 1000);
    expect(shape(items)).toEqual([
      [1, 'a'],
      [2, 'overCap'],
      [3, 'c'],
      [4, 'overCap'],
    ]);
  });

  it('refuses a binary (or sparse) file whole from its first bytes', async () => {
    const f = file('');
    const fd = openSync(f, 'r+');
    ftruncateSync(fd, 64 * 1024 * 1024);
    closeSync(fd);
    const started = Date.now();
    expect((await thrown(f)).key).toBe('binary');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a missing file, and a FIFO without blocking on it', async () => {
    expect((await thrown('/nonexistent/medbitext.jsonl')).key).toBe('missing');
    const fifo = join(tempDir('mbt-jsonl-'), 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    expect(await thrown(fifo)).toMatchObject({ key: 'notRegular', params: { kind: 'fifo' } });
  });
});
