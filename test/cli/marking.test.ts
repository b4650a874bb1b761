import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { poolSize } from '../../src/cli/marking.js';

const argv = (...args: string[]) => ['node', 'medbitext', ...args];

describe('poolSize: the threads a command line asks for (it decides V8 concurrent marking at start-up)', () => {
  it('reads --jobs in all its spellings, the last one winning', () => {
    expect(poolSize(argv('run', 'corpus', '--jobs', '3'))).toBe(3);
    expect(poolSize(argv('run', '--jobs=5', 'corpus'))).toBe(5);
    expect(poolSize(argv('run', '-j', '1', 'corpus'))).toBe(1);
    expect(poolSize(argv('index', '-j4', 'corpus', '--out', 'x'))).toBe(4);
    expect(poolSize(argv('run', '-j', '1', '--jobs', '6'))).toBe(6);
  });

  it('is the number of cores when not given, or given badly (the command reports that)', () => {
    expect(poolSize(argv('run', 'corpus'))).toBe(availableParallelism());
    expect(poolSize(argv('run', '--jobs', 'many'))).toBe(availableParallelism());
    expect(poolSize(argv('run', '--', '--jobs', '1'))).toBe(availableParallelism());
  });

  it('reads the worker\'s --concurrency, not --jobs', () => {
    expect(poolSize(argv('worker', '--redis', 'redis://h', '--out', 'o', '--concurrency', '1'))).toBe(1);
    expect(poolSize(argv('worker', '--redis', 'redis://h', '--jobs', '1'))).toBe(availableParallelism());
  });

  it('is undefined for commands without a pool', () => {
    expect(poolSize(argv('align', '--batch', 'pairs.jsonl', '--jobs', '1'))).toBeUndefined();
    expect(poolSize(argv())).toBeUndefined();
  });
});
