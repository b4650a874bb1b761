import { describe, expect, it } from 'vitest';
import { Nesting } from '../../src/glossary/nesting.js';

/** A Nesting over the given aligned pairs' keys, every key watched. */
function nestingOf(pairs: string[][]): { nesting: Nesting; id: (key: string) => number } {
  const ids = new Map<string, number>();
  const count = new Map<number, number>();
  const id = (key: string) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  for (const keys of pairs) for (const k of keys) count.set(id(k), (count.get(id(k)) ?? 0) + 1);
  const nesting = new Nesting(count);
  for (const i of ids.values()) nesting.watch(i);
  for (const keys of pairs) nesting.note(keys, keys.map(id));
  return { nesting, id };
}

describe('placement of a term among longer candidates', () => {
  it('tells a modifier that never stands alone from a head', () => {
    const { nesting, id } = nestingOf([['cox', 'cox regression', 'regression'], ['cox', 'cox model', 'model']]);
    expect(nesting.placement(id('cox'))).toMatchObject({ alone: false, ending: 0, inside: 2 });
    expect(nesting.placement(id('regression'))).toMatchObject({ alone: false, ending: 1, inside: 0 });
  });

  it('records the word before a term that ends its containers, even when seen once', () => {
    const { nesting, id } = nestingOf([['haemophilus', 'haemophilus influenzae', 'influenzae']]);
    const p = nesting.placement(id('influenzae'))!;
    expect(p).toMatchObject({ alone: false, ending: 1, inside: 0 });
    expect([...p.before]).toEqual(['haemophilus']);
  });

  it('marks a term that stood alone once', () => {
    const { nesting, id } = nestingOf([['chronic pain', 'pain'], ['pain']]);
    expect(nesting.placement(id('pain'))!.alone).toBe(true);
  });
});
