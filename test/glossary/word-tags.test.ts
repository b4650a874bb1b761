import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWordTags } from '../../src/glossary/word-tags.js';

const nlp = createRequire(import.meta.url)('compromise/two') as (text: string) => { docs: Array<Array<{ tags: Set<string> }>> };
/** Each term's tags in the order compromise added them, as `nlp(word)` leaves them. */
const asRead = (tags: Array<Set<string>>) => tags.map((t) => [...t]);

describe('one English word read alone', () => {
  // Words a one-word context rule retags (okay as an expression, stop as an imperative), words no rule
  // touches, a word the lexicon lacks, and words compromise splits into more than one term.
  const words = ['okay', 'Okay', 'well', 'now', 'stop', 'hurry', 'anyways', 'like', 'univariate', 'multisystem', 'promotes', 'sclerosing', 'cross-sectional', "patient's", 'follow-up'];

  it('has the tags nlp(word) gives, in the same order', () => {
    for (const word of words) expect(asRead(englishWordTags(word)), word).toEqual(asRead(nlp(word).docs.flat().map((t) => t.tags)));
  });

  it('runs the context rules that apply to one word', () => {
    expect(asRead(englishWordTags('okay'))).toEqual([['Expression']]);
    expect(englishWordTags('stop')[0]!.has('Imperative')).toBe(true);
  });
});
