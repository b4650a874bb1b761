import { describe, expect, it } from 'vitest';
import { runDocument } from '../../src/batch/document.js';

describe('runDocument', () => {
  it('names a JSONL record’s fault by the record’s line, not by a line of the text the record holds', async () => {
    // A made-up JATS text on three lines, its fault on the third; the record is line 2 of its file.
    const text = '<article xml:lang="en">\n<body>\n<p>Fever and <b>pain</p>\n</body></article>';
    const error = await runDocument({ id: 'b', path: 'docs.jsonl', line: 2, input: { kind: 'text', text }, hash: 'h' }, 'v').catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'badXml', file: 'docs.jsonl', line: 2 });
    expect((error as { column?: number }).column).toBeUndefined();
  });

  it('keeps the place a file’s own fault has', async () => {
    const text = '<article xml:lang="en">\n<body>\n<p>Fever and <b>pain</p>\n</body></article>';
    await expect(runDocument({ id: 'a', path: 'a.xml', input: { kind: 'text', text }, hash: 'h' }, 'v')).rejects.toMatchObject({ file: 'a.xml', line: 3, column: 24 });
  });
});
