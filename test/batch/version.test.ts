import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/batch/run.js';
import { DEFAULT_LIMITS, MAX_DOCUMENT_SENTENCES } from '../../src/io/limits.js';
import { documentVersion } from '../../src/batch/version.js';
import { tempDir } from '../helpers/temp.js';

/** Sentences made up for the test, pre-segmented so their count is known. */
const sentences = (n: number, lang: 'en' | 'pt') => Array.from({ length: n }, (_, i) => (lang === 'en' ? `Finding ${i + 1} was noted.` : `O achado ${i + 1} foi notado.`));

function corpus(): string {
  const dir = tempDir('mbt-cap-');
  const docs = [
    { id: 'long', en_sentences: sentences(3, 'en'), pt_sentences: sentences(3, 'pt') },
    { id: 'short', en_sentences: sentences(1, 'en'), pt_sentences: sentences(1, 'pt') },
  ];
  writeFileSync(join(dir, 'docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return dir;
}

const cap = (documentSentences?: number) => ({ limits: { ...DEFAULT_LIMITS, ...(documentSentences !== undefined && { documentSentences }) } });

describe('reusing a stored result only under the sentence cap it was made with', () => {
  it('processes again what a run under another --max-document-sentences stored', async () => {
    const inputs = [corpus()];
    const out = join(tempDir(), 'out');
    const first = await runCorpus({ inputs, out, ...cap(10) });
    expect([first.ok, first.skipped, first.failed.length]).toEqual([2, 0, 0]);
    // Under a lower cap the long document (6 sentences) is refused, not counted unchanged; the short one is made again.
    const lower = await runCorpus({ inputs, out, ...cap(4) });
    expect([lower.ok, lower.skipped]).toEqual([1, 0]);
    expect(lower.failed.map((e) => e.key)).toEqual(['tooManySentences']);
    // As for every failure, its earlier result stays in the corpus, and the run says so (F28).
    expect(lower.kept).toEqual(['long']);
    // The same cap again: nothing to redo.
    const same = await runCorpus({ inputs, out, ...cap(4) });
    expect([same.ok, same.skipped, same.failed.length]).toEqual([0, 1, 1]);
    // Back to the default cap: the short document's result from the cap of 4 is not reused either.
    const back = await runCorpus({ inputs, out });
    expect([back.ok, back.skipped, back.failed.length]).toEqual([2, 0, 0]);
    const again = await runCorpus({ inputs, out, ...cap(MAX_DOCUMENT_SENTENCES) });
    expect([again.ok, again.skipped]).toEqual([0, 2]);
  });

  it('leaves the version of a run under the default cap as it was', () => {
    expect(documentVersion('1.0+shard.2', undefined)).toBe('1.0+shard.2');
    expect(documentVersion('1.0+shard.2', MAX_DOCUMENT_SENTENCES)).toBe('1.0+shard.2');
    expect(documentVersion('1.0+shard.2', 4)).toBe('1.0+shard.2+sentences.4');
  });
});
