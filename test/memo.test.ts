import { describe, expect, it } from 'vitest';
import { Memo, PairMemo } from '../src/memo.js';

describe('PairMemo', () => {
  it('makes each pair once while it is in use, and tells pairs sharing a word apart', () => {
    const made: string[] = [];
    const memo = new PairMemo<string>(4);
    const make = (a: string, b: string) => (made.push(`${a}/${b}`), `${a}+${b}`);
    expect(memo.get('patient', 'paciente', make)).toBe('patient+paciente');
    expect(memo.get('patient', 'pacientes', make)).toBe('patient+pacientes');
    expect(memo.get('patient', 'paciente', make)).toBe('patient+paciente');
    expect(made).toEqual(['patient/paciente', 'patient/pacientes']);
  });

  it('stays bounded like Memo: a pair unused for two generations is made again', () => {
    let calls = 0;
    const memo = new PairMemo<number>(2);
    const make = () => ++calls;
    memo.get('a', 'x', make);
    for (const w of ['b', 'c', 'd', 'e', 'f']) memo.get(w, 'x', make);
    expect(calls).toBe(6);
    expect(memo.get('a', 'x', make)).toBe(7);
    // The last pairs are still held.
    expect(memo.get('f', 'x', make)).toBe(6);
  });

  it('agrees with a Memo on a combined key', () => {
    const words = ['rim', 'renal', 'kidney', 'fibrose', 'fibrosis', 'x'];
    const pair = new PairMemo<string>(3);
    const single = new Memo<string>(3);
    for (let k = 0; k < 200; k++) {
      const a = words[(k * 7) % words.length]!;
      const b = words[(k * 5 + 1) % words.length]!;
      expect(pair.get(a, b, (x, y) => x + y)).toBe(single.get(`${a}\u0000${b}`, () => a + b));
    }
  });
});
