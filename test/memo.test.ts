import { describe, expect, it } from 'vitest';
import { Memo } from '../src/memo.js';

describe('Memo', () => {
  it('makes each key once while it is in use', () => {
    const made: string[] = [];
    const memo = new Memo<string>(4);
    const make = (k: string) => (made.push(k), k.toUpperCase());
    expect(memo.get('paciente', make)).toBe('PACIENTE');
    expect(memo.get('pacientes', make)).toBe('PACIENTES');
    expect(memo.get('paciente', make)).toBe('PACIENTE');
    expect(made).toEqual(['paciente', 'pacientes']);
  });

  it('stays bounded: a key unused for two generations is made again, recent ones are still held', () => {
    let calls = 0;
    const memo = new Memo<number>(2);
    const make = () => ++calls;
    memo.get('a', make);
    for (const w of ['b', 'c', 'd', 'e', 'f']) memo.get(w, make);
    expect(calls).toBe(6);
    expect(memo.get('a', make)).toBe(7);
    expect(memo.get('f', make)).toBe(6);
  });

  it('keeps a key asked for in the old generation', () => {
    let calls = 0;
    const memo = new Memo<number>(2);
    const make = () => ++calls;
    memo.get('a', make);
    memo.get('b', make);
    memo.get('c', make); // a and b are now the old generation
    expect(memo.get('a', make)).toBe(1); // moved back to the young one
    memo.get('d', make); // the old generation (b) is dropped; a, asked for, survived
    memo.get('e', make);
    expect(memo.get('a', make)).toBe(1);
  });
});
