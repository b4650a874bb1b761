import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument, MAX_DOCUMENT_CHARS, SIDE_SEPARATOR } from '../../src/ingest/ingest.js';

const report = readFileSync(new URL('../../corpus/calcinosis-cutis-lupus-case-report.txt', import.meta.url), 'utf8');

const { source, blocks } = await ingestDocument({ kind: 'text', text: report });

describe('ingestDocument on the bundled report', () => {
  it('keeps the source and slices blocks from it', () => {
    expect(source).toBe(report);
    for (const b of blocks) {
      if (!b.src) expect(source.slice(b.start, b.end)).toBe(b.text);
      // a block whose paragraph ends are not the source's blank lines is put together from its lines: each character but a line end is the source's
      else for (let i = 0; i < b.text.length; i++) if (b.text[i] !== '\n') expect(source[b.src[i]!]).toBe(b.text[i]);
    }
  });

  it('finds both titles, the abstract and resumo, and the English body sections', () => {
    const summary = blocks.map((b) => `${b.lang} ${b.part} ${b.section}`.trim());
    expect(summary).toEqual([
      'en title',
      'pt title',
      'en abstract Abstract',
      'pt abstract Resumo',
      'en body INTRODUCTION',
      'en body CASE REPORT',
      'en body DISCUSSION',
    ]);
    expect(blocks[0]!.text).toMatch(/^Calcinosis cutis universalis .* an exuberant case\*$/s);
    expect(blocks[2]!.text.startsWith('Calcinosis cutis is an uncommon disease')).toBe(true);
    expect(blocks[3]!.text.endsWith('seguimento destes casos.')).toBe(true);
  });
});

const trilingual = `Calcinosis cutis in systemic lupus erythematosus: a case report

Calcinose cutânea no lúpus eritematoso sistêmico: relato de caso

Abstract: Calcinosis cutis is an uncommon disease of unclear pathophysiology that is often disabling.
Resumo: A calcinose cutânea é uma doença incomum, de fisiopatologia incerta e muitas vezes incapacitante.
Resumen: La calcinosis cutánea es una enfermedad poco común, de fisiopatología incierta y a menudo incapacitante.
Keywords: calcinosis; lupus.
INTRODUÇÃO
A calcinose cutânea é a deposição de sais de cálcio na pele e no tecido subcutâneo, e pode ser classificada em quatro tipos.
REFERÊNCIAS
1. Smith J. Calcinosis. J Dermatol. 2001;10:1-5.
`;

describe('ingestDocument on marked text', () => {
  it('labels a Spanish abstract other, never Portuguese', async () => {
    const { blocks } = await ingestDocument({ kind: 'text', text: trilingual });
    const byLabel = Object.fromEntries(blocks.map((b) => [b.section || `${b.lang}-${b.part}`, b]));
    expect(byLabel['Resumen']).toMatchObject({ lang: 'other', part: 'abstract' });
    expect(byLabel['Resumo']).toMatchObject({ lang: 'pt', part: 'abstract' });
    expect(byLabel['Abstract']).toMatchObject({ lang: 'en', part: 'abstract' });
    expect(byLabel['Keywords']).toMatchObject({ part: 'keywords' });
    expect(byLabel['INTRODUÇÃO']).toMatchObject({ lang: 'pt', part: 'body' });
    expect(byLabel['REFERÊNCIAS']).toMatchObject({ part: 'references' });
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.lang)).toEqual(['en', 'pt']);
  });

  it('reports an empty section', async () => {
    const { notes } = await ingestDocument({ kind: 'text', text: 'A title of some length here\n\nABSTRACT\nRESUMO\nUma frase qualquer em português para o resumo.\n' });
    expect(notes.map((n) => n.rule)).toContain('empty-section');
  });

  it('takes unmarked text as body', async () => {
    const { blocks } = await ingestDocument({ kind: 'text', text: 'The patient was a 30-year-old woman.\n\nShe had lupus for thirteen years.' });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ lang: 'en', part: 'body' });
  });
});

describe('ingestDocument on pairs and segmented input', () => {
  it('puts the EN side, a blank line and the PT side in the source, one language per side', async () => {
    const en = 'Calcinosis cutis in lupus\n\nAbstract: It is a rare finding.\n\nINTRODUCTION\nThe body text.';
    const pt = 'Sem marcas: só o corpo do texto, em português.';
    const { source, blocks } = await ingestDocument({ kind: 'pair', en, pt });
    expect(source).toBe(en + SIDE_SEPARATOR + pt);
    expect(blocks.map((b) => `${b.lang} ${b.part}`)).toEqual(['en title', 'en abstract', 'en body', 'pt body']);
    for (const b of blocks) {
      if (!b.src) expect(source.slice(b.start, b.end)).toBe(b.text);
      // a block whose paragraph ends are not the source's blank lines is put together from its lines: each character but a line end is the source's
      else for (let i = 0; i < b.text.length; i++) if (b.text[i] !== '\n') expect(source[b.src[i]!]).toBe(b.text[i]);
    }
  });

  it('joins given sentences by line, one body block per language', async () => {
    const { blocks } = await ingestDocument({ kind: 'segmented', en: ['One.', 'Two.'], pt: ['Um.', 'Dois.'] });
    expect(blocks.map((b) => [b.lang, b.part, b.text])).toEqual([
      ['en', 'body', 'One.\nTwo.'],
      ['pt', 'body', 'Um.\nDois.'],
    ]);
  });
});

describe('ingestDocument limits', () => {
  it('refuses an input too large for one article with the localized tooLarge error naming the file', async () => {
    const huge = 'a'.repeat(MAX_DOCUMENT_CHARS + 1);
    await expect(ingestDocument({ kind: 'text', text: huge }, 'big.txt')).rejects.toMatchObject({ key: 'tooLarge', file: 'big.txt', params: { limit: MAX_DOCUMENT_CHARS } });
  });
});
