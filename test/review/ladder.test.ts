import { describe, expect, it } from 'vitest';
import { applyLinkChoice, findSentences, isMonotone, ladderOrder, rejectRung, repairRung, type Rung } from '../../src/review/ladder.js';

const rung = (en: number[], pt: number[], score = 0.9): Rung => ({ en, pt, score, part: 'abstract' });
const texts: Record<string, string> = { 'en-1': 'One.', 'en-2': 'Two.', 'en-3': 'Three.', 'pt-1': 'Um.', 'pt-2': 'Dois.', 'pt-3': 'Três.', 'pt-4': 'Quatro.' };
const textOf = (lang: 'en' | 'pt', n: number) => texts[`${lang}-${n}`];
const shape = (rs: Rung[]) => rs.map((r) => [r.en, r.pt, r.review ?? '']);

describe('the review of a ladder', () => {
  it('orders Portuguese-only rungs before the first rung whose Portuguese comes after', () => {
    expect(shape(ladderOrder([rung([1], [1]), rung([2], [3]), rung([], [2]), rung([3], [])]))).toEqual([
      [[1], [1], ''],
      [[], [2], ''],
      [[2], [3], ''],
      [[3], [], ''],
    ]);
    expect(isMonotone([rung([1], [2]), rung([2], [1])])).toBe(false);
  });

  it('rejects a link into one-sided rungs, marked', () => {
    const ladder = [rung([1], [1]), rung([2, 3], [2])];
    expect(shape(rejectRung(ladder, ladder[1]!))).toEqual([
      [[1], [1], ''],
      [[2], [], 'rejected'],
      [[3], [], 'rejected'],
      [[], [2], 'rejected'],
    ]);
  });

  it('re-pairs a link with its neighbour: the neighbour gives it up, what it let go stands alone', () => {
    const ladder = [rung([1], [1]), rung([2], [2]), rung([3], [3, 4])];
    const next = repairRung(ladder, ladder[1]!, [2], [2, 3])!;
    expect(shape(next)).toEqual([
      [[1], [1], ''],
      [[2], [2, 3], 'edited'],
      [[3], [4], ''],
    ]);
    expect(next[1]!.score).toBe(1);
    // Pairing sentence 1 with the last Portuguese sentence would cross the links between.
    expect(repairRung(ladder, ladder[0]!, [1], [4])).toBeUndefined();
  });

  it('finds sentences by text, the run nearest the link', () => {
    const repeated = (lang: 'en' | 'pt', n: number) => (lang === 'en' && n <= 5 ? (n % 2 ? 'Same.' : 'Other.') : undefined);
    expect(findSentences(repeated, 'en', ['Same.', 'Other.'], 3)).toEqual([3, 4]);
    expect(findSentences(repeated, 'en', ['Missing.'], 3)).toBeUndefined();
  });

  it('applies a decision named by texts, and says when nothing matches', () => {
    const ladder = [rung([1], [1]), rung([2], [2]), rung([3], [3])];
    const accepted = applyLinkChoice(ladder, textOf, { part: 'abstract', en: ['Two.'], pt: ['Dois.'], decision: 'accept' });
    expect(accepted.outcome).toBe('applied');
    expect(accepted.rungs[1]!.review).toBe('accepted');
    const edited = applyLinkChoice(ladder, textOf, { part: 'abstract', en: ['Two.'], pt: ['Dois.'], decision: 'edit', to: { en: ['Two.'], pt: ['Dois.', 'Três.'] } });
    expect(shape(edited.rungs)).toEqual([
      [[1], [1], ''],
      [[2], [2, 3], 'edited'],
      [[3], [], ''],
    ]);
    // The neighbour that gave its Portuguese up no longer has the pairing it was scored for.
    expect(edited.rungs[2]!.score).toBe(0);
    expect(applyLinkChoice(ladder, textOf, { part: 'body', en: ['Two.'], pt: ['Dois.'], decision: 'accept' }).outcome).toBe('unmatched');
    expect(applyLinkChoice(ladder, textOf, { part: 'abstract', en: ['One.'], pt: ['Um.'], decision: 'edit', to: { en: ['One.'], pt: ['Três.'] } }).outcome).toBe('crossing');
  });
});
