import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readTextFile } from '../../src/ingest/read.js';
import { tempDir } from '../helpers/temp.js';

it('reads text files in any charset', () => {
  const dir = tempDir('medbitext-read-');
  const en = join(dir, 'case.en.txt');
  const pt = join(dir, 'case.pt.txt');
  writeFileSync(en, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Calcinosis cutis\r\n', 'utf16le')]));
  writeFileSync(pt, Buffer.from('Calcinose cutânea\r\n', 'latin1'));
  expect(readTextFile(en)).toBe('Calcinosis cutis\r\n');
  expect(readTextFile(pt)).toBe('Calcinose cutânea\r\n');
});

it('names the file that cannot be an article', () => {
  const dir = tempDir('medbitext-read-');
  const blank = join(dir, 'blank.txt');
  writeFileSync(blank, ' \n\n');
  expect(() => readTextFile(blank)).toThrow(expect.objectContaining({ key: 'empty', file: blank }));
  expect(() => readTextFile(join(dir, 'none.txt'))).toThrow(expect.objectContaining({ key: 'missing' }));
  expect(() => readTextFile(dir)).toThrow(expect.objectContaining({ key: 'isDirectory', file: dir }));
});
