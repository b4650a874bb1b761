import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { SpawnSyncReturns } from 'node:child_process';

/**
 * What every fault case asserts of medbitext's stderr: its exit code, and
 * that what went wrong is said on one line matching `pattern`, with no
 * stack trace, no `internal error`, and no control character (a binary
 * file's bytes) anywhere.
 */
export function expectFault(r: SpawnSyncReturns<string>, status: number, pattern: RegExp): void {
  expect(r.error).toBeUndefined();
  expect(r.status, r.stderr).toBe(status);
  const lines = r.stderr.split('\n');
  expect(lines.filter((l) => pattern.test(l)), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|erro interno|^\s+at |Error:|\[ioredis\]/m);
  // eslint-disable-next-line no-control-regex
  expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}

/** Every file under a folder with its bytes, to show a folder was left untouched. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p, 'base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** Every corpus file a run writes parses whole: complete, never cut. */
export function expectComplete(out: string): void {
  for (const f of ['alignment.jsonl', 'entities.jsonl']) for (const l of readFileSync(join(out, f), 'utf8').trim().split('\n').filter(Boolean)) JSON.parse(l);
  for (const f of ['glossary.json', 'run-report.json']) JSON.parse(readFileSync(join(out, f), 'utf8'));
  expect(readFileSync(join(out, 'alignment.tmx'), 'utf8').trimEnd()).toMatch(/<\/tmx>$/);
  expect(readFileSync(join(out, 'report.html'), 'utf8').trimEnd()).toMatch(/<\/html>$/);
}
