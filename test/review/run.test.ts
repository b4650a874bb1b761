import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionsText } from '../../src/review/decisions.js';
import type { Decision } from '../../src/types.js';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('mbt-decisions-');
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
const EN = ['The patient received prednisone for lupus.', 'Calcinosis cutis was seen on both legs.', 'The serum calcium was normal.', 'She improved after six months.'];
const PT = ['A paciente recebeu prednisona para lúpus.', 'Calcinose cutânea foi vista nas duas pernas.', 'O cálcio sérico era normal.', 'Ela melhorou após seis meses.'];
writeFileSync(join(corpus, 'case.en.txt'), EN.join(' ') + '\n');
writeFileSync(join(corpus, 'case.pt.txt'), PT.join(' ') + '\n');

interface Line { doc: string; part: string; en: number[]; pt: number[]; score: number; review?: string }
const alignment = (out: string) => readFileSync(join(out, 'alignment.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const glossary = (out: string, file = 'glossary.json') => JSON.parse(readFileSync(join(out, file), 'utf8')) as Array<{ id: string; en: string; pt: string; review?: string }>;

describe('medbitext run --decisions', () => {
  const out = join(dir, 'out');
  expect(medbitext(['run', corpus, '--out', out]).status).toBe(0);
  const [calcinosis, lupus] = ['calcinosis cutis', 'lupus'].map((en) => glossary(out).find((e) => e.en.toLowerCase() === en)!);
  const decisions: Decision[] = [
    { kind: 'link', doc: 'case', part: 'body', en: [EN[0]!], pt: [PT[0]!], decision: 'accept' },
    { kind: 'link', doc: 'case', part: 'body', en: [EN[1]!], pt: [PT[1]!], decision: 'reject' },
    { kind: 'link', doc: 'case', part: 'body', en: [EN[2]!], pt: [PT[2]!], decision: 'edit', to: { en: [EN[2]!, EN[3]!], pt: [PT[2]!] } },
    { kind: 'term', id: calcinosis!.id, en: calcinosis!.en, pt: calcinosis!.pt, decision: 'edit', to: { pt: 'calcinose cútis' } },
    { kind: 'term', id: lupus!.id, en: lupus!.en, pt: lupus!.pt, decision: 'reject' },
    { kind: 'link', doc: 'gone', part: 'body', en: ['Nothing.'], pt: ['Nada.'], decision: 'accept' },
  ];
  const file = join(dir, 'decisions.json');
  writeFileSync(file, decisionsText(decisions));

  it('applies every decision to alignment.jsonl, the TMX, glossary.json and the TBX', () => {
    const r = medbitext(['run', corpus, '--out', out, '--decisions', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('decisions: 5 applied, 1 no longer match anything');
    expect(r.stderr).toContain(`${file}:7  link (accept) no longer matches: gone (body): "Nothing."`);
    expect(alignment(out).map((l) => [l.en, l.pt, l.review ?? ''])).toEqual([
      [[1], [1], 'accepted'],
      [[2], [], 'rejected'],
      [[], [2], 'rejected'],
      [[3, 4], [3], 'edited'],
      [[], [4], ''],
    ]);
    const tmx = readFileSync(join(out, 'alignment.tmx'), 'utf8');
    expect(tmx.match(/<prop type="x-review">(\w+)<\/prop>/g)).toEqual(['<prop type="x-review">accepted</prop>', '<prop type="x-review">edited</prop>']);
    expect(glossary(out)).toContainEqual(expect.objectContaining({ en: 'calcinosis cutis', pt: 'calcinose cútis', review: 'edited' }));
    expect(glossary(out).some((e) => e.en === 'lupus')).toBe(false);
    expect(glossary(out, 'glossary.candidates.json')).toContainEqual(expect.objectContaining({ en: 'lupus', review: 'rejected' }));
    const tbx = readFileSync(join(out, 'glossary.tbx'), 'utf8');
    expect(tbx).toMatch(/<term>calcinose cútis<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>/);
    expect(tbx).not.toContain('<term>lupus</term>');
  });

  it('keeps the file in the output folder: a rerun with more documents applies it again', () => {
    writeFileSync(join(corpus, 'more.en.txt'), 'The skin was thin. The bone was intact.\n');
    writeFileSync(join(corpus, 'more.pt.txt'), 'A pele era fina. O osso estava íntegro.\n');
    const r = medbitext(['run', corpus, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('decisions: 5 applied, 1 no longer match anything');
    expect(alignment(out).filter((l) => l.doc === 'case').map((l) => l.review ?? '')).toEqual(['accepted', 'rejected', 'rejected', 'edited', '']);
    expect(glossary(out)).toContainEqual(expect.objectContaining({ pt: 'calcinose cútis', review: 'edited' }));
  });

  it('stops on a hand-edited file with mistakes, naming each line, and changes nothing', () => {
    const bad = join(dir, 'bad.json');
    const text = decisionsText(decisions).replace('"decision":"reject"', '"decision":"refuse"').replace('"kind":"term"', '"kind":"terms"');
    writeFileSync(bad, text);
    const before = readFileSync(join(out, 'alignment.jsonl'), 'utf8');
    const r = medbitext(['run', corpus, '--out', out, '--decisions', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:3:`);
    expect(r.stderr).toContain('"decision" must be one of: accept, reject, edit');
    expect(r.stderr).toContain(`${bad}:5:3  "kind" must be one of: link, term`);
    expect(readFileSync(join(out, 'alignment.jsonl'), 'utf8')).toBe(before);
  });
});

describe('--min-score', () => {
  it('leaves low-scoring links out of the TMX of run and align, never reviewed ones', () => {
    const out = join(dir, 'min');
    expect(medbitext(['run', corpus, '--out', out, '--min-score', '1']).status).toBe(0);
    expect(readFileSync(join(out, 'alignment.tmx'), 'utf8')).not.toContain('<tu>');
    expect(alignment(out).length).toBeGreaterThan(0);
    const en = join(corpus, 'case.en.txt');
    const tmx = join(dir, 'a.tmx');
    expect(medbitext(['align', '--en', en, '--pt', join(corpus, 'case.pt.txt'), '--format', 'tmx', '--out', tmx, '--min-score', '0']).status).toBe(0);
    expect(readFileSync(tmx, 'utf8')).toContain('<prop type="x-doc">case</prop>');
    const r = medbitext(['run', corpus, '--out', out, '--min-score', '1.5']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--min-score must be a number from 0 to 1, not "1.5"');
  });
});
