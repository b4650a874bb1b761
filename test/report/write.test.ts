import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyTally, renderReport } from '../../src/report/html.js';
import { ReportDocuments, writeReport } from '../../src/report/write.js';
import type { CorpusCounts, DocumentResult, Glossary } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const doc = (id: string, text: string): DocumentResult => ({
  id,
  path: `${id}.txt`,
  hash: 'h',
  version: '0',
  text: { en: text, pt: '' },
  captions: [],
  sentences: [{ id: 'en-1', lang: 'en', n: 1, part: 'abstract', section: '', text, start: 0, end: text.length, citations: [] }],
  alignment: [{ en: [1], pt: [], score: 0.4, part: 'abstract' }],
  entities: [{ sentence: 'en-1', lang: 'en', start: 0, end: 4, text: text.slice(0, 4), type: 'lab', negated: false, normalized: 'x' }],
  entityLinks: [],
  terms: { doc: id, pairs: 0, pairTerms: [], surfaces: { en: {}, pt: {} }, examples: [], evidence: [] },
  messages: [],
});

const glossary: Glossary = { entries: [], candidates: [] };
const counts = (documents: number): CorpusCounts => ({ documents, sentences: { en: documents, pt: 0 }, links: documents, entities: documents, glossary: 0, candidates: 0, guessed: {}, unpairedKeywords: 0 });

/** The report as the reduce writes it: documents streamed into a part file, then the page around it. */
async function streamed(docs: DocumentResult[]): Promise<{ html: string; dir: string }> {
  const dir = tempDir('mbt-report-write-');
  const documents = new ReportDocuments(join(dir, 'report-docs.json'));
  for (const d of docs) await documents.add(d);
  const part = await documents.finish();
  await writeReport(join(dir, 'report.html'), counts(docs.length), documents.tally, part, glossary);
  return { html: readFileSync(join(dir, 'report.html'), 'utf8'), dir };
}

describe('the report written as the corpus streams by', () => {
  it('is the page renderReport makes of the same documents, for none, one and several', async () => {
    for (const docs of [[], [doc('a', 'Urea was high.')], [doc('a', 'Urea was high.'), doc('b</script>', 'Sodium <b>low</b>.')]]) {
      expect((await streamed(docs)).html).toBe(renderReport(docs, glossary, counts(docs.length)));
    }
  });

  it('leaves no report and no part file behind when aborted', async () => {
    const dir = tempDir('mbt-report-abort-');
    const documents = new ReportDocuments(join(dir, 'report-docs.json'));
    await documents.add(doc('a', 'Urea was high.'));
    await documents.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('puts no page in place when its documents cannot be read', async () => {
    const dir = tempDir('mbt-report-missing-');
    const missing = { temporary: join(dir, 'gone.json'), path: join(dir, 'report-docs.json') };
    await expect(writeReport(join(dir, 'report.html'), counts(0), emptyTally(), missing, glossary)).rejects.toThrow();
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });
});
