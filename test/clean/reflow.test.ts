import { describe, expect, it } from 'vitest';
import { markedParagraphs, reflowParagraphs, unwrapLines } from '../../src/clean/reflow.js';
import { tracked } from '../../src/clean/tracked.js';

const paragraphs = (s: string) => reflowParagraphs(tracked(s)).map((p) => unwrapLines(p).text);

describe('reflowParagraphs', () => {
  it('joins a sentence broken by a blank line', () => {
    expect(paragraphs('Calcinosis cutis is the formation of calcium salt\n\ndeposits in the skin.')).toEqual([
      'Calcinosis cutis is the formation of calcium salt deposits in the skin.',
    ]);
  });

  it('keeps real paragraph boundaries, also after a citation', () => {
    expect(paragraphs('a mean of 9.8 years following diagnosis of SLE. 8,12\n\nThe present paper describes a case.')).toHaveLength(2);
  });

  it('joins when the next fragment starts in lowercase', () => {
    expect(paragraphs('Calcinosis is classified into four subtypes:\n\nmetastatic, dystrophic, idiopathic.')).toHaveLength(1);
  });

  it('starts a paragraph after a short line that ends a sentence', () => {
    const text = [
      'Occasional success has been described with this',
      'drug, including a reduction in the progression of',
      'calcification with prolonged treatment and more',
      'doses.',
      'Aluminum hydroxide, a phosphate-chelating agent',
      'administered orally, acts by forming insoluble',
      'aluminum phosphate, which reduces absorption.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('keeps two paragraphs apart when the first ends in raised citation numbers', () => {
    const text = 'Pain is worse without social relationships.¹⁷,²⁰\n\nCipriano et al. found the same.';
    expect(paragraphs(text)).toEqual(['Pain is worse without social relationships.¹⁷,²⁰', 'Cipriano et al. found the same.']);
  });
});

describe('unwrapLines', () => {
  it('turns line breaks and space runs into single spaces', () => {
    const t = unwrapLines(tracked('  a\n\n b  c \n'));
    expect(t.text).toBe('a b c');
  });
});

describe('markedParagraphs', () => {
  const marked = (s: string) => markedParagraphs(tracked(s)).map((p) => unwrapLines(p).text);

  it('keeps paragraphs without a stop apart: list items, an attribution, a reference', () => {
    expect(marked('The criteria were:\n\nage over 18\n\nConsent given\n\n(Lucas, aged 9)\n\nThe siblings played.')).toEqual(['The criteria were:', 'age over 18', 'Consent given', '(Lucas, aged 9)', 'The siblings played.']);
    expect(marked('8. Guidelines. Available: http://x.org/a.pdf [cited 2020 Mar 3]\n\n9. Fever Scales Handbook; 2011')).toHaveLength(2);
  });

  it('mends a sentence cut between two paragraphs', () => {
    expect(marked('the results were\n\nsimilar to ours.')).toEqual(['the results were similar to ours.']);
    expect(marked('The criteria were:\n\nage over 18')).toHaveLength(2);
  });
});
