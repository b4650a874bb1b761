import { describe, expect, it } from 'vitest';
import { CALIBRATION, linkScore, type LinkEvidence } from '../../src/align/score.js';
import { alignWithEvidence } from '../../src/align/align.js';

const clean: LinkEvidence = { similarity: 0.7, length: 0.2, margin: 0.5, merge: 0, heading: 0, besideSkip: 0, context: 0.7, opening: 0 };

describe('link score', () => {
  it('rises with similarity and with the similarity of the neighbouring rungs', () => {
    expect(linkScore({ ...clean, similarity: 0.8 })).toBeGreaterThan(linkScore(clean));
    expect(linkScore({ ...clean, context: 0.9 })).toBeGreaterThan(linkScore({ ...clean, context: 0.2 }));
  });

  it('is lower for headings, links beside an unaligned sentence, merges and the opening of a titled document', () => {
    for (const name of ['heading', 'besideSkip', 'merge', 'opening'] as const) {
      expect(CALIBRATION[name]).toBeLessThan(0);
      expect(linkScore({ ...clean, [name]: 1 })).toBeLessThan(linkScore(clean));
    }
  });

  it('scores a plain translation high and a non-parallel pairing low', () => {
    const en = [
      'Calcinosis cutis is a rare complication of systemic lupus erythematosus.',
      'We report a 32-year-old woman with painful subcutaneous nodules on both thighs.',
      'Radiographs showed extensive calcification of the soft tissues.',
    ];
    const pt = [
      'A calcinose cutânea é uma complicação rara do lúpus eritematoso sistêmico.',
      'Relatamos o caso de uma mulher de 32 anos com nódulos subcutâneos dolorosos em ambas as coxas.',
      'As radiografias mostraram calcificação extensa dos tecidos moles.',
    ];
    const links = alignWithEvidence(en, pt);
    expect(links.map((l) => [l.en, l.pt])).toEqual([[[1], [1]], [[2], [2]], [[3], [3]]]);
    for (const l of links) expect(l.score).toBeGreaterThan(0.9);
    const unrelated = alignWithEvidence(en, ['O hospital abriu uma nova ala de pediatria.', 'As visitas são permitidas aos domingos.']);
    for (const l of unrelated) expect(l.score).toBeLessThan(0.5);
  });

  it('marks the evidence of a heading beside an unaligned title', () => {
    const links = alignWithEvidence(
      ['Diltiazem for calcinosis in lupus', 'OBJECTIVE', 'To assess diltiazem in 20 patients with calcinosis.'],
      ['OBJETIVO', 'Avaliar o diltiazem em 20 pacientes com calcinose.'],
    );
    expect(links.map((l) => [l.en, l.pt])).toEqual([[[1], []], [[2], [1]], [[3], [2]]]);
    const heading = links[1]!.evidence!;
    expect(heading.heading).toBe(1);
    expect(heading.besideSkip).toBe(1);
    expect(heading.opening).toBe(1);
    expect(links[2]!.evidence!.heading).toBe(0);
    expect(links[2]!.score).toBeGreaterThan(links[1]!.score);
  });
});
