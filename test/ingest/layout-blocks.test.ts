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
