import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
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

  it('says so when two columns were read from plain text, advising the PDF or pdftotext -layout', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    const across = [
      'Objective: to describe how the parents of children with a fever cared for them at home, and what they',
      'learned from the nurses who came to see them. Method: a qualitative study with twenty families seen at',
      'home in the first week of the fever, and again one month later, by the same two nurses of the clinic.',
      'Results: most parents had learned to read the thermometer and to wait before they gave any drug to the',
    ];
    const column = ['Fever is the most common reason for a visit to the', 'clinic in the first weeks of winter, and most of the', 'fevers the nurses see at home pass in a few days with', 'no treatment at all, as the parents were told.'];
    const text = ['Care of a febrile child at home: a qualitative study', 'Abstract', ...across, 'Keywords: fever; child; home care', '', 'INTRODUCTION', ...column, ...column, ...column, ...column, ...column].join('\n');
    writeFileSync(join(d, 'columns.txt'), text);
    const r = medbitext(['run', join(d, 'columns.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^guessed parts \(see diagnostics\.jsonl\): two columns read from plain text in 1 documents: their reading order is a guess \(read the PDF, or pdftotext -layout output\)$/m);
    const pt = medbitext(['run', join(d, 'columns.txt'), '--out', join(d, 'out-pt'), '--locale', 'pt']);
    expect(pt.stderr).toMatch(/duas colunas lidas de texto simples em 1 documentos/);
  });

  it('says nothing of guesses when every part was found', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    writeFileSync(join(d, 'titled.txt'), `A three-day fever treated at home in a young adult\n\nFebre de três dias tratada em casa em um adulto jovem\n\n${untitled}`);
    const r = medbitext(['run', join(d, 'titled.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/guessed parts/);
  });

  it('names a file read as Windows-1252 by guess, in diagnostics.jsonl and on the summary', { timeout: 120_000 }, () => {
    const d = tempDir('mbt-summary-');
    const text = `A three-day fever treated at home in a young adult\n\nFebre de três dias tratada em casa em um adulto jovem\n\n${untitled}`;
    writeFileSync(join(d, 'old.txt'), Buffer.from(text, 'latin1'));
    const r = medbitext(['run', join(d, 'old.txt'), '--out', join(d, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^guessed parts \(see diagnostics\.jsonl\): not UTF-8, read as Windows-1252 in 1 documents$/m);
    const diagnostics = readFileSync(join(d, 'out', 'diagnostics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { rule: string; reason: string });
    expect(diagnostics.filter((m) => m.rule === 'charset-guessed').map((m) => m.reason)).toEqual([expect.stringMatching(/^old\.txt is not UTF-8 and names no charset: read as Windows-1252/)]);
    expect(readFileSync(join(d, 'out', 'report.pt.txt'), 'utf8')).toContain('Febre de três dias');
    const pt = medbitext(['run', join(d, 'old.txt'), '--out', join(d, 'out-pt'), '--locale', 'pt']);
    expect(pt.stderr).toMatch(/^partes deduzidas \(ver diagnostics\.jsonl\): texto fora de UTF-8, lido como Windows-1252, em 1 documentos$/m);
  });
});
