import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import segment, { sentencesOfParagraphs } from '../../src/segment/plugin.js';
import { processDocument } from '../../src/processor.js';
import type { Paragraph } from '../../src/types.js';

const en = 'Title here. Abstract one. Abstract two.';
const pt = 'Frase um. Frase dois.';

const paragraphs: Paragraph[] = [
  { lang: 'en', part: 'abstract', section: 'Abstract', text: 'Abstract one. Abstract two.', start: 12, end: en.length, citations: [{ marker: '3', refs: [3], at: 25 }] },
  { lang: 'other', part: 'other', section: '', text: 'Resumen uno.', start: 0, end: 12, citations: [] },
  { lang: 'pt', part: 'abstract', section: 'Resumo', text: pt, start: 0, end: pt.length, citations: [] },
];

describe('segment plugin', () => {
  it('numbers sentences per language with offsets into the language text and their citations', () => {
    const sentences = sentencesOfParagraphs(paragraphs);
    expect(sentences.map((s) => s.id)).toEqual(['en-1', 'en-2', 'pt-1', 'pt-2']);
    const [first, second] = sentences;
    expect(en.slice(first!.start, first!.end)).toBe('Abstract one.');
    expect(en.slice(second!.start, second!.end)).toBe('Abstract two.');
    expect(first!.citations).toHaveLength(1);
    expect(second!.citations).toHaveLength(0);
    expect(sentences[2]).toMatchObject({ lang: 'pt', n: 1, part: 'abstract', section: 'Resumo', text: 'Frase um.' });
  });

  it('keeps pre-segmented input exactly', () => {
    const file = new VFile();
    file.data.input = { kind: 'segmented', en: ['A. B.', 'C'], pt: ['X'] };
    (segment as () => (t: unknown, f: VFile) => void)()({ type: 'root' }, file);
    expect(file.data.sentences!.map((s) => [s.id, s.text, s.part])).toEqual([
      ['en-1', 'A. B.', 'body'],
      ['en-2', 'C', 'body'],
      ['pt-1', 'X', 'body'],
    ]);
  });

  it('ends a sentence at a citation after a stop, raised or in plain digits, before the names of the next', async () => {
    const sentencesOf = async (text: string) => (await processDocument('a', { kind: 'text', text })).data.sentences!.map((s) => s.text);
    for (const text of [
      'Fever lasts longer in children than in adults.⁴ Novak et al. showed that it drops with age.',
      'Fever lasts longer in children than in adults.4 Novak et al. showed that it drops with age.',
      'Fever lasts longer in children than in adults. 4 Novak et al.7 showed that it drops with age.',
    ]) {
      expect(await sentencesOf(text), text).toEqual(['Fever lasts longer in children than in adults.', 'Novak et al. showed that it drops with age.']);
    }
  });

  it('keeps paragraphs apart when the first ends in raised citation numbers', async () => {
    const file = await processDocument('a', { kind: 'text', text: 'Isolation adds to the pain of the elderly.¹⁷,²⁰\n\nCipriano et al. and Fillingim et al. found the same in the skeleton.' });
    expect(file.data.sentences!.map((s) => s.text)).toEqual(['Isolation adds to the pain of the elderly.', 'Cipriano et al. and Fillingim et al. found the same in the skeleton.']);
    expect(file.data.paragraphs!.filter((p) => p.lang === 'en')).toHaveLength(2);
  });
});
