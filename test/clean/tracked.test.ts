import { expect, it } from 'vitest';
import { applyEdits, join, replaceMatches, slice, tracked, trim } from '../../src/clean/tracked.js';

it('maps every character to its source offset through edits', () => {
  const t = tracked('ab-\ncd', 10);
  const joined = applyEdits(t, [{ start: 2, end: 4, insert: '' }]);
  expect(joined.text).toBe('abcd');
  expect(joined.src).toEqual([10, 11, 14, 15, 16]);
});

it('maps same-length replacements one to one, others to the start', () => {
  const t = tracked('mm3 ﬁ', 0);
  const out = replaceMatches(replaceMatches(t, /3/g, () => '³'), /ﬁ/g, () => 'fi');
  expect(out.text).toBe('mm³ fi');
  expect(out.src).toEqual([0, 1, 2, 3, 4, 4, 5]);
});

it('joins pieces, separators pointing to the end of the piece before', () => {
  const a = tracked('one', 0);
  const b = tracked('two', 10);
  const j = join([a, b], '\n\n');
  expect(j.text).toBe('one\n\ntwo');
  expect(j.src).toEqual([0, 1, 2, 3, 3, 10, 11, 12, 13]);
  expect(trim(slice(tracked('  x  ', 5), 0)).src).toEqual([7, 8]);
});

it('refuses overlapping edits', () => {
  expect(() => applyEdits(tracked('abc'), [{ start: 0, end: 2, insert: '' }, { start: 1, end: 3, insert: '' }])).toThrow(RangeError);
});
