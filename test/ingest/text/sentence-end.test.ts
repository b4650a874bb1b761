import { expect, it } from 'vitest';
import { endsOpen } from '../../../src/ingest/text/sentence-end.js';

it('tells open from finished fragments', () => {
  expect(endsOpen('that there were')).toBe(true);
  expect(endsOpen('esthetics. 1-3, 13, 14')).toBe(false);
  expect(endsOpen('(Figures 5 and 6).')).toBe(false);
  expect(endsOpen('social relationships.¹⁷,²⁰')).toBe(false);
  expect(endsOpen('in the elderly.⁴⁻⁶')).toBe(false);
  expect(endsOpen('a dose of 10³')).toBe(true);
});
