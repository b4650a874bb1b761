import { describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { startRedis } from '../helpers/redis.js';
import { expectFault } from '../faults/expect.js';
import { tempDir } from '../helpers/temp.js';

/*
 * The hostile-input suite (docs/hostile-input.md lists each case): inputs built to
 * exhaust memory or time, or to break outputs, each with small caps so the
 * caps are what is tested. Every case asserts the one-line message, that the
 * other documents were processed, and a bound on the process's own peak
 * memory, which medbitext reports on its summary line (`peak memory: N MB`).
 */

const good = (id: string) => JSON.stringify({ id, en_text: 'The patient was treated with prednisone.', pt_text: 'O paciente foi tratado com prednisona.' });
/** A bound far under what these inputs took before they were capped (2.2 GB for the sparse JSONL), and over a small run's own need. */
const PEAK_MB = 450;

function sparse(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

/** The peak memory the run reported, in MB, printed for the record. */
function peak(stderr: string, label: string): number {
  const mb = Number(/peak memory: ([\d,]+) MB/.exec(stderr)?.[1]?.replace(/,/g, ''));
  console.log(`hostile ${label}: peak memory ${mb} MB`);
  expect(mb).toBeGreaterThan(0);
  return mb;
}

describe('hostile inputs stay bounded', () => {
  it('H01 a 1 GB sparse .jsonl is refused at once as binary; the documents beside it are processed', () => {
    const d = tempDir();
    sparse(join(d, 'huge.jsonl'), 1024 ** 3);
    writeFileSync(join(d, 'ok.jsonl'), good('a') + '\n');
    const started = Date.now();
    const r = medbitext(['run', d, '--out', join(d, 'out'), '--jobs', '1']);
    expectFault(r, 1, /huge\.jsonl {2}is not a text file \(binary content\)/);
    expect(r.stderr).not.toMatch(/UTF-8|is empty/);
    expect(r.stderr).toMatch(/1 processed, 0 unchanged \(skipped\), 1 failed/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(peak(r.stderr, 'H01')).toBeLessThan(PEAK_MB);
  });

  it('H02 a JSONL line over the cap is skipped without being held; the lines after it are processed', () => {
    const d = tempDir();
    const long = JSON.stringify({ id: 'long', text: 'Fever. '.repeat(200_000) });
    writeFileSync(join(d, 'd.jsonl'), [good('a'), long, good('b')].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1', '--max-document-bytes', '64k']);
    expectFault(r, 1, /d\.jsonl:2 {2}is over the 64 KiB limit for one document \(--max-document-bytes\); skipped/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 1 failed, of 3 read/);
    expect(peak(r.stderr, 'H02')).toBeLessThan(PEAK_MB);
  });

  it('H03 a 1 GB sparse .txt or .pdf is refused from its size, before it is read', () => {
    const d = tempDir();
    sparse(join(d, 'huge.txt'), 1024 ** 3);
    sparse(join(d, 'huge.pdf'), 1024 ** 3);
    writeFileSync(join(d, 'ok.jsonl'), good('a') + '\n');
    const r = medbitext(['run', d, '--out', join(d, 'out'), '--jobs', '1', '--max-document-bytes', '1M']);
    expectFault(r, 1, /huge\.txt {2}is over the 1 MiB limit/);
    expect(r.stderr).toMatch(/huge\.pdf {2}is over the 1 MiB limit/);
    expect(r.stderr).toMatch(/1 processed, 0 unchanged \(skipped\), 2 failed/);
    expect(peak(r.stderr, 'H03')).toBeLessThan(PEAK_MB);
  });

  it('H07 a document over --max-document-sentences is refused on the worker thread, named by its line, counted in run-report.json', () => {
    const d = tempDir();
    const many = JSON.stringify({ id: 'many', en_sentences: ['Fever.', 'Pain.', 'Rash.'], pt_sentences: ['Febre.', 'Dor.'] });
    const four = JSON.stringify({ id: 'four', en_sentences: ['Fever.', 'Pain.'], pt_sentences: ['Febre.', 'Dor.'] });
    writeFileSync(join(d, 'd.jsonl'), [good('a'), many, four].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '2', '--max-document-sentences', '4']);
    expectFault(r, 1, /d\.jsonl:2 {2}has 5 sentences, over the 4 one document may have \(--max-document-sentences\)/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 1 failed, of 3 read/);
    const report = JSON.parse(readFileSync(join(d, 'out', 'run-report.json'), 'utf8')) as { files: Array<{ failures: Array<{ line?: number; error: string }> }> };
    expect(report.files[0]!.failures).toEqual([expect.objectContaining({ line: 2, error: 'tooManySentences' })]);
    expect(peak(r.stderr, 'H07')).toBeLessThan(PEAK_MB);
    expect(medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out2'), '--max-document-sentences', '0']).stderr).toMatch(/--max-document-sentences/);
  });

  it('H04 --jobs far above the cores is capped to them, with a one-line note', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), [good('a'), good('b'), good('c')].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '64']);
    expectFault(r, 0, /^medbitext: --jobs 64 is more than the \d+ cores here: using \d+/);
    expect(peak(r.stderr, 'H04')).toBeLessThan(PEAK_MB);
  });

  it('H05 ids are data: a newline or escape in an id never breaks a line of report.en.txt or a message', () => {
    const d = tempDir();
    const evil = (id: string, k: number) => JSON.stringify({ id, en_text: `Case ${k} had fever.`, pt_text: `O caso ${k} teve febre.` });
    writeFileSync(join(d, 'd.jsonl'), [evil('a\n# forged\u001b[2J', 1), evil('a\n# forged\u001b[2J', 2), evil('=HYPERLINK("x")', 3)].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1']);
    expectFault(r, 0, /the id "a\\n# forged\\u001b\[2J" is used by an earlier document/);
    const headers = readFileSync(join(d, 'out', 'report.en.txt'), 'utf8').split('\n').filter((l) => l.startsWith('#'));
    expect(headers).toEqual(['# a\\n# forged\\u001b[2J', '# a\\n# forged\\u001b[2J-2', '# =HYPERLINK("x")']);
    expect(peak(r.stderr, 'H05')).toBeLessThan(PEAK_MB);
  });

  it('H06 queue add: ids with `:` are queued, a document over the cap is refused in one line and never stored', async () => {
    const redis = await startRedis();
    try {
      const d = tempDir();
      const long = JSON.stringify({ id: 'big', text: 'Fever. '.repeat(50_000) });
      writeFileSync(join(d, 'd.jsonl'), [good('PMID:12345'), good('doi:10.1590/x'), long].join('\n'));
      const r = medbitext(['queue', 'add', join(d, 'd.jsonl'), '--redis', redis.url, '--name', 'h6', '--max-document-bytes', '64k']);
      expectFault(r, 1, /d\.jsonl:3 {2}is over the 64 KiB limit for one document/);
      expect(r.stderr).toMatch(/queue: 2 documents added, 0 already queued, 1 unreadable/);
      const status = JSON.parse(medbitext(['queue', 'status', '--redis', redis.url, '--name', 'h6']).stdout);
      expect(status.waiting).toBe(2);
    } finally {
      await redis.stop();
    }
  });
});
