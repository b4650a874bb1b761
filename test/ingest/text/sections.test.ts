import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';

/** Sections and paragraphs of extracted text: what a note, a heading and a quote look like without fonts. */
beforeAll(loadLanguageDetector);

const FRONT = ['Care of a febrile child at home: a qualitative study', 'Abstract', 'Parents told how they cared for a child with fever at home.', 'Keywords: fever; child; home care', ''];
const prose = (text: string) =>
  findBlocks(text)
    .blocks.filter((b) => b.part === 'body')
    .map((b) => b.text.replace(/\s+/g, ' '))
    .join(' ');
const notes = (text: string) => findBlocks(text).blocks.filter((b) => b.part === 'other').map((b) => b.text);

describe('paragraphs of extracted text', () => {
  it('keeps a quote set off with a note mark after a colon in the prose, and a note elsewhere out of it', () => {
    const text = [
      ...FRONT,
      'RESULTS',
      'The parents said that the nurses had helped them from the first day, and one of',
      'them said how the visits had changed the way the family cared for the child:',
      '*We did not know what to do with the fever, and now we know when to call.',
      'The other parents said much the same about the visits of the nurses at home.',
      '* Correspondence: the first author, at the clinic of the university.',
    ].join('\n');
    expect(prose(text)).toContain('*We did not know what to do with the fever');
    expect(notes(text)).toEqual(['* Correspondence: the first author, at the clinic of the university.']);
  });
});
