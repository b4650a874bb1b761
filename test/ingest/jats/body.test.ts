import { describe, expect, it } from 'vitest';
import { jatsToBlocks } from '../../../src/ingest/jats.js';
import { processDocument } from '../../../src/processor.js';

/** Body and back-matter variants of JATS 1.0–1.3 (docs/jats.md); every text here is made up for the test. */
const article = (body: string, back = '', rest = '') =>
  `<article xml:lang="en"><front><article-meta><title-group><article-title>Pain</article-title></title-group></article-meta></front><body>${body}</body>${back ? `<back>${back}</back>` : ''}${rest}</article>`;
const blocks = (xml: string) => jatsToBlocks(xml, 'a.xml').blocks.filter((b) => b.part !== 'title');
const lines = (xml: string) => blocks(xml).map((b) => `${b.part}${b.section ? ` [${b.section}]` : ''} ${b.text}`);

describe('JATS block content in the body', () => {
  it('reads lists, quotations, boxes, statements, speeches and definition lists as paragraphs, in order', () => {
    const body = `<sec sec-type="methods"><title>Methods</title>
      <p>Two scales were used:<list list-type="bullet"><list-item><label>a)</label><p>the numeric scale;</p></list-item><list-item><p>the faces scale.</p></list-item></list>Both were read aloud.</p>
      <list list-type="order"><title>Steps</title><list-item><p>Ask about pain.</p><list><list-item><p>Ask again at night.</p></list-item></list></list-item></list>
      <disp-quote><p>It hurts when I walk.</p><attrib>(Resident 4)</attrib></disp-quote>
      <boxed-text><caption><title>Box 1. Terms</title></caption><p>Pain is an unpleasant experience.</p><sec><title>Note</title><p>Scores range from 0 to 10.</p></sec></boxed-text>
      <statement><label>Key message</label><p>Ask every resident.</p></statement>
      <speech><speaker>Nurse</speaker><p>Does it hurt now?</p></speech>
      <def-list><def-item><term>NRS</term><def><p>numeric rating scale</p></def></def-item></def-list></sec>`;
    expect(lines(article(body))).toEqual([
      'body [Methods] Two scales were used:\n\nthe numeric scale;\n\nthe faces scale.\n\nBoth were read aloud.\n\nAsk about pain.\n\nAsk again at night.\n\nIt hurts when I walk.\n\n(Resident 4)\n\nPain is an unpleasant experience.\n\nScores range from 0 to 10.\n\nAsk every resident.\n\nNurse: Does it hurt now?\n\nNRS: numeric rating scale',
    ]);
  });

  it('keeps inline wrappers’ words and drops note marks, image descriptions and a formula’s second form', () => {
    const p = `<p>Pain<xref ref-type="fn" rid="fn1"><sup>1</sup></xref> was <italic>severe</italic> in <sc>older</sc> <named-content content-type="group">residents</named-content>,<break/>as <styled-content style="x">expected</styled-content> (<xref ref-type="fig" rid="f1">Figure 1</xref>; see <ext-link ext-link-type="uri" xlink:href="http://x.org">the registry</ext-link>).
      The odds were <inline-formula><alternatives><mml:math><mml:mi>p</mml:mi><mml:mo>&lt;</mml:mo><mml:mn>0.05</mml:mn></mml:math><tex-math>p&lt;0.05</tex-math><inline-graphic xlink:href="f.gif"/></alternatives></inline-formula> and <inline-formula><tex-math><![CDATA[\\documentclass{minimal}\\begin{document}$r=0.4$\\end{document}]]></tex-math></inline-formula><inline-graphic xlink:href="i.gif"><alt-text>an arrow</alt-text></inline-graphic>.</p>`;
    expect(blocks(article(p)).map((b) => b.text)).toEqual(['Pain was severe in older residents, as expected (Figure 1; see the registry). The odds were p<0.05 and r=0.4.']);
  });

  it('keeps a range of years an author–date citation links as words, a numbered range as a citation', () => {
    const p = '<p>Pain fell in that period, as Roe (<xref ref-type="bibr" rid="B1">2018–2020</xref>) and Doe (<xref ref-type="bibr" rid="B2">2019-21</xref>) saw, and as trials did<xref ref-type="bibr" rid="B3">3-5</xref>.</p>';
    expect(blocks(article(p)).map((b) => b.text)).toEqual(['Pain fell in that period, as Roe (2018–2020) and Doe (2019-21) saw, and as trials did³⁻⁵.']);
  });

  it('keeps figures, tables and supplementary files out of the prose, their captions as captions, a table’s footer as apparatus', () => {
    const body = `<sec><title>Results</title><p>Pain fell.<supplementary-material id="s1"><label>Supplementary Table S1</label><caption><p>Scores by ward</p></caption></supplementary-material></p>
      <table-wrap id="t1"><label>Table 1</label><caption><title>Scores</title><p>Means by ward</p></caption><table><tr><td>4.2</td></tr></table><table-wrap-foot><fn><p>SD: standard deviation</p></fn></table-wrap-foot></table-wrap></sec>`;
    expect(lines(article(body))).toEqual(['body [Results] Pain fell.', 'caption [Table 1] Scores Means by ward', 'other [Table 1] SD: standard deviation', 'caption [Supplementary Table S1] Scores by ward']);
  });

  it('files sections by sec-type whatever its case, and a section in a language of its own', () => {
    const body = `<sec sec-type="intro"><title>Introduction</title><p>Pain is common.</p></sec>
      <sec sec-type="COI-statement"><title>Conflicts</title><p>None declared.</p></sec>
      <sec sec-type="data-availability"><p>Data on request.</p></sec>
      <sec><title>Acknowledgements</title><p>We thank the residents.</p></sec>
      <sec xml:lang="pt"><title>Resumo em português</title><p>A dor é comum.</p></sec>`;
    expect(blocks(article(body)).map((b) => `${b.lang} ${b.part} ${b.section}`)).toEqual(['en body Introduction', 'en other Conflicts', 'en other data-availability', 'en other Acknowledgements', 'pt body Resumo em português']);
  });
});

