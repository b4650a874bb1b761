import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl } from '../../src/io/jsonl.js';
import { InputError } from '../../src/io/errors.js';

function file(content: string | Buffer): string {
  const f = join(mkdtempSync(join(tmpdir(), 'mbt-jsonl-')), 'in.jsonl');
  writeFileSync(f, content);
  return f;
}

async function all(path: string) {
  const out = [];
  for await (const r of readJsonl(path)) out.push(r);
  return out;
}

async function error(path: string): Promise<InputError> {
  try {
    await all(path);
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
}

describe('readJsonl', () => {
  it('reads objects with their line numbers, skipping blank lines and CRLF', async () => {
    const rows = await all(file('{"id":"a"}\r\n\n{"id":"b"}'));
    expect(rows.map((r) => [r.value.id, r.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });

  it('names the line of malformed JSON', async () => {
    const e = await error(file('{"id":"a"}\n{"id":\n'));
    expect(e).toBeInstanceOf(InputError);
    expect([e.key, e.line]).toEqual(['badJson', 2]);
  });

  it('rejects lines that are not objects', async () => {
    const e = await error(file('[1,2]\n'));
    expect([e.key, e.line]).toEqual(['notObject', 1]);
  });

  it('names the very line of invalid UTF-8, far into a large file', async () => {
    const good = '{"id":"a","text":"ação"}\n'.repeat(5000);
    const e = await error(file(Buffer.concat([Buffer.from(good), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]), Buffer.from(good)])));
    expect([e.key, e.line]).toEqual(['notUtf8', 5001]);
  });

  it('rejects invalid UTF-8', async () => {
    const e = await error(file(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a])));
    expect(e.key).toBe('notUtf8');
  });

  it('reports a missing file', async () => {
    const e = await error('/nonexistent/medbitext.jsonl');
    expect(e.key).toBe('missing');
  });
});
