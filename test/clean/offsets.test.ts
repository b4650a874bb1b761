import { expect, it } from 'vitest';
import { sourceOffset, sourceSpan, toOffsetMap } from '../../src/clean/offsets.js';

it('compresses a per-character map into anchors and reads it back', () => {
  const src = [10, 11, 14, 15, 16, 30, 31];
  const map = toOffsetMap(src);
  expect(map).toEqual({ cleanStarts: [0, 2, 5], sourceStarts: [10, 14, 30] });
  src.forEach((s, i) => expect(sourceOffset(map, i)).toBe(s));
  expect(sourceSpan(map, 1, 3)).toEqual({ start: 11, end: 15 });
});
