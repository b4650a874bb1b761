import { describe, expect, it } from 'vitest';
import { formatDuration, parseJobs } from '../../src/cli/progress.js';

describe('progress helpers', () => {
  it('formats an ETA', () => {
    expect(formatDuration(42.4)).toBe('42s');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3700)).toBe('1h01m');
  });

  it('parses --jobs', () => {
    expect(parseJobs('3')).toBe(3);
    expect(() => parseJobs('0')).toThrow();
    expect(() => parseJobs('two')).toThrow();
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
  });
});
