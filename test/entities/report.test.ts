import { beforeAll, describe, expect, it } from 'vitest';
import { readStoredResult, runFolderDocuments } from '../../src/batch/run-folder.js';
import type { SentenceEntity } from '../../src/types.js';
import { bundledRun } from '../helpers/bundled.js';

// The bundled report through the whole pipeline (made once per test run: test/helpers/bundled.ts): what the entities stage must find in it.
let found: SentenceEntity[] = [];
beforeAll(async () => {
  const { out } = await bundledRun();
  const [entry] = runFolderDocuments(out);
  found = readStoredResult(out, entry!).entities;
});

const en = (type: SentenceEntity['type'], normalized: string) => found.filter((e) => e.lang === 'en' && e.type === type && e.normalized === normalized);

describe('entities of the bundled report', () => {
  it('finds every drug, with doses and routes where written', () => {
    for (const name of ['prednisone', 'hydroxychloroquine', 'diltiazem', 'aluminum hydroxide', 'probenecid', 'warfarin', 'colchicine', 'cyclosporine', 'tacrolimus', 'intravenous immunoglobulin', 'calcium gluconate', 'bisphosphonate', 'TNF-alpha inhibitor']) {
      expect(en('drug', name).length, name).toBeGreaterThan(0);
    }
    expect(en('drug', 'prednisone').map((e) => `${e.dose} ${e.unit}`)).toContain('30 mg/day');
    expect(en('drug', 'hydroxychloroquine').map((e) => `${e.dose} ${e.unit}`)).toContain('400 mg/day');
    expect(en('drug', 'diltiazem').map((e) => e.dose)).toContain('60 → 240');
    expect(en('drug', 'aluminum hydroxide').map((e) => e.dose)).toContain('60');
    expect(en('drug', 'aluminum hydroxide').map((e) => e.route)).toContain('oral');
  });

  it('finds the labs with values, ranges and flags', () => {
    const flagged = (name: string) => en('lab', name).filter((e) => e.flag).map((e) => `${e.value} ${e.flag}`);
    expect(flagged('leukocytes')).toContain('2.98 low');
    expect(flagged('erythrocyte sedimentation rate')).toContain('40 high');
    expect(flagged('antinuclear factor')).toContain('1/200 high');
    expect(flagged('alkaline phosphatase')).toContain('233 high');
    expect(flagged('gamma-glutamyl transferase')).toContain('70 high');
    expect(flagged('calcium')).toContain('9.4 normal');
    expect(flagged('phosphorus')).toContain('3.4 normal');
    for (const name of ['anti-DNA', 'anti-RNP', 'anti-Jo-1', 'anti-Mi']) expect(flagged(name).join(' '), name).toMatch(/nonreactive/);
    expect(en('lab', 'alkaline phosphatase').find((e) => e.value === '233')?.reference_range).toBe('35-104 U/L');
  });

  it('finds the diagnoses in both languages and marks the excluded ones', () => {
    expect(en('diagnosis', 'systemic lupus erythematosus').length).toBeGreaterThan(3);
    expect(found.some((e) => e.lang === 'pt' && e.normalized === 'systemic lupus erythematosus' && e.text === 'lúpus eritematoso sistêmico')).toBe(true);
    expect(en('diagnosis', 'calcinosis cutis').length).toBeGreaterThan(0);
    expect(found.some((e) => e.lang === 'pt' && /^calcinose cutânea$/i.test(e.text))).toBe(true);
    expect(en('diagnosis', 'mixed connective tissue disease').every((e) => e.negated)).toBe(true);
    expect(en('diagnosis', 'dermatomyositis').some((e) => e.negated && e.uncertain)).toBe(true);
    // The Discussion's general statements are background.
    expect(found.some((e) => e.subject === 'background')).toBe(true);
  });
});
