import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medbitext, medbitextAsync } from '../helpers/cli.js';
import { makeCorpus } from '../helpers/corpus.js';

const OUTPUTS = ['alignment.jsonl', 'alignment.tmx', 'entities.jsonl', 'glossary.json', 'glossary.csv', 'glossary.tbx', 'report.en.txt', 'report.pt.txt'];

function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

const tmp = () => mkdtempSync(join(tmpdir(), 'mbt-run-'));

describe('run over a corpus', () => {
  const corpus = makeCorpus(12);

  it('--jobs 2 writes the same files, byte for byte, as --jobs 1', () => {
    const a = join(tmp(), 'out');
    const b = join(tmp(), 'out');
    expect(medbitext(['run', corpus, '--out', a, '--jobs', '1']).status).toBe(0);
    expect(medbitext(['run', corpus, '--out', b, '--jobs', '2']).status).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('a rerun skips unchanged documents and gives the same output', () => {
    const out = join(tmp(), 'out');
    const first = medbitext(['run', corpus, '--out', out, '--jobs', '1']);
    expect(first.stderr).toMatch(/12 processed, 0 unchanged/);
    const before = snapshot(out);
    const again = medbitext(['run', corpus, '--out', out, '--jobs', '1']);
    expect(again.stderr).toMatch(/0 processed, 12 unchanged/);
    expect(snapshot(out)).toEqual(before);
    const forced = medbitext(['run', corpus, '--out', out, '--jobs', '1', '--force']);
    expect(forced.stderr).toMatch(/12 processed, 0 unchanged/);
  });

  it('a run killed at random moments loses no finished document and leaves no half-written file', async () => {
    const reference = join(tmp(), 'ref');
    medbitext(['run', corpus, '--out', reference, '--jobs', '1']);
    const out = join(tmp(), 'out');
    // Kill the run at a few points, then let a rerun finish the rest.
    for (const ms of [150, 400, 900]) {
      const child = medbitextAsync(['run', corpus, '--out', out, '--jobs', '1']);
      await new Promise((r) => setTimeout(r, ms));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      if (existsSync(out)) expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    const final = medbitext(['run', corpus, '--out', out, '--jobs', '1']);
    expect(final.status).toBe(0);
    const m = /(\d+) processed, (\d+) unchanged/.exec(final.stderr)!;
    expect(Number(m[1]) + Number(m[2])).toBe(12);
    expect(snapshot(out)).toEqual(snapshot(reference));
    // Each document is in the manifest's latest state exactly once per id.
    const ids = readFileSync(join(out, '.medbitext', 'manifest.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).id as string);
    expect(new Set(ids).size).toBe(12);
  });

  it('one bad file is reported, the rest is processed, and the exit code says so', () => {
    const d = makeCorpus(3);
    const bad = join(d, 'broken.txt');
    writeFileSync(bad, Buffer.from([0, 0, 0, 1]));
    const r = medbitext(['run', d, '--out', join(tmp(), 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.txt');
    expect(r.stderr).toMatch(/3 processed, 0 unchanged \(skipped\), 1 failed/);
  });
});
