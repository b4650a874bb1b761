import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readDocumentFile, readPairFiles } from '../../src/ingest/read.js';

it('reads article files and parallel pairs in any charset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'medbitext-read-'));
  const en = join(dir, 'case.en.txt');
  const pt = join(dir, 'case.pt.txt');
  writeFileSync(en, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Calcinosis cutis\r\n', 'utf16le')]));
  writeFileSync(pt, Buffer.from('Calcinose cutânea\r\n', 'latin1'));
  expect(readPairFiles(en, pt)).toEqual({ kind: 'pair', en: 'Calcinosis cutis\r\n', pt: 'Calcinose cutânea\r\n' });
  expect(readDocumentFile(pt)).toEqual({ kind: 'text', text: 'Calcinose cutânea\r\n' });
});
