import { describe, expect, it } from 'vitest';
import { alignParts } from '../../src/align/plugin.js';
import type { Lang, Part, Sentence } from '../../src/types.js';

let offset = 0;
const s = (lang: Lang, n: number, part: Part, text: string): Sentence => ({
  id: `${lang}-${n}`, lang, n, part, section: '', text, start: offset, end: (offset += text.length), citations: [],
});

describe('align plugin', () => {
  it('aligns part by part and skips parts present in one language only', () => {
    const sentences = [
      s('en', 1, 'title', 'Calcinosis cutis associated with systemic lupus erythematosus'),
      s('en', 2, 'abstract', 'Calcinosis cutis is an uncommon disease.'),
      s('en', 3, 'abstract', 'It is classified into four subtypes.'),
      s('en', 4, 'body', 'The body exists only in English.'),
      s('pt', 1, 'title', 'Calcinose cútis associada a lúpus eritematoso sistêmico'),
      s('pt', 2, 'abstract', 'Calcinose cutânea é uma doença incomum.'),
      s('pt', 3, 'abstract', 'É classificada em quatro subtipos.'),
    ];
    expect(alignParts(sentences).map((l) => [l.part, l.en, l.pt])).toEqual([
      ['title', [1], [1]],
      ['abstract', [2], [2]],
      ['abstract', [3], [3]],
    ]);
  });
});
