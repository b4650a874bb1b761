import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align.js';

// The title pair and the abstract/resumo of the bundled report (corpus/), segmented by hand.
const TITLE_EN = 'Calcinosis cutis universalis associated with systemic lupus erythematosus: an exuberant case';
const TITLE_PT = 'Calcinose cútis distrófica universal associada a lúpus eritematoso sistêmico: um';
const ABSTRACT_EN = [
  'Calcinosis cutis is an uncommon disease of unclear pathophysiology that is often disabling.',
  'It is characterized by the formation of calcium deposits in the skin or subcutaneous tissue.',
  'It is classified into four subtypes: dystrophic, metastatic, idiopathic or iatrogenic.',
  'It may be seen in a variety of systemic diseases such as hyperparathyroidism and hypervitaminosis D, but is most commonly found in dermatomyositis, scleroderma and overlap syndromes and is a rare complication of systemic lupus erythematosus.',
  'The management of secondary complications and the success of therapy are constant challenges in the follow-up of these cases.',
];
const ABSTRACT_PT = [
  'Calcinose cutânea é uma doença incomum, de fisiopatologia incerta e, muitas vezes, incapacitante.',
  'Caracteriza-se pela deposição de sais de cálcio na pele ou tecido subcutâneo.',
  'É classificada em quatro subtipos: metastática, distrófica, idiopática e iatrogênica.',
  'Pode ser vista em várias doenças sistêmicas como hiperparatireoidismo e hipervitaminose D, ocorrendo com maior frequência na dermatomiosite, esclerodermia e síndromes overlap, sendo uma complicação infrequente no lúpus eritematoso sistêmico.',
  'O manejo das complicações secundárias, assim como o sucesso terapêutico, constituem desafios constantes no seguimento destes casos.',
];

/** Every sentence of both sides exactly once, links in order. */
function isLadder(links: Array<{ en: number[]; pt: number[] }>, n: number, m: number): boolean {
  const en = links.flatMap((l) => l.en);
  const pt = links.flatMap((l) => l.pt);
  return en.join() === Array.from({ length: n }, (_, k) => k + 1).join() && pt.join() === Array.from({ length: m }, (_, k) => k + 1).join();
}

describe('alignSentences', () => {
  it('aligns the report title and its five abstract sentences 1-1', () => {
    expect(alignSentences([TITLE_EN], [TITLE_PT])).toEqual([{ en: [1], pt: [1], score: expect.any(Number) }]);
    const links = alignSentences(ABSTRACT_EN, ABSTRACT_PT);
    expect(links.map((l) => [l.en, l.pt])).toEqual([1, 2, 3, 4, 5].map((k) => [[k], [k]]));
    for (const l of links) expect(l.score).toBeGreaterThan(0.5);
  });

  it('finds a merge and a sentence without counterpart', () => {
    const en = [ABSTRACT_EN[0]!, 'This sentence was added by the English editor only.', ABSTRACT_EN[1]!, ABSTRACT_EN[2]!];
    const pt = [ABSTRACT_PT[0]!, `${ABSTRACT_PT[1]!} ${ABSTRACT_PT[2]!}`];
    expect(alignSentences(en, pt).map((l) => [l.en, l.pt])).toEqual([
      [[1], [1]],
      [[2], []],
      [[3, 4], [2]],
    ]);
  });

  it('handles an empty side', () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(ABSTRACT_EN, [])).toEqual(ABSTRACT_EN.map((_, k) => ({ en: [k + 1], pt: [], score: 0 })));
    expect(alignSentences([], ['Só um.'])).toEqual([{ en: [], pt: [1], score: 0 }]);
  });

  it('keeps a ladder when one side is 50 times longer', () => {
    const pt = Array.from({ length: 100 }, (_, k) => `Frase número ${k} sobre outro assunto qualquer.`);
    pt[60] = ABSTRACT_PT[0]!;
    const links = alignSentences([ABSTRACT_EN[0]!, ABSTRACT_EN[1]!], pt);
    expect(isLadder(links, 2, 100)).toBe(true);
    expect(links.find((l) => l.en.includes(1))!.pt).toEqual([61]);
  });

  it('aligns identical texts 1-1 with high scores', () => {
    const links = alignSentences(ABSTRACT_EN, ABSTRACT_EN);
    expect(links.map((l) => [l.en, l.pt])).toEqual([1, 2, 3, 4, 5].map((k) => [[k], [k]]));
  });

  it('gives non-parallel texts low scores instead of forced 1-1 confidence', () => {
    const pt = [
      'O Brasil tem grande diversidade de ecossistemas tropicais.',
      'A economia do estado cresceu durante a última década.',
      'Muitos turistas visitam as praias do litoral nordestino.',
      'O futebol é o esporte mais popular do país.',
      'A música popular brasileira influenciou diversos artistas.',
    ];
    const links = alignSentences(ABSTRACT_EN, pt);
    expect(isLadder(links, 5, 5)).toBe(true);
    for (const l of links) expect(l.score).toBeLessThan(0.5);
  });

  it('finishes a 20,000-sentence document with a correct ladder', () => {
    const n = 20_000;
    const en: string[] = [];
    const pt: string[] = [];
    for (let k = 0; k < n; k++) {
      en.push(`${ABSTRACT_EN[k % 5]!} Case ${k}.`);
      pt.push(`${ABSTRACT_PT[k % 5]!} Caso ${k}.`);
    }
    const links = alignSentences(en, pt);
    expect(isLadder(links, n, n)).toBe(true);
    const right = links.filter((l) => l.en.length === 1 && l.pt.length === 1 && l.en[0] === l.pt[0]).length;
    expect(right / n).toBeGreaterThan(0.99);
  });
});
