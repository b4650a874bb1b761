import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/html.js';
import type { CorpusCounts, DocumentResult } from '../../src/types.js';

const doc: DocumentResult = {
  id: 'd1</script><script>alert(1)</script>',
  path: 'x',
  hash: 'h',
  version: '0',
  text: { en: '', pt: '' },
  captions: [],
  sentences: [
    { id: 'en-1', lang: 'en', n: 1, part: 'abstract', section: '', text: 'Use <b>prednisone</b> 30 mg/day.', start: 0, end: 10, citations: [] },
    { id: 'pt-1', lang: 'pt', n: 1, part: 'abstract', section: '', text: 'Usar prednisona 30 mg/dia.', start: 0, end: 10, citations: [] },
  ],
  alignment: [{ en: [1], pt: [1], score: 0.95, part: 'abstract' }],
  entities: [
    { sentence: 'en-1', lang: 'en', start: 7, end: 17, text: 'prednisone', type: 'drug', negated: false, normalized: 'prednisone', dose: '30' },
  ],
  entityLinks: [],
  terms: { doc: 'd1', pairs: 1, pairTerms: [], surfaces: { en: {}, pt: {} }, examples: [], evidence: [] },
  messages: [],
};

const counts: CorpusCounts = { documents: 1, sentences: { en: 1, pt: 1 }, links: 1, entities: 1, glossary: 0, candidates: 0, guessed: {}, unpairedKeywords: 0 };

describe('renderReport', () => {
  const html = renderReport([doc], { entries: [], candidates: [] }, counts);

  it('is one self-contained file: no external resources', () => {
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('carries document text as escaped JSON, so markup cannot run', () => {
    expect(html.match(/<script/g)).toHaveLength(2); // the data block and the page script
    expect(html).not.toContain('<b>prednisone</b>');
    expect(html).toContain('\\u003cb>prednisone\\u003c/b>');
  });

  it('embeds both languages of the interface', () => {
    expect(html).toContain(`"undo":"Undo"`);
    expect(html).toContain(`"undo":"Desfazer"`);
  });

  it('draws the charts as SVG', () => {
    expect(html.match(/<svg role="img"/g)).toHaveLength(2);
  });
});
