import { describe, expect, it } from 'vitest';
import { calibration, emitThreshold, EVIDENCE, linkScore, type LinkEvidence } from '../../src/align/score.js';
import { alignWithEvidence, withoutWeakLinks, type EvidencedLink } from '../../src/align/align.js';

const clean: LinkEvidence = {
  similarity: 0.7,
  length: 0.2,
  margin: 0.5,
  merge: 0,
  heading: 0,
  besideSkip: 0,
  opening: 0,
  afterOpening: 0,
  openingSimilarity: 0,
  context: 0.7,
  document: 0.7,
  imbalance: 0,
};

describe('link score', () => {
  it('reads every coefficient and the emission threshold from the data file', () => {
    const c = calibration();
    for (const name of ['bias', ...EVIDENCE] as const) expect(Number.isFinite(c[name])).toBe(true);
    expect(emitThreshold()).toBeGreaterThanOrEqual(0);
    expect(emitThreshold()).toBeLessThan(1);
  });

  it('rises with similarity, with the neighbouring rungs and with the whole document', () => {
    expect(linkScore({ ...clean, similarity: 0.8 })).toBeGreaterThan(linkScore(clean));
    expect(linkScore({ ...clean, context: 0.9 })).toBeGreaterThan(linkScore({ ...clean, context: 0.2 }));
    expect(linkScore({ ...clean, document: 0.8 })).toBeGreaterThan(linkScore({ ...clean, document: 0.2 }));
  });

  it('is lower for headings, links beside an unaligned sentence and merges', () => {
    for (const name of ['heading', 'besideSkip', 'merge'] as const) {
      expect(calibration()[name]).toBeLessThan(0);
      expect(linkScore({ ...clean, [name]: 1 })).toBeLessThan(linkScore(clean));
    }
  });

  it('is lower for a close translation right after a skipped title and an opening heading than in the body', () => {
    const opening = { ...clean, similarity: 0.8, afterOpening: 1, openingSimilarity: 0.8 };
    expect(linkScore(opening)).toBeLessThan(linkScore({ ...clean, similarity: 0.8 }));
  });

  it('is lower in a document whose sides have very different sentence counts', () => {
    expect(calibration().imbalance).toBeLessThan(0);
    expect(linkScore({ ...clean, imbalance: 0.5 })).toBeLessThan(linkScore(clean));
  });

  it('follows the given coefficients', () => {
    const zero = Object.fromEntries(['bias', ...EVIDENCE].map((n) => [n, 0])) as ReturnType<typeof calibration>;
    expect(linkScore(clean, zero)).toBe(0.5);
    expect(linkScore(clean, { ...zero, bias: Math.log(9) })).toBeCloseTo(0.9, 10);
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
    expect(links[2]!.evidence!.afterOpening).toBe(1);
    expect(links[2]!.evidence!.imbalance).toBeCloseTo(1 / 3, 12);
    expect(links[2]!.score).toBeGreaterThan(links[1]!.score);
  });
});

describe('withoutWeakLinks', () => {
  const link = (en: number[], pt: number[], score: number): EvidencedLink => ({ en, pt, score, evidence: null });

  it('leaves the sentences of a link scored below the threshold unaligned, English first', () => {
    const links = [link([1], [1], 0.9), link([2, 3], [2], 0.2), link([4], [3], 0.95)];
    expect(withoutWeakLinks(links, 0.5).map((l) => [l.en, l.pt, l.score])).toEqual([
      [[1], [1], 0.9],
      [[2], [], 0],
      [[3], [], 0],
      [[], [2], 0],
      [[4], [3], 0.95],
    ]);
  });

  it('keeps one run of unaligned sentences in ladder order when a dropped link meets an unaligned one', () => {
    const links = [link([], [1], 0), link([1], [2], 0.1), link([2], [], 0), link([3], [3], 0.8)];
    expect(withoutWeakLinks(links, 0.5).map((l) => [l.en, l.pt])).toEqual([
      [[1], []],
      [[2], []],
      [[], [1]],
      [[], [2]],
      [[3], [3]],
    ]);
  });

  it('changes nothing at threshold 0', () => {
    const links = [link([1], [1], 0), link([2], [], 0)];
    expect(withoutWeakLinks(links, 0)).toBe(links);
  });
});
