import { expect, it } from 'vitest';
import { positionAt } from '../../src/io/position.js';

it('gives 1-based line and column', () => {
  const s = 'ab\ncd\n\nef';
  expect(positionAt(s, 0)).toEqual({ line: 1, column: 1 });
  expect(positionAt(s, 4)).toEqual({ line: 2, column: 2 });
  expect(positionAt(s, 8)).toEqual({ line: 4, column: 2 });
});
