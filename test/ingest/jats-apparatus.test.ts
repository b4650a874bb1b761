import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/processor.js';
import { jatsToBlocks } from '../../src/ingest/jats.js';

const article = `<article xml:lang="en"><front><article-meta>
  <title-group><article-title>Chronic pain in the elderly</article-title></title-group>
  <kwd-group xml:lang="en"><kwd>Chronic Pain</kwd></kwd-group></article-meta></front>
  <body><sec><title>Introduction</title>
    <p>Chronic pain is common in the general population (<xref ref-type="bibr" rid="B16">16</xref>). Guth et al.<xref ref-type="bibr" rid="B23">23</xref> described it in women.</p>
    <p>The age group recommended for the scale<sup><xref ref-type="bibr" rid="B9">9</xref>,</sup>, the interest of the family and the consent were the criteria (<xref ref-type="table" rid="t1">Table 1</xref>).</p>
    <p>Pain was measured in every ward (<xref ref-type="bibr" rid="B4">Silva et al., 2019</xref>; <xref ref-type="bibr" rid="B5">Souza, 2020</xref>).</p>
  </sec></body>
  <back><ref-list><title>References</title><ref id="B16"><label>16</label><mixed-citation>Smith J, Jones K. Pain. New York Heart J. 2001;10:1-5.</mixed-citation></ref></ref-list></back>
</article>`;

describe('JATS apparatus out of the prose', () => {
  it('leaves no citation, reference or table mark in the sentences later stages see; names the sentence reads stay', async () => {
    const file = await processDocument('a', { kind: 'text', text: article });
    const prose = file.data.sentences!.map((s) => s.text).join('\n');
    expect(prose).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]|Silva|Souza|Table 1|New York|\(\s*\)|,,/);
    expect(prose).toContain('Chronic pain is common in the general population.');
    expect(prose).toContain('Guth et al. described it in women.');
    expect(prose).toContain('for the scale, the interest');
    const refs = file.data.sentences!.flatMap((s) => s.citations.flatMap((c) => c.refs));
    expect(refs).toEqual(expect.arrayContaining([16, 23, 9]));
    expect(file.data.apparatus!.map((p) => p.part)).toEqual(['references']);
  });
});

describe('JATS back matter in the body', () => {
  it('keeps a data-availability or funding section apart from the prose', async () => {
    const text = `<article xml:lang="en"><front><article-meta><title-group><article-title>Pain</article-title></title-group></article-meta></front>
      <body><sec><title>Introduction</title><p>Pain is common in the elderly.</p></sec>
      <sec sec-type="supplementary-material"><p>The database was deposited in Some Data Repository.</p></sec>
      <sec sec-type="funding"><title>Funding</title><p>Funded by the National Research Council.</p></sec></body></article>`;
    const file = await processDocument('a', { kind: 'text', text });
    expect(file.data.sentences!.map((s) => s.text)).toEqual(['Pain', 'Pain is common in the elderly.']);
    expect(file.data.apparatus!.map((p) => p.section)).toEqual(['supplementary-material', 'Funding']);
  });
});

describe('JATS citation runs marked up around their xrefs', () => {
  const body = (p: string) => `<article xml:lang="en"><front><article-meta><title-group><article-title>Pain</article-title></title-group></article-meta></front><body><sec><title>Introduction</title><p>${p}</p></sec></body></article>`;

  it('reads a raised (10-12) whose brackets and dash are sups of their own as one citation', () => {
    const p = `It is the axis of learning<sup>(</sup><xref ref-type="bibr" rid="B10">10</xref><sup>))-</sup><xref ref-type="bibr" rid="B12">12</xref><sup>)))</sup>. It changed.`;
    const { blocks } = jatsToBlocks(body(p), 'a.xml');
    expect(blocks.find((b) => b.part === 'body')!.text).toBe('It is the axis of learning¹⁰⁻¹². It changed.');
  });

  it('keeps a comma between two citations and drops one closing the run', () => {
    const p = `Science and society.<xref ref-type="bibr" rid="B7"><sup>7</sup></xref><sup>),(</sup><xref ref-type="bibr" rid="B8"><sup>8</sup></xref> As a strategy, the scale<xref ref-type="bibr" rid="B9">9</xref><sup>,</sup>, the family.`;
    const { blocks } = jatsToBlocks(body(p), 'a.xml');
    expect(blocks.find((b) => b.part === 'body')!.text).toBe('Science and society.⁷,⁸ As a strategy, the scale⁹, the family.');
  });

  it('leaves a raised sign that is no citation alone', () => {
    const { blocks } = jatsToBlocks(body('Chloride (Cl<sup>-</sup>) was low.'), 'a.xml');
    expect(blocks.find((b) => b.part === 'body')!.text).toBe('Chloride (Cl⁻) was low.');
  });
});

describe('JATS sub-articles inside a translation', () => {
  it('files a reply nested in the English translation as English, whatever xml:lang it copies', () => {
    const text = `<article xml:lang="pt" article-type="letter"><front><article-meta><title-group><article-title>Carta</article-title></title-group></article-meta></front>
      <body><p>Caro editor, a análise é relevante.</p></body>
      <sub-article article-type="reply" id="s1" xml:lang="pt"><front-stub><title-group><article-title>Resposta</article-title></title-group></front-stub><body><p>Agradecemos a análise.</p></body></sub-article>
      <sub-article article-type="translation" id="t" xml:lang="en"><front-stub><title-group><article-title>Letter</article-title></title-group></front-stub>
        <body><p>Dear editor, the analysis is relevant.</p></body>
        <sub-article article-type="reply" id="s2" xml:lang="pt"><front-stub><title-group><article-title>Reply</article-title></title-group></front-stub><body><p>We thank the authors.</p></body></sub-article>
      </sub-article></article>`;
    const { blocks } = jatsToBlocks(text, 'a.xml');
    expect(blocks.map((b) => `${b.lang} ${b.part} ${b.text}`)).toEqual([
      'pt title Carta',
      'pt body Caro editor, a análise é relevante.',
      'pt title Resposta',
      'pt body Agradecemos a análise.',
      'en title Letter',
      'en body Dear editor, the analysis is relevant.',
      'en title Reply',
      'en body We thank the authors.',
    ]);
  });
});