describe('JATS definition-list sections and notes in the body', () => {
  const defs = (items: Array<[string, string]>) => `<def-list>${items.map(([t, d]) => `<def-item><term>${t}</term><def><p>${d}</p></def></def-item>`).join('')}</def-list>`;

  it('keeps a section of abbreviations apart, whatever its title, and reads one defining words as prose', () => {
    const body = `<sec><title>Introduction</title><p>Pain is common.</p></sec>
      <sec><title>Case definitions</title>${defs([['Confirmed case', 'a resident with a score above 4.'], ['Suspected case', 'a resident who reports pain.']])}</sec>
      <sec><title>List</title><p>${defs([['NRS', 'numeric rating scale'], ['Hb', 'haemoglobin'], ['pain score', 'the scale’s reading']])}</p></sec>`;
    expect(lines(article(body))).toEqual([
      'body [Introduction] Pain is common.',
      'body [Case definitions] Confirmed case: a resident with a score above 4.\n\nSuspected case: a resident who reports pain.',
      'other [List] NRS: numeric rating scale\n\nHb: haemoglobin\n\npain score: the scale’s reading',
    ]);
  });

  it('keeps a footnote group, a glossary and a reference list written directly in the body', () => {
    const body = `<p>Pain is common.</p><sec><title>Results</title><p>Most residents had pain.</p></sec>
      <fn-group><fn id="fn1"><p>Data from 2020.</p></fn><fn id="fn2"><p>Scores self-reported.</p></fn></fn-group>
      <glossary><title>Glossary</title>${defs([['NRS', 'numeric rating scale']])}</glossary>
      <ref-list><ref id="B1"><mixed-citation>Doe J. Pain. 2020.</mixed-citation></ref></ref-list>`;
    const a = jatsToBlocks(article(body), 'a.xml');
    expect(a.blocks.filter((b) => b.part !== 'title').map((b) => `${b.part} [${b.section}] ${b.text}`)).toEqual([
      'body [] Pain is common.',
      'body [Results] Most residents had pain.',
      'other [fn-group] Data from 2020.\n\nScores self-reported.',
      'other [Glossary] NRS: numeric rating scale',
      'references [] Doe J. Pain. 2020.',
    ]);
    expect(a.notes.map((n) => n.rule)).not.toContain('no-references');
  });
});

