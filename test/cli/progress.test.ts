import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { formatDuration, parseJobs } from '../../src/cli/progress.js';

describe('progress helpers', () => {
  it('formats an ETA', () => {
    expect(formatDuration(42.4)).toBe('42s');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3700)).toBe('1h01m');
  });

  it('parses --jobs, capped to the cores', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs(String(availableParallelism()))).toBe(availableParallelism());
    expect(parseJobs(String(availableParallelism() + 1))).toBe(availableParallelism());
    expect(() => parseJobs('0')).toThrow();
    expect(() => parseJobs('two')).toThrow();
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
  });
});
