import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRun } from './helpers/bundled.js';
import type { Entity, GlossaryEntry } from '../src/types.js';

/** What a user of the bundled report relies on (issue 2's acceptance list), in the run made once per test run (test/helpers/bundled.ts). */

interface AlignmentLine {
  doc: string;
  part: string;
  en: number[];
  pt: number[];
  score: number;
  en_text: string;
  pt_text: string;
}
interface EntityLine {
  lang: 'en' | 'pt';
  text: string;
  entities: Entity[];
}

describe('npm start on the bundled report', async () => {
  const { out } = await bundledRun();
  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  const links = read('alignment.jsonl').trim().split('\n').map((l) => JSON.parse(l) as AlignmentLine);
  const entities = read('entities.jsonl').trim().split('\n').map((l) => JSON.parse(l) as EntityLine);
  const glossary = JSON.parse(read('glossary.json')) as GlossaryEntry[];
  const en = read('report.en.txt');
  const pt = read('report.pt.txt');

  it('aligns the title pair and the five abstract sentences 1-1', () => {
    const title = links.filter((l) => l.part === 'title');
    expect(title).toHaveLength(1);
    expect(title[0]).toMatchObject({ en: [expect.any(Number)], pt: [expect.any(Number)] });
    expect(title[0]!.en_text).toMatch(/^Calcinosis cutis universalis associated with systemic lupus erythematosus/);
    expect(title[0]!.pt_text).toMatch(/^Calcinose cútis distrófica universal/);
    const abstract = links.filter((l) => l.part === 'abstract');
    expect(abstract).toHaveLength(5);
    for (const l of abstract) {
      expect(l.en).toHaveLength(1);
      expect(l.pt).toHaveLength(1);
    }
    expect(abstract.map((l) => [l.en_text.slice(0, 24), l.pt_text.slice(0, 24)])).toEqual([
      ['Calcinosis cutis is an u', 'Calcinose cutânea é uma '],
      ['It is characterized by t', 'Caracteriza-se pela depo'],
      ['It is classified into fo', 'É classificada em quatro'],
      ['It may be seen in a vari', 'Pode ser vista em várias'],
      ['The management of second', 'O manejo das complicaçõe'],
    ]);
  });

  it('the TMX holds the same pairs', () => {
    const tmx = read('alignment.tmx');
    expect(tmx.match(/<tu[ >]/g)!.length).toBeGreaterThanOrEqual(6);
    expect(tmx).toContain('É classificada em quatro subtipos');
  });

  it('writes the English body as clean prose', () => {
    for (const word of ['classified', 'formation', 'diltiazem', 'buttocks', 'iatrogenic']) expect(en).toContain(word);
    for (const broken of ['classi-', 'for-\n', 'dilti-', 'but-\n', 'iatro-']) expect(en).not.toContain(broken);
    // captions are paragraphs of their own, after the body (docs/faults.md, F34), never inside the prose
    const paragraphs = en.split('\n\n');
    expect(paragraphs.filter((p) => /FIGURE \d/.test(p) && !/^FIGURE \d+: /.test(p))).toEqual([]);
    expect(paragraphs.findIndex((p) => p.startsWith('FIGURE'))).toBeGreaterThan(paragraphs.findIndex((p) => p.includes('TNF-alpha inhibitors')));
    expect(en).toContain('that there were no abnormalities in calcium metabolism');
    // Citation numbers are not glued to sentences.
    expect(en).not.toMatch(/SLE\. 8,12/);
    expect(en).not.toMatch(/iatrogenic\. 1-11/);
    expect(pt).toContain('incapacitante');
    expect(pt).toContain('dermatomiosite');
  });

  const mentions = (lang: 'en' | 'pt', type: string) =>
    entities.filter((l) => l.lang === lang).flatMap((l) => l.entities.filter((e) => e.type === type));

  it('finds the drugs with their doses', () => {
    const drugs = mentions('en', 'drug');
    const dosed = (name: string) => drugs.filter((d) => d.normalized === name).map((d) => `${d.dose ?? ''} ${d.unit ?? ''}`.trim());
    expect(dosed('prednisone')).toContain('30 mg/day');
    expect(dosed('hydroxychloroquine')).toContain('400 mg/day');
    expect(dosed('diltiazem').join(' ')).toMatch(/60/);
    expect(dosed('diltiazem').join(' ')).toMatch(/240/);
    expect(drugs.some((d) => d.normalized === 'aluminum hydroxide')).toBe(true);
  });

  it('finds ESR and alkaline phosphatase with values, reference ranges and flags', () => {
    const labs = mentions('en', 'lab');
    const esr = labs.find((l) => /ESR|erythrocyte sedimentation rate/i.test(l.text) && l.value === '40');
    expect(esr).toMatchObject({ flag: 'high' });
    expect(esr!.reference_range).toMatch(/20/);
    const alp = labs.find((l) => /alkaline phosphatase/i.test(l.text) && l.value === '233');
    expect(alp).toMatchObject({ flag: 'high' });
    expect(alp!.reference_range).toMatch(/35.*104/);
  });

  it('finds the diagnoses in both languages', () => {
    const dx = (lang: 'en' | 'pt') => mentions(lang, 'diagnosis').map((d) => d.text.toLowerCase());
    expect(dx('en')).toContain('systemic lupus erythematosus');
    expect(dx('en').some((t) => t.startsWith('calcinosis cutis'))).toBe(true);
    expect(dx('pt')).toContain('lúpus eritematoso sistêmico');
    expect(dx('pt').some((t) => t.startsWith('calcinose cutânea'))).toBe(true);
  });

  it('builds the glossary pairs a translator expects', () => {
    const has = (e: string, p: string) => glossary.some((g) => g.en.toLowerCase() === e && g.pt.toLowerCase() === p);
    expect(has('calcinosis cutis', 'calcinose cutânea')).toBe(true);
    expect(has('dermatomyositis', 'dermatomiosite')).toBe(true);
    expect(has('scleroderma', 'esclerodermia')).toBe(true);
    expect(has('hyperparathyroidism', 'hiperparatireoidismo')).toBe(true);
  });
});
