import { describe, expect, it } from 'vitest';
import { jatsToBlocks } from '../../../src/ingest/jats.js';
import { processDocument } from '../../../src/processor.js';

/** An article's own list of abbreviations (docs/jats.md); every text here is made up for the test. */
const defs = (items: Array<[string, string]>) => `<def-list>${items.map(([t, d]) => `<def-item><term>${t}</term><def><p>${d}</p></def></def-item>`).join('')}</def-list>`;
const article = (meta: string, body: string, back = '') =>
  `<article xml:lang="en"><front><article-meta><title-group><article-title>Lupus in the clinic</article-title></title-group>${meta}</article-meta></front><body>${body}</body><back>${back}</back></article>`;

describe('JATS abbreviation lists', () => {
  it('gathers the short forms a glossary, a section of abbreviations and a keyword group of them spell out, once each', () => {
    const meta = '<kwd-group kwd-group-type="abbreviations"><kwd>CRP, C-reactive protein</kwd><kwd>SLE, systemic lupus erythematosus</kwd></kwd-group>';
    const body = `<sec><title>Results</title><p>Most had SLE.</p></sec><sec><title>Siglas</title>${defs([['MTX', 'methotrexate'], ['Hb:', 'haemoglobin.']])}</sec>`;
    const back = `<glossary><title>Glossary</title>${defs([['SLE', 'systemic lupus erythematosus'], ['flare', 'a worsening of the disease']])}</glossary>`;
    expect(jatsToBlocks(article(meta, body, back), 'a.xml').abbreviations).toEqual([
      { lang: 'en', short: 'CRP', long: 'C-reactive protein' },
      { lang: 'en', short: 'SLE', long: 'systemic lupus erythematosus' },
      { lang: 'en', short: 'MTX', long: 'methotrexate' },
      { lang: 'en', short: 'Hb', long: 'haemoglobin' },
    ]);
  });

  it('reads every pair of a keyword that holds several, however they are separated', () => {
    const kwds = [
      'AIDS, acquired immunodeficiency syndrome; HIV, human immunodeficiency virus',
      'ART, antiretroviral therapy. PCR, polymerase chain reaction.',
      'IgA, immunoglobulin A, IgG, immunoglobulin G',
      'CMV: cytomegalovirus<break/>EBV: Epstein-Barr virus',
      'TB = tuberculosis',
      'ICU, intensive care unit (UTI, unidade de terapia intensiva)',
    ];
    const meta = `<kwd-group kwd-group-type="abbreviations">${kwds.map((k) => `<kwd>${k}</kwd>`).join('')}</kwd-group>`;
    expect(jatsToBlocks(article(meta, '<p>Most had AIDS.</p>'), 'a.xml').abbreviations.map((a) => `${a.short}=${a.long}`)).toEqual([
      'AIDS=acquired immunodeficiency syndrome',
      'HIV=human immunodeficiency virus',
      'ART=antiretroviral therapy',
      'PCR=polymerase chain reaction',
      'IgA=immunoglobulin A',
      'IgG=immunoglobulin G',
      'CMV=cytomegalovirus',
      'EBV=Epstein-Barr virus',
      'TB=tuberculosis',
      'ICU=intensive care unit (UTI, unidade de terapia intensiva)',
    ]);
  });

  it('lists nothing from a section defining words (prose)', () => {
    const body = `<sec><title>Case definitions</title>${defs([['Flare', 'a worsening of the disease.'], ['Remission', 'no activity for a year.']])}</sec>`;
    expect(jatsToBlocks(article('', body), 'a.xml').abbreviations).toEqual([]);
  });

  it('gives the entities stage the expansions: a short form the prose never defines is read as its entity', async () => {
    const body = '<sec><title>Case report</title><p>The patient had active CCL and was given AZA weekly.</p></sec>';
    const back = `<glossary><title>Abbreviations</title>${defs([['CCL', 'calcinosis cutis'], ['AZA', 'azathioprine']])}</glossary>`;
    const file = await processDocument('a', { kind: 'text', text: article('', body, back) }, 'a.xml');
    const found = (file.data.entities ?? []).filter((e) => e.text === 'CCL' || e.text === 'AZA').map((e) => [e.text, e.type, e.expansion]);
    expect(found).toEqual([
      ['CCL', 'diagnosis', 'calcinosis cutis'],
      ['AZA', 'drug', 'azathioprine'],
    ]);
  });
});
