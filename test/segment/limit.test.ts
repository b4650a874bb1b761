import { describe, expect, it } from 'vitest';
import { fatalInputError, processDocument } from '../../src/processor.js';
import { MAX_DOCUMENT_SENTENCES } from '../../src/io/limits.js';
import { runDocument } from '../../src/batch/document.js';

/** Sentences made up for the test: short, so many fit well under the character cap (docs/faults.md, F49). */
const sentences = (n: number, lang: 'en' | 'pt') => Array.from({ length: n }, (_, i) => (lang === 'en' ? `Pain ${i} was mild.` : `A dor ${i} foi leve.`));

describe('the sentence cap on one document', () => {
  it('refuses a document with more sentences than the cap, before the later stages', { timeout: 60_000 }, async () => {
    const half = MAX_DOCUMENT_SENTENCES / 2;
    const file = await processDocument('big', { kind: 'segmented', en: sentences(half + 1, 'en'), pt: sentences(half, 'pt') }, 'big.jsonl');
    expect(fatalInputError(file)).toMatchObject({ key: 'tooManySentences', file: 'big.jsonl', params: { count: MAX_DOCUMENT_SENTENCES + 1, limit: MAX_DOCUMENT_SENTENCES } });
    expect(file.data.sentences).toEqual([]);
    expect(file.data.alignment ?? []).toEqual([]);
  });

  it('reads a document under the cap, and counts a text’s sentences as segment finds them', { timeout: 60_000 }, async () => {
    const atCap = await processDocument('cap', { kind: 'segmented', en: sentences(2, 'en'), pt: sentences(2, 'pt') }, 'cap.jsonl');
    expect(fatalInputError(atCap)).toBeUndefined();
    const text = `${sentences(MAX_DOCUMENT_SENTENCES + 1, 'en').join(' ')}`;
    const file = await processDocument('one-line', { kind: 'text', text }, 'one-line.txt');
    expect(fatalInputError(file)).toMatchObject({ key: 'tooManySentences', file: 'one-line.txt' });
  });

  it('takes another cap, refusing a document one sentence over it and reading one at it', async () => {
    const over = await processDocument('over', { kind: 'segmented', en: sentences(3, 'en'), pt: sentences(2, 'pt') }, 'over.jsonl', { maxSentences: 4 });
    expect(fatalInputError(over)).toMatchObject({ key: 'tooManySentences', params: { count: 5, limit: 4 } });
    const at = await processDocument('at', { kind: 'segmented', en: sentences(2, 'en'), pt: sentences(2, 'pt') }, 'at.jsonl', { maxSentences: 4 });
    expect(fatalInputError(at)).toBeUndefined();
    expect(at.data.sentences).toHaveLength(4);
    // The cap a document was read under travels with it to where it is processed.
    const input = { kind: 'segmented' as const, en: sentences(3, 'en'), pt: sentences(2, 'pt') };
    await expect(runDocument({ id: 'd', path: 'd.jsonl', line: 3, input, hash: 'h', maxSentences: 4 }, 'v')).rejects.toMatchObject({ key: 'tooManySentences', line: 3 });
  });

  it('names the line of a JSONL record over the cap', { timeout: 60_000 }, async () => {
    const input = { kind: 'segmented' as const, en: sentences(MAX_DOCUMENT_SENTENCES, 'en'), pt: sentences(1, 'pt') };
    await expect(runDocument({ id: 'big', path: 'docs.jsonl', line: 2, input, hash: 'h' }, 'v')).rejects.toMatchObject({ key: 'tooManySentences', file: 'docs.jsonl', line: 2 });
  });
});
