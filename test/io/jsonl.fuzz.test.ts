import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFault, readJsonl, type JsonlItem } from '../../src/io/jsonl.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('mbt-jsonl-fuzz-');
let n = 0;

async function read(bytes: Buffer, maxLineBytes: number): Promise<JsonlItem[]> {
  const f = join(dir, `f${n++}.jsonl`);
  writeFileSync(f, bytes);
  const items: JsonlItem[] = [];
  for await (const i of readJsonl(f, { maxLineBytes })) items.push(i);
  return items;
}

/** A line of a JSONL file: a record, garbage, a long line, a blank one, bytes that are not UTF-8. */
const line = fc.oneof(
  fc.record({ id: fc.string(), text: fc.string() }).map((o) => ({ bytes: Buffer.from(JSON.stringify(o)), record: o as unknown })),
  fc.string().filter((s) => !s.includes('\n')).map((s) => ({ bytes: Buffer.from(s), record: undefined })),
  fc.integer({ min: 200, max: 2000 }).map((k) => ({ bytes: Buffer.from(JSON.stringify({ id: 'long', text: 'x'.repeat(k) })), record: undefined })),
  fc.constantFrom(' ', '\t', '\r').map((s) => ({ bytes: Buffer.from(s), record: undefined })),
  fc.uint8Array({ minLength: 1, maxLength: 20 }).map((a) => ({ bytes: Buffer.concat([Buffer.from('{"id":"'), Buffer.from(a.map((b) => (b === 0x0a || b === 0 ? 0xff : b))), Buffer.from('"}')]), record: undefined })),
);

describe('readJsonl, fuzzed', () => {
  it('yields one item per non-blank line, in order, with its number; records parse as JSON.parse says; no line over the cap is a record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.boolean(), async (lines, finalNewline) => {
        const cap = 150;
        const bytes = Buffer.concat(lines.flatMap((l, i) => (i < lines.length - 1 || finalNewline ? [l.bytes, Buffer.from('\n')] : [l.bytes])));
        const items = await read(bytes, cap);
        // Blank: JSON whitespace only (space, tab, CR).
        const expected = lines.map((l, i) => ({ ...l, line: i + 1 })).filter((l) => !l.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d));
        expect(items.map((i) => i.line)).toEqual(expected.map((l) => l.line));
        for (const [k, item] of items.entries()) {
          const l = expected[k]!;
          if (l.bytes.length > cap) expect(isFault(item) && item.error.key).toBe('overCap');
          else if (l.record !== undefined) expect(isFault(item) ? item.error.key : item.value).toEqual(l.record);
          else if (!isFault(item)) expect(item.value).toEqual(JSON.parse(l.bytes.toString('utf8')));
        }
      }),
      { numRuns: 200 },
    );
  });
});