describe('JATS back matter and floats', () => {
  it('keeps acknowledgements, notes, footnotes, glossaries and appendices as apparatus, and finds reference lists in sections', () => {
    const back = `<ack><title>Acknowledgements</title><p>We thank the staff.</p></ack>
      <fn-group><fn fn-type="conflict"><label>*</label><p>No conflicts.</p></fn></fn-group>
      <notes notes-type="ethics"><p>Approved by the board.</p></notes>
      <glossary><title>Abbreviations</title><def-list><def-item><term>NRS</term><def><p>numeric rating scale</p></def></def-item></def-list></glossary>
      <app-group><app><title>Appendix 1</title><p>The form used.</p><fig><label>Figure A1</label><caption><p>The form</p></caption></fig></app></app-group>
      <sec><title>References</title><ref-list><ref id="B1"><label>1</label><mixed-citation>Doe J. Pain. 2020.</mixed-citation></ref></ref-list></sec>`;
    const a = jatsToBlocks(article('<p>Pain is common.</p>', back), 'a.xml');
    expect(a.blocks.filter((b) => b.part !== 'title' && b.part !== 'body').map((b) => `${b.part} [${b.section}] ${b.text}`)).toEqual([
      'other [Acknowledgements] We thank the staff.',
      'other [fn-group] No conflicts.',
      'other [ethics] Approved by the board.',
      'other [Abbreviations] NRS: numeric rating scale',
      'other [Appendix 1] The form used.',
      'references [] 1. Doe J. Pain. 2020.',
      'caption [Figure A1] The form',
    ]);
    expect(a.notes.map((n) => n.rule)).not.toContain('no-references');
  });

  it('reads a reference list inside a body section as references, and a response and a floats-group', () => {
    const body = '<sec><title>Discussion</title><p>Pain is common.</p></sec><sec><title>References</title><ref-list><ref id="B1"><mixed-citation>Doe J. Pain. 2020.</mixed-citation></ref></ref-list></sec>';
    const rest = `<floats-group><fig id="f1"><label>Figure 1</label><caption><p>Pain by ward</p></caption></fig></floats-group>
      <response xml:lang="pt"><front-stub><title-group><article-title>Resposta</article-title></title-group></front-stub><body><p>Agradecemos.</p></body></response>`;
    expect(jatsToBlocks(article(body, '', rest), 'a.xml').blocks.map((b) => `${b.lang} ${b.part} ${b.text}`)).toEqual([
      'en title Pain',
      'en body Pain is common.',
      'en references Doe J. Pain. 2020.',
      'en caption Pain by ward',
      'pt title Resposta',
      'pt body Agradecemos.',
    ]);
  });

  it('reads a nested reference list in an appendix once', () => {
    const back = '<app-group><app><title>Appendix</title><p>The form.</p><ref-list><ref-list><ref id="A1"><mixed-citation>Roe K. Sleep. 2019.</mixed-citation></ref></ref-list></ref-list></app></app-group>';
    expect(blocks(article('<p>Pain is common.</p>', back)).filter((b) => b.part === 'references').map((b) => b.text)).toEqual(['Roe K. Sleep. 2019.']);
  });

  it('keeps back matter out of the sentences later stages see', async () => {
    const file = await processDocument('a', { kind: 'text', text: article('<p>Pain is common in the elderly.</p>', '<ack><p>We thank the National Council.</p></ack><fn-group><fn><p>Funded by the Pain Society.</p></fn></fn-group>') });
    expect(file.data.sentences!.map((s) => s.text)).toEqual(['Pain', 'Pain is common in the elderly.']);
    expect(file.data.apparatus!.map((p) => p.text)).toEqual(['We thank the National Council.', 'Funded by the Pain Society.']);
  });
});

describe('JATS markup escaped into text', () => {
  it('reads one level of escaped markup; markup escaped again inside it stays as written', () => {
    const p = '<p>&lt;i&gt;Pain&lt;/i&gt; was &lt;b&gt;&amp;lt;u&amp;gt;mild&amp;lt;/u&amp;gt;&lt;/b&gt; at night.</p>';
    expect(blocks(article(p)).map((b) => b.text)).toEqual(['Pain was <u>mild</u> at night.']);
  });
});
