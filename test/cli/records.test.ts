import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initI18n } from '../../src/cli/i18n.js';
import { eachRecord } from '../../src/cli/records.js';
import { InputError } from '../../src/io/errors.js';
import { tempDir } from '../helpers/temp.js';

function file(content: string): string {
  const f = join(tempDir('mbt-records-'), 'in.jsonl');
  writeFileSync(f, content);
  return f;
}

afterEach(() => vi.restoreAllMocks());

describe('eachRecord', () => {
  it('uses every record in order, waiting for those whose use returns a promise, and counts the failed ones', async () => {
    const ctx = { t: await initI18n('en'), locale: 'en' as const };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const path = file(Array.from({ length: 8 }, (_, k) => (k === 5 ? '{bad' : JSON.stringify({ id: k }))).join('\n'));
    const done: number[] = [];
    const tally = await eachRecord(ctx, path, (rec) => {
      const id = rec.value.id as number;
      if (id === 2) throw new InputError('fieldType', path, { field: 'id', expected: 'string' }, rec.line);
      if (id === 6) return Promise.reject(new InputError('fieldType', path, { field: 'id', expected: 'string' }, rec.line));
      // Odd records finish later: the next is used only once they have.
      if (id % 2 === 1) return new Promise<void>((resolve) => setTimeout(() => resolve(void done.push(id)), 5));
      done.push(id);
    });
    expect(done).toEqual([0, 1, 3, 4, 7]);
    expect(tally).toEqual({ file: path, read: 8, failed: 3 });
    expect(stderr.mock.calls.map(([s]) => String(s).match(/in\.jsonl:(\d+)/)?.[1])).toEqual(['3', '6', '7']);
  });
});
