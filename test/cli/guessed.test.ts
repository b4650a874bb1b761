import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** Headings but no title in either language: both titles are missing, which the summary must say. */
const untitled = [
  'Abstract: The patient had a fever for three days and was treated with antibiotics at home.',
  '',
  'Resumo: O paciente teve febre por três dias e foi tratado com antibióticos em casa.',
  '',
  'INTRODUCTION',
  'Fever is a common reason for a visit to the emergency room in children and adults.',
].join('\n');

describe('run summary', () => {
  it('says on the terminal when a part was guessed, in English and Portuguese', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    writeFileSync(join(d, 'untitled.txt'), untitled);
    const r = medbitext(['run', join(d, 'untitled.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^guessed parts \(see diagnostics\.jsonl\): no title found in 1 documents$/m);
    const pt = medbitext(['run', join(d, 'untitled.txt'), '--out', join(d, 'out-pt'), '--locale', 'pt']);
    expect(pt.stderr).toMatch(/^partes deduzidas \(ver diagnostics\.jsonl\): título não encontrado em 1 documentos$/m);
  });

  it('says so when a block’s language is uncertain', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    const labs = 'Hemograma: leucócitos 12.000/mm3; PCR 4,5 mg/dL; VHS 40 mm/h; TGO 35 U/L; TGP 40 U/L; ureia 30 mg/dL; creatinina 0,8 mg/dL; sódio 138 mEq/L; potássio 4,1 mEq/L; cálcio 9,4 mg/dL; fósforo 3,4 mg/dL; magnésio 2,0 mg/dL.';
    writeFileSync(join(d, 'labs.txt'), `A three-day fever treated at home in a young adult\n\nFebre de três dias tratada em casa em um adulto jovem\n\n${untitled}\n\nRESULTS\n${labs}`);
    const r = medbitext(['run', join(d, 'labs.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^guessed parts \(see diagnostics\.jsonl\): a block of uncertain language in 1 documents$/m);
  });

  it('says nothing of guesses when every part was found', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    writeFileSync(join(d, 'titled.txt'), `A three-day fever treated at home in a young adult\n\nFebre de três dias tratada em casa em um adulto jovem\n\n${untitled}`);
    const r = medbitext(['run', join(d, 'titled.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/guessed parts/);
  });
});
