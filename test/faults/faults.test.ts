import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { stateDir } from '../../src/batch/manifest.js';
import { makeCorpus } from '../helpers/corpus.js';
import { expectComplete, expectFault, snapshot } from './expect.js';
import { tempDir } from '../helpers/temp.js';

/*
 * The fault suite (docs/faults.md lists each case and the behaviour it gets):
 * everyday mistakes and broken inputs, each asserting the exit code, one line
 * saying what is wrong (no stack trace, no `internal error`), the counts, and
 * outputs either complete or untouched. Cases are named F<n>; queue and disk
 * cases are in the files beside this one.
 */

const doc = (id: string, k: number) => JSON.stringify({ id, en_sentences: [`Case ${k} had fever.`], pt_sentences: [`O caso ${k} teve febre.`] });

describe('fault suite: records', () => {
  it('F01 JSONL with bad lines at the start, middle and end: the rest is processed and every record counted', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), ['{oops', doc('a', 1), 'nope', doc('b', 2), '{"id":'].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1']);
    expectFault(r, 1, /d\.jsonl:3 {2}malformed JSON/);
    expect(r.stderr).toMatch(/d\.jsonl:1 {2}malformed JSON/);
    expect(r.stderr).toMatch(/d\.jsonl:5 {2}malformed JSON/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 3 failed, of 5 read/);
    expectComplete(join(d, 'out'));
    expect(JSON.parse(readFileSync(join(d, 'out', 'run-report.json'), 'utf8'))).toMatchObject({ read: 5, processed: 2, failed: 3 });
  });

  it('F02 a line that is JSON but not a document is one failure; the others go on', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), '{"id":"x","title":"no text"}', '[1]', doc('b', 2)].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1']);
    expectFault(r, 1, /d\.jsonl:2 {2}a document needs/);
    expect(r.stderr).toMatch(/d\.jsonl:3 {2}each line must be a JSON object/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 2 failed, of 4 read/);
  });

  it('F03 a repeated id is renamed to one no real id has, and said', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), [doc('x', 1), doc('x', 2), doc('x-2', 3)].join('\n'));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1']);
    expectFault(r, 0, /d\.jsonl:2 {2}the id "x" is used by an earlier document: this one is "x-3"/);
    const ids = new Set(readFileSync(join(d, 'out', 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc));
    expect(ids).toEqual(new Set(['x', 'x-3', 'x-2']));
  });

  it('F04 align/entities/glossary --batch go on after a bad line and exit 1', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), 'bad', doc('b', 2)].join('\n'));
    writeFileSync(join(d, 't.jsonl'), ['{"id":"a","text":"Prednisone 5 mg."}', '{"id":"b","text":7}', '{"id":"c","text":"Fever."}'].join('\n'));
    const a = medbitext(['align', '--batch', join(d, 'd.jsonl'), '--out', join(d, 'links.jsonl')]);
    expectFault(a, 1, /d\.jsonl:2 {2}malformed JSON/);
    expect(readFileSync(join(d, 'links.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    const e = medbitext(['entities', '--lang', 'en', '--batch', join(d, 't.jsonl'), '--out', join(d, 'e.jsonl')]);
    expectFault(e, 1, /t\.jsonl:2 {2}field "text" must be string/);
    expect(readFileSync(join(d, 'e.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    const g = medbitext(['glossary', '--batch', join(d, 'd.jsonl'), '--out', join(d, 'g')]);
    expectFault(g, 1, /d\.jsonl:2 {2}malformed JSON/);
    JSON.parse(readFileSync(join(d, 'g', 'glossary.json'), 'utf8'));
  });

  it('F29 entities --batch of a plain text file: 20 failures shown, one line counts the rest; --errors FILE lists every one', () => {
    const d = tempDir();
    const input = join(d, 'notes.txt');
    writeFileSync(input, Array.from({ length: 50 }, (_, k) => `Line ${k + 1} of a plain text, not JSON.`).join('\n') + '\n');
    const errors = join(d, 'errors.jsonl');
    const r = medbitext(['entities', '--lang', 'en', '--batch', input, '--errors', errors]);
    expectFault(r, 2, /notes\.txt:1 {2}malformed JSON/);
    expect(r.stderr.trim().split('\n')).toHaveLength(22);
    expect(r.stderr).toContain(`30 more failed records not shown; every failure is listed in ${errors}`);
    const listed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; line: number; error: string; reason: string });
    expect(listed.map((e) => e.line)).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
    expect(listed[49]).toMatchObject({ file: input, error: 'badJson' });
    expect(listed[49]!.reason).toMatch(/^malformed JSON/);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('fault suite: what is read', () => {
  it('F05 a FIFO in an input folder is reported and skipped, never waited on; the article beside it is processed', () => {
    const d = makeCorpus(2);
    execFileSync('mkfifo', [join(d, 'pipe.txt')]);
    const r = medbitext(['run', d, '--out', join(tempDir(), 'out'), '--jobs', '1']);
    expectFault(r, 1, /pipe\.txt {2}is not a regular file \(a fifo\); skipped/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 1 failed, of 3 read/);
  });

  it('F06 run /dev/zero ends at once with exit 2 and creates nothing', () => {
    const out = join(tempDir(), 'out');
    const r = medbitext(['run', '/dev/zero', '--out', out]);
    expectFault(r, 2, /^medbitext: \/dev\/zero {2}is not a regular file \(a device\); skipped$/);
    expect(existsSync(out)).toBe(false);
  });

  it('F07 link cycles, broken links, link loops and links out of the folder are each one line; the rest is processed', () => {
    const d = makeCorpus(2);
    symlinkSync('..', join(d, 'pairs', 'up'));
    symlinkSync(join(d, 'gone.txt'), join(d, 'broken.txt'));
    symlinkSync('/etc/passwd', join(d, 'passwd.txt'));
    const r = medbitext(['run', d, '--out', join(tempDir(), 'out'), '--jobs', '1']);
    expectFault(r, 1, /broken\.txt {2}is a broken symbolic link/);
    expect(r.stderr).toMatch(/passwd\.txt {2}is a link out of the input folder/);
    expect(r.stderr).toMatch(/up {2}was already read/);
    expect(r.stderr).toMatch(/2 processed, 0 unchanged \(skipped\), 3 failed, of 5 read/);
  });

  it('F08 nothing readable: exit 2, and the output folder is not created', () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), '');
    const out = join(d, 'out');
    const r = medbitext(['run', join(d, 'a.txt'), '--out', out]);
    expectFault(r, 2, /a\.txt {2}is empty/);
    expect(existsSync(out)).toBe(false);
  });

  it('F09 run X --out X: X is the output folder, not an input; exit 2, X untouched', () => {
    const d = tempDir();
    writeFileSync(join(d, 'notes.txt'), 'Some text.');
    const before = snapshot(d);
    const r = medbitext(['run', d, '--out', d]);
    expectFault(r, 2, /is the output folder \(--out\): its files are not read as input/);
    expect(snapshot(d)).toEqual(before);
  });

  it('F10 glossary import of a binary file: one line, none of its bytes echoed', () => {
    const d = tempDir();
    writeFileSync(join(d, 'terms.csv'), Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0, 1, 2, 0x07, 0x65, 0x6e, 0x2c]));
    const r = medbitext(['glossary', 'import', join(d, 'terms.csv'), '--out', join(d, 'out')]);
    expectFault(r, 2, /terms\.csv {2}is not a text file \(binary content\)/);
  });
});

