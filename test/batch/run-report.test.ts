import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const doc = (id: string, k: number) =>
  JSON.stringify({ id, en_text: `The patient ${k} was treated with prednisone.`, pt_text: `O paciente ${k} foi tratado com prednisona.` });

/**
 * A JSONL corpus with bad lines at the start, in the middle and at the end,
 * lines that are valid JSON but no document, and a repeated id: 11 records.
 */
function corpus(): string {
  const d = tempDir();
  const lines = [
    '{"id": "broken", ', // 1: malformed, first
    doc('a', 1),
    doc('b', 2),
    '[1, 2, 3]', // 4: JSON, not an object
    doc('dup', 4),
    '{"id": "nofields", "title": "no text"}', // 6: an object, not a document
    '', // blank: no record
    doc('dup', 7), // 8: the id again
    '{"id": "c", "en_text": 5, "pt_text": "x"}', // 9: a field of the wrong type
    doc('dup-2', 9), // 10: a real id a renamed repeat must not take
    doc('e', 10),
    'not json at all', // 12: malformed, last
  ];
  writeFileSync(join(d, 'docs.jsonl'), lines.join('\n'));
  return d;
}

describe('every input record is accounted for', () => {
  it('run: bad lines anywhere are reported and counted, every other document is processed, and run-report.json says so', () => {
    const d = corpus();
    const out = join(d, 'out');
    const r = medbitext(['run', join(d, 'docs.jsonl'), '--out', out, '--jobs', '1']);
    expect(r.status).toBe(1);
    const input = join(d, 'docs.jsonl');
    // One line per bad record, naming file and line.
    for (const line of [1, 4, 6, 9, 12]) expect(r.stderr).toContain(`${input}:${line}  `);
    expect(r.stderr).toContain(`${input}:8  the id "dup" is used by an earlier document: this one is "dup-3"`);
    expect(r.stderr).toMatch(/documents: 6 processed, 0 unchanged \(skipped\), 5 failed, of 11 read/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);

    // Every good document is in the outputs, in input order, the real dup-2 under its own id.
    const docs = readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc as string);
    expect([...new Set(docs)]).toEqual(['a', 'b', 'dup', 'dup-3', 'dup-2', 'e']);

    const report = JSON.parse(readFileSync(join(out, 'run-report.json'), 'utf8'));
    expect(report).toMatchObject({ read: 11, processed: 6, unchanged: 0, failed: 5 });
    expect(report.read).toBe(report.processed + report.unchanged + report.failed);
    const [file] = report.files;
    expect(file).toMatchObject({ file: input, read: 11, processed: 6, failed: 5 });
    expect(file.failures.map((f: { line: number; error: string }) => [f.line, f.error])).toEqual([
      [1, 'badJson'],
      [4, 'notObject'],
      [6, 'noDocumentFields'],
      [9, 'fieldType'],
      [12, 'badJson'],
    ]);
    expect(file.failures[3].reason).toBe('field "en_text" must be string');
    expect(file.renamed).toEqual([{ line: 8, id: 'dup', as: 'dup-3' }]);

    // A rerun: the same records, now all unchanged; the counts still add up.
    const again = medbitext(['run', join(d, 'docs.jsonl'), '--out', out, '--jobs', '1']);
    expect(again.stderr).toMatch(/documents: 0 processed, 6 unchanged \(skipped\), 5 failed, of 11 read/);
    expect(JSON.parse(readFileSync(join(out, 'run-report.json'), 'utf8'))).toMatchObject({ read: 11, processed: 0, unchanged: 6, failed: 5 });
  });

  it('index: the same records are read, counted and indexed', () => {
    const d = corpus();
    const out = join(d, 'index');
    const r = medbitext(['index', join(d, 'docs.jsonl'), '--out', out, '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/documents: 6 added, 0 replaced, 0 unchanged, 5 failed/);
    expect(r.stderr).toMatch(/index: 6 documents/);
    const found = medbitext(['search', 'prednisone', '--index', out, '--limit', '20']);
    expect(new Set(found.stdout.trim().split('\n').map((l) => JSON.parse(l).doc as string))).toEqual(new Set(['a', 'b', 'dup', 'dup-3', 'dup-2', 'e']));
  });
});
