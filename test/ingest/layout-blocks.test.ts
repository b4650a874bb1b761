import { beforeAll, describe, expect, it } from 'vitest';
import { blocksFromLayout } from '../../src/ingest/layout-blocks.js';
import { loadLanguageDetector } from '../../src/ingest/language.js';
import type { TextLayout } from '../../src/types.js';

beforeAll(loadLanguageDetector);

/** A source and its layout blocks from parts written one after the other. */
function laid(parts: Array<Omit<TextLayout, 'start' | 'end'> & { text: string }>): { source: string; layout: TextLayout[] } {
  let source = '';
  const layout: TextLayout[] = [];
  for (const { text, ...b } of parts) {
    if (source !== '') source += '\n\n';
    layout.push({ ...b, start: source.length, end: source.length + text.length });
    source += text;
  }
  return { source, layout };
}

const BOX = 'Main results: the fever of most children treated at home fell within three days. Implications for services: clinics can teach parents which signs call for a new visit.';

describe('blocksFromLayout', () => {
  it('takes a headed box of prose right before the abstract for part of the abstract, a short note for a note', () => {
    const { source, layout } = laid([
      { part: 'title', section: '', text: 'Fever treated at home in children: a report of a clinic' },
      { part: 'other', section: 'Study contributions', text: BOX },
      { part: 'other', section: 'Study contributions', text: '* Correspondence to the first author.' },
      { part: 'abstract', section: 'Abstract', hint: 'en', text: 'Children with a fever were treated at home and followed by telephone. Most recovered in three days.' },
      { part: 'body', section: 'Introduction', hint: 'en', text: 'Fever is the most common reason for a visit to a children’s clinic, and most fevers pass without treatment.' },
    ]);
    const { blocks } = blocksFromLayout(source, layout);
    expect(blocks.map((b) => b.part)).toEqual(['title', 'abstract', 'other', 'abstract', 'body']);
  });
});

describe('blocksFromLayout, a layout with no title set apart by size', () => {
  const EN_TITLE = 'Fever treated at home in children: a report of a clinic';
  const PT_TITLE = 'Febre tratada em casa em crianças: relato de um ambulatório';
  const EN_ABSTRACT = 'Children with a fever were treated at home and followed by telephone. Most recovered in three days.';
  const PT_ABSTRACT = 'Crianças com febre foram tratadas em casa e acompanhadas por telefone. A maioria se recuperou em três dias.';
  const BODY = 'Fever is the most common reason for a visit to a children’s clinic, and most fevers pass without treatment.';

  it('takes each language’s title by position before the abstracts the layout found, and says it guessed', () => {
    const { source, layout } = laid([
      { part: 'body', section: '', text: `${EN_TITLE}\n\n${PT_TITLE}` },
      { part: 'abstract', section: 'Abstract', hint: 'en', text: EN_ABSTRACT },
      { part: 'abstract', section: 'Resumo', hint: 'pt', text: PT_ABSTRACT },
      { part: 'body', section: 'Introduction', hint: 'en', text: BODY },
    ]);
    const { blocks, notes } = blocksFromLayout(source, layout);
    expect(blocks.map((b) => [b.lang, b.part, b.text])).toEqual([
      ['en', 'title', EN_TITLE],
      ['pt', 'title', PT_TITLE],
      ['en', 'abstract', EN_ABSTRACT],
      ['pt', 'abstract', PT_ABSTRACT],
      ['en', 'body', BODY],
    ]);
    expect(notes.map((n) => n.rule)).toContain('title-by-position');
  });

  it('finds the translation’s title between the first abstract and its own', () => {
    const { source, layout } = laid([
      { part: 'body', section: '', text: EN_TITLE },
      { part: 'abstract', section: 'Abstract', hint: 'en', text: EN_ABSTRACT },
      { part: 'body', section: '', text: PT_TITLE },
      { part: 'abstract', section: 'Resumo', hint: 'pt', text: PT_ABSTRACT },
    ]);
    expect(blocksFromLayout(source, layout).blocks.map((b) => [b.lang, b.part])).toEqual([
      ['en', 'title'],
      ['en', 'abstract'],
      ['pt', 'title'],
      ['pt', 'abstract'],
    ]);
  });
});
