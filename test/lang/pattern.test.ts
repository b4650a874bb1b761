import { describe, expect, it } from 'vitest';
import { alternation, endingPattern, escapeRegExp } from '../../src/lang/pattern.js';

describe('escapeRegExp', () => {
  it('matches every metacharacter literally', () => {
    const literal = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('mg/dL (x2)')}$`).test('mg/dLL (x2)')).toBe(false);
  });
  it('leaves letters, spaces and slashes alone', () => {
    expect(escapeRegExp('µg/kg por dia')).toBe('µg/kg por dia');
  });
});

describe('endingPattern', () => {
  it('matches a word by any of the endings, at its end only', () => {
    const adjective = endingPattern(['ico', 'ica', 'vel']);
    expect(['clínico', 'crônica', 'possível'].map((w) => adjective.test(w))).toEqual([true, true, true]);
    expect(['clínicos', 'velho', 'ic'].map((w) => adjective.test(w))).toEqual([false, false, false]);
  });
  it('takes an ending literally', () => {
    expect(endingPattern(['a.b']).test('xacb')).toBe(false);
  });
  it('reads a guarded ending only after a character other than its letter', () => {
    const plural = endingPattern(['am', { ending: 'em', notAfter: 'g' }]);
    expect(['transmitem', 'enfrentam', 'x-em'].map((w) => plural.test(w))).toEqual([true, true, true]);
    expect(['margem', 'em', 'bem'].map((w) => plural.test(w))).toEqual([false, false, true]);
  });
});

describe('alternation', () => {
  it('joins the words escaped, in their order', () => {
    expect(alternation(['see', 'cf.', 'e.g.,'])).toBe('see|cf\\.|e\\.g\\.,');
    expect(new RegExp(`^(?:${alternation(['cf.'])})$`).test('cfx')).toBe(false);
  });
});
