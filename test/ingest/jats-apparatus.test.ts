import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/processor.js';

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
  it('leaves no citation, author, reference or table mark in the sentences later stages see', async () => {
    const file = await processDocument('a', { kind: 'text', text: article });
    const prose = file.data.sentences!.map((s) => s.text).join('\n');
    expect(prose).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]|et al|Silva|Souza|Table 1|New York|\(\s*\)|,,/);
    expect(prose).toContain('Chronic pain is common in the general population.');
    expect(prose).toContain('described it in women.');
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
