import { describe, expect, it } from 'vitest';
import { lineEndCut } from '../../../src/ingest/text/lines.js';

describe('lineEndCut', () => {
  it('gives the letters of a word cut at the line end, by either hyphen', () => {
    expect(lineEndCut('what had been devel\u2010')).toBe('devel');
    expect(lineEndCut('vaccinating children against covid-')).toBe('covid');
  });

  it('gives nothing before a hyphen after a figure, and undefined where no hyphen ends the line', () => {
    expect(lineEndCut('as shown in studies 9-')).toBe('');
    expect(lineEndCut('the well-known case')).toBeUndefined();
    expect(lineEndCut('an ending – ')).toBeUndefined();
  });
});
