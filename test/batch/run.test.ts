import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, medbitext, medbitextAsync } from '../helpers/cli.js';
import { makeCorpus } from '../helpers/corpus.js';
import { runCorpus } from '../../src/batch/run.js';
import { manifestLines, stateDir } from '../../src/batch/manifest.js';
import { storedResults } from '../../src/batch/shards.js';
import { renderReport } from '../../src/report/html.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { tempDir } from '../helpers/temp.js';

/** Every file a run writes (the report and the glossary's files come from the reduce's glossary thread, or from this thread). */
const OUTPUTS = [
  'alignment.jsonl',
  'alignment.tmx',
  'entities.jsonl',
  'entity-links.jsonl',
  'diagnostics.jsonl',
  'glossary.json',
  'glossary.candidates.json',
  'glossary.csv',
  'glossary.tbx',
  'i18n/en/translation.json',
  'i18n/pt/translation.json',
  'report.en.txt',
  'report.pt.txt',
  'report.html',
];

function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe('run over a corpus', () => {
  const corpus = makeCorpus(12);
  // The corpus run once with --jobs 1 and once with --jobs 2, for the tests
  // below to compare against and to start from; read them, never write to them.
  let jobs1: { out: string; stderr: string };
  let jobs2: string;
  beforeAll(async () => {
    const [one, two] = [join(tempDir(), 'out'), join(tempDir(), 'out')];
    const [r1, r2] = await Promise.all([finished(medbitextAsync(['run', corpus, '--out', one, '--jobs', '1'])), finished(medbitextAsync(['run', corpus, '--out', two, '--jobs', '2']))]);
    expect([r1.status, r2.status]).toEqual([0, 0]);
    jobs1 = { out: one, stderr: r1.stderr };
    jobs2 = two;
  });

  it('--jobs 2 writes the same files, byte for byte, as --jobs 1', () => {
    expect(snapshot(jobs2)).toEqual(snapshot(jobs1.out));
  });

  it('writes the report renderReport gives for the stored results, the glossary and the counts', async () => {
    const out = join(tempDir(), 'out');
    const summary = await runCorpus({ inputs: [makeCorpus(3)], out });
    const entries = [...manifestLines(out).values()];
    const stored = storedResults(stateDir(out), entries);
    const docs = [...stored.withoutTerms()];
    const glossary = buildGlossary(() => stored.terms());
    expect(docs).toHaveLength(3);
    expect(glossary.entries.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(renderReport(docs, glossary, summary.counts!));
    // The documents' part file is gone once the report has it.
    expect(readdirSync(stateDir(out)).filter((f) => f.includes('report-docs'))).toEqual([]);
  });

  it('documents processed in this thread (no jobs given) give the same files as worker threads', async () => {
    const here = join(tempDir(), 'out');
    const summary = await runCorpus({ inputs: [corpus], out: here });
    expect(summary.ok).toBe(12);
    expect(snapshot(here)).toEqual(snapshot(jobs2));
  });

  it('a rerun skips unchanged documents and gives the same output', () => {
    expect(jobs1.stderr).toMatch(/12 processed, 0 unchanged/);
    const out = join(tempDir(), 'out');
    cpSync(jobs1.out, out, { recursive: true });
    const before = snapshot(out);
    const again = medbitext(['run', corpus, '--out', out, '--jobs', '1']);
    expect(again.stderr).toMatch(/0 processed, 12 unchanged/);
    expect(snapshot(out)).toEqual(before);
    const forced = medbitext(['run', corpus, '--out', out, '--jobs', '1', '--force']);
    expect(forced.stderr).toMatch(/12 processed, 0 unchanged/);
  });

  it('a run killed at random moments loses no finished document and leaves no half-written file', async () => {
    const out = join(tempDir(), 'out');
    // Kill the run at a few points: during start-up, then once the manifest holds
    // 2, 5 and 9 finished documents (plus a random few milliseconds, so the kill
    // lands anywhere in the next document's work or writes), and once all 12 are
    // (in the reduce, whose glossary has a thread of its own, or after it).
    const manifest = join(stateDir(out), 'manifest.jsonl');
    const finished = () => (existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').filter(Boolean).length : 0);
    for (const k of [0, 2, 5, 9, 12]) {
      const child = medbitextAsync(['run', corpus, '--out', out, '--jobs', '1']);
      const exited = new Promise((r) => child.once('exit', r));
      while (finished() < k) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
      child.kill('SIGKILL');
      await exited;
      // Whatever output exists is whole: a kill can leave a temporary, never a cut file.
      for (const f of OUTPUTS) {
        if (!existsSync(join(out, f))) continue;
        const text = readFileSync(join(out, f), 'utf8');
        if (f.endsWith('.jsonl')) for (const line of text.trim().split('\n').filter(Boolean)) JSON.parse(line);
        if (f.endsWith('.tmx') || f.endsWith('.tbx')) expect(text.trimEnd()).toMatch(/<\/(tmx|tbx)>$/);
        if (f.endsWith('.json')) JSON.parse(text);
      }
    }
    const before = finished();
    const final = medbitext(['run', corpus, '--out', out, '--jobs', '1']);
    expect(final.status).toBe(0);
    // Finished documents are not redone; the rest are.
    expect(final.stderr).toContain(`${12 - before} processed, ${before} unchanged`);
    expect(snapshot(out)).toEqual(snapshot(jobs1.out));
    // The finishing run cleared the temporaries the killed ones left.
    for (const dir of [out, join(out, 'i18n', 'en'), join(out, 'i18n', 'pt'), stateDir(out), join(stateDir(out), 'shards')]) {
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    // No document was recorded twice.
    const ids = readFileSync(manifest, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).id as string);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('one bad file is reported, the rest is processed, and the exit code says so', () => {
    const d = makeCorpus(3);
    const bad = join(d, 'broken.txt');
    writeFileSync(bad, Buffer.from([0, 0, 0, 1]));
    const r = medbitext(['run', d, '--out', join(tempDir(), 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.txt');
    expect(r.stderr).toMatch(/3 processed, 0 unchanged \(skipped\), 1 failed/);
  });
});

describe('run: a rerun over done, changed and failing documents', () => {
  it('with --jobs 2 writes the files a fresh --jobs 1 run writes', () => {
    const d = makeCorpus(9);
    const out = join(tempDir(), 'out');
    expect(medbitext(['run', d, '--out', out, '--jobs', '2']).status).toBe(0);
    // Read between the JSONL and the pairs: a failure in the middle of the corpus order.
    writeFileSync(join(d, 'm-bomb.xml'), '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaa">]><article>&a;</article>');
    const pair = join(d, 'pairs', 'doc004.en.txt');
    writeFileSync(pair, readFileSync(pair, 'utf8').replace('Case 4.', 'Case four, edited.'));
    const again = medbitext(['run', d, '--out', out, '--jobs', '2']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/1 processed, 8 unchanged \(skipped\), 1 failed/);
    const fresh = join(tempDir(), 'out');
    expect(medbitext(['run', d, '--out', fresh, '--jobs', '1']).status).toBe(1);
    expect(snapshot(out)).toEqual(snapshot(fresh));
    expect(readFileSync(join(out, 'report.en.txt'), 'utf8')).toContain('Case four, edited.');
  });
});

describe('run: a document ingest cannot read', () => {
  it('is reported with its reason and not counted as processed, with --jobs 1 and 2', () => {
    const d = makeCorpus(2);
    writeFileSync(join(d, 'bomb.xml'), '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaa">]><article>&a;</article>');
    for (const jobs of ['1', '2']) {
      const r = medbitext(['run', d, '--out', join(tempDir(), 'out'), '--jobs', jobs]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('bomb.xml');
      expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 1 failed/);
    }
  });
});
