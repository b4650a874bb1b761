import { describe, expect, it } from 'vitest';
import { DecisionsError, decisionsText, parseDecisions } from '../../src/review/decisions.js';
import type { Decision } from '../../src/types.js';

function problems(text: string) {
  try {
    parseDecisions(text, 'd.json');
  } catch (e) {
    if (e instanceof DecisionsError) return e.problems.map((p) => [p.line, p.key, p.params]);
    throw e;
  }
  throw new Error('expected a DecisionsError');
}

const link: Decision = { kind: 'link', doc: 'd1', part: 'abstract', en: ['One.'], pt: ['Um.'], decision: 'accept' };
const term: Decision = { kind: 'term', id: 'c-x', en: 'x', pt: 'y', decision: 'edit', to: { pt: 'z', type: 'lab' } };

describe('the decisions file', () => {
  it('reads what decisionsText writes, each decision with its line', () => {
    expect(parseDecisions(decisionsText([link, term]), 'd.json')).toEqual([
      { decision: link, line: 2 },
      { decision: term, line: 3 },
    ]);
  });

  it('names the line of every mistake in a hand-edited file', () => {
    const text = [
      '{"medbitext": "decisions", "version": 1, "decisions": [',
      '  {"kind": "link", "doc": "d1", "part": "abstract", "en": ["A."], "pt": ["B."], "decision": "acept"},',
      '  {"kind": "term", "id": "c", "en": "x", "pt": "y", "decision": "edit"},',
      '  {"kind": "terms", "id": "c"},',
      '  {"kind": "term", "id": "c", "en": "x", "pt": "y", "decision": "edit", "to": {"type": "organ", "colour": 1}}',
      ']}',
    ].join('\n');
    expect(problems(text)).toEqual([
      [2, 'oneOf', { field: 'decision', allowed: 'accept, reject, edit' }],
      [3, 'required', { field: 'to' }],
      [4, 'oneOf', { field: 'kind', allowed: 'link, term' }],
      [5, 'unknownField', { field: 'colour' }],
      [5, 'oneOf', { field: 'type', allowed: 'drug, lab, diagnosis, term' }],
    ]);
  });

  it('names the line of a JSON syntax error, and of a link with no sentence', () => {
    expect(problems('{"medbitext": "decisions", "version": 1, "decisions": [\n  {"kind": "link",}\n]}')).toEqual([[2, 'syntax', { reason: 'property name expected' }]]);
    expect(problems(decisionsText([{ ...link, en: [], pt: [] }]))).toEqual([[2, 'noSentences', {}]]);
  });
});