describe('fault suite: where it writes', () => {
  it('F11 --out naming an existing file: one line, exit 2, the file untouched', () => {
    const d = tempDir();
    writeFileSync(join(d, 'out'), 'mine');
    const r = medbitext(['run', makeCorpus(1), '--out', join(d, 'out')]);
    expectFault(r, 2, /out {2}is a file, a folder was expected/);
    expect(readFileSync(join(d, 'out'), 'utf8')).toBe('mine');
  });

  it('F12 --out under a file: names the file in the way; nothing is created', () => {
    const d = tempDir();
    writeFileSync(join(d, 'file'), 'mine');
    const r = medbitext(['run', makeCorpus(1), '--out', join(d, 'file', 'out')]);
    expectFault(r, 2, /file {2}is a file, a folder was expected/);
    expect(readdirSync(d)).toEqual(['file']);
  });

  it('F13 align --out naming a folder: one line naming it, not a temporary file', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), doc('a', 1));
    mkdirSync(join(d, 'links'));
    const r = medbitext(['align', '--batch', join(d, 'd.jsonl'), '--out', join(d, 'links')]);
    expectFault(r, 2, /links {2}is a folder, a file was expected/);
    expect(r.stderr).not.toMatch(/\.tmp/);
  });

  it('F14 a bad input leaves an existing output folder as it was', () => {
    const out = join(tempDir(), 'out');
    expect(medbitext(['run', makeCorpus(2), '--out', out, '--jobs', '1']).status).toBe(0);
    const before = snapshot(out);
    const d = tempDir();
    writeFileSync(join(d, 'e.txt'), '  \n');
    expectFault(medbitext(['run', join(d, 'e.txt'), '--out', out]), 2, /e\.txt {2}is empty/);
    expect(snapshot(out)).toEqual(before);
  });

  it('F28 a document of the corpus whose input fails this time keeps its earlier result; one really removed leaves', () => {
    const d = tempDir();
    const out = join(d, 'out');
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), doc('b', 2), doc('c', 3)].join('\n') + '\n');
    writeFileSync(join(d, 'e.en.txt'), 'Case 4 had a cough.\n');
    writeFileSync(join(d, 'e.pt.txt'), 'O caso 4 teve tosse.\n');
    expect(medbitext(['run', d, '--out', out, '--jobs', '1']).status).toBe(0);
    const docs = () => [...new Set(readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc))];
    expect(docs()).toEqual(['a', 'b', 'c', 'e']);
    // Line 2 broken, the pair's Portuguese side emptied: neither document was removed.
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), '{"id": "b", oops', doc('c', 3)].join('\n') + '\n');
    writeFileSync(join(d, 'e.pt.txt'), '');
    const r = medbitext(['run', d, '--out', out, '--jobs', '1']);
    expectFault(r, 1, /d\.jsonl:2 {2}malformed JSON/);
    expect(r.stderr).toMatch(/^earlier results kept for 2 documents whose input failed this time, unreadable or over a limit \(b, e\)/m);
    expect(docs()).toEqual(['a', 'b', 'c', 'e']);
    // Line 2 gone, the pair deleted: really removed, so they leave the corpus.
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), doc('c', 3)].join('\n') + '\n');
    execFileSync('rm', [join(d, 'e.en.txt'), join(d, 'e.pt.txt')]);
    const again = medbitext(['run', d, '--out', out, '--jobs', '1']);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toMatch(/earlier results kept/);
    expect(docs()).toEqual(['a', 'c']);
  });

  it('F15 a lock held by a zombie process does not block the next run', async () => {
    const { spawn } = await import('node:child_process');
    const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number((await new Promise<Buffer>((r) => parent.stdout.once('data', r))).toString().trim());
      for (let i = 0; i < 200 && !readFileSync(`/proc/${zombie}/stat`, 'utf8').includes(') Z '); i++) await new Promise((r) => setTimeout(r, 20));
      const out = join(tempDir(), 'out');
      mkdirSync(stateDir(out), { recursive: true });
      writeFileSync(join(stateDir(out), 'run.lock'), String(zombie));
      const r = medbitext(['run', join(makeCorpus(1), 'pairs'), '--out', out, '--jobs', '1']);
      expect(r.status).toBe(0);
      expectComplete(out);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

describe('fault suite: flags', () => {
  it('F16 commander errors are one localized line, exit 2, with the command\'s --help', () => {
    const cases: Array<[string[], RegExp]> = [
      [['run', '--bogus'], /^medbitext: unknown option '--bogus' \(see `medbitext run --help`\)$/],
      [['run', '--outt', 'x'], /^medbitext: unknown option '--outt'; did you mean --out\? \(see `medbitext run --help`\)$/],
      [['run', '--locale', 'fr'], /^medbitext: 'fr' is not a valid value for --locale <locale>; choose one of en, pt \(see `medbitext run --help`\)$/],
      [['align', '--format', 'docx'], /not a valid value for --format <format>; choose one of jsonl, tmx, moses, text \(see `medbitext align --help`\)$/],
      [['search'], /^medbitext: missing required argument 'query' \(see `medbitext search --help`\)$/],
      [['worker', '--out', 'x'], /^medbitext: required option '--redis <url>' not given \(see `medbitext worker --help`\)$/],
      [['queue', 'add', 'x', '--redis'], /^medbitext: option '--redis <url>' needs a value \(see `medbitext queue add --help`\)$/],
      [['nosuch'], /^medbitext: unknown command 'nosuch' \(see `medbitext --help`\)$/],
    ];
    for (const [args, pattern] of cases) expectFault(medbitext(args), 2, pattern);
    expectFault(medbitext(['run', '--bogus', '--locale', 'pt']), 2, /^medbitext: opção desconhecida '--bogus' \(veja `medbitext run --help`\)$/);
  });

  it('F17 every flag value the command cannot honour is refused in one line, exit 2', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), doc('a', 1));
    const cases: Array<[string[], RegExp]> = [
      [['run', d, '--jobs', '0'], /--jobs must be a whole number ≥ 1, not "0"/],
      [['run', d, '--jobs', '1e3'], /--jobs must be a whole number ≥ 1, not "1e3"/],
      [['index', d, '--out', join(d, 'i'), '--jobs', 'two'], /--jobs must be a whole number/],
      [['search', 'fever', '--index', d, '--limit', '-1'], /--limit must be a whole number/],
      [['align', '--batch', join(d, 'd.jsonl'), '--format', 'moses'], /--format moses needs --out PREFIX/],
      [['entities', '--lang', 'en', '--batch', join(d, 'd.jsonl'), '--format', 'brat'], /--format brat needs --out DIR/],
      [['run', d, '--min-score', '2'], /--min-score/],
      [['worker', '--redis', 'redis://127.0.0.1:9/0', '--out', join(d, 'w'), '--lock-ms', 'soon'], /--lock-ms must be a whole number/],
      [['queue', 'status', '--redis', 'redis://127.0.0.1:9/0', '--redis-timeout', '-1'], /--redis-timeout must be a number of seconds above 0/],
      [['queue', 'status', '--redis', 'redis://127.0.0.1:9/0', '--name', 'a:b'], /queue name "a:b" must be/],
    ];
    for (const [args, pattern] of cases) expectFault(medbitext(args), 2, pattern);
  });

  it('F18 align --batch honours --format: TMX of all documents, Moses files, the text view', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), [doc('a', 1), doc('b', 2)].join('\n'));
    const tmx = medbitext(['align', '--batch', join(d, 'd.jsonl'), '--format', 'tmx', '--out', join(d, 'all.tmx')]);
    expect(tmx.status).toBe(0);
    const text = readFileSync(join(d, 'all.tmx'), 'utf8');
    expect(text).toMatch(/^<\?xml[\s\S]*<prop type="x-doc">a<\/prop>[\s\S]*<prop type="x-doc">b<\/prop>[\s\S]*<\/tmx>\n$/);
    expect(medbitext(['align', '--batch', join(d, 'd.jsonl'), '--format', 'moses', '--out', join(d, 'm')]).status).toBe(0);
    expect(readFileSync(join(d, 'm.en'), 'utf8')).toBe('Case 1 had fever.\nCase 2 had fever.\n');
    expect(readFileSync(join(d, 'm.pt'), 'utf8')).toBe('O caso 1 teve febre.\nO caso 2 teve febre.\n');
    const view = medbitext(['align', '--batch', join(d, 'd.jsonl'), '--format', 'text']);
    expect(view.stdout).toMatch(/^# a\n\n.*Case 1 had fever\. +│ O caso 1 teve febre\.\n[\s\S]*# b\n/);
  });
});

describe('fault suite: messages', () => {
  it('F19 a query of stop words only: one line, no doubled word', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), doc('a', 1));
    expect(medbitext(['index', join(d, 'd.jsonl'), '--out', join(d, 'i'), '--jobs', '1']).status).toBe(0);
    expectFault(medbitext(['search', 'the of', '--index', join(d, 'i')]), 2, /^medbitext: the query "the of" has no searchable words/);
  });

  it('F20 Portuguese counts in their plural forms, numbers with a decimal comma', () => {
    const d = tempDir();
    writeFileSync(join(d, 'd.jsonl'), doc('a', 1));
    const r = medbitext(['run', join(d, 'd.jsonl'), '--out', join(d, 'out'), '--jobs', '1', '--locale', 'pt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/alinhamento: 1 ligação\n/);
    expect(r.stderr).toMatch(/tempo: \d+,\d\d s/);
    expect(r.stderr).not.toMatch(/\b1 (ligações|entradas|menções)\b/);
  });
});
