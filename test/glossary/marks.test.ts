import { describe, expect, it } from 'vitest';
import { markExample, markExamples } from '../../src/glossary/marks.js';

const mark = (en: string, pt: string, term: [string, string]) => {
  const m = markExample({ doc: 'd', en, pt }, term[0], term[1]);
  return [m.enTerm && en.slice(...m.enTerm), m.ptTerm && pt.slice(...m.ptTerm)];
};

describe('the term marked in its example sentences', () => {
  it('marks whole words, in another ending of the same word', () => {
    expect(mark('Positive results were rare.', 'Resultados positivas eram raros.', ['positive', 'positivo'])).toEqual(['Positive', 'positivas']);
    expect(mark('The children had skin lesions.', 'As crianças tinham lesões cutâneas.', ['child', 'criança'])).toEqual(['children', 'crianças']);
    expect(mark('Skin lesions were seen.', 'Lesões cutâneas foram vistas.', ['skin lesion', 'lesão cutânea'])).toEqual(['Skin lesions', 'Lesões cutâneas']);
  });

  it('does not mark another word with the same first letters', () => {
    expect(mark('We generate a tree.', 'Geramos uma árvore.', ['genome', 'genoma'])).toEqual([undefined, undefined]);
    expect(mark('Dengue cases rose.', 'Os casos de dengue subiram.', ['de', 'de'])[0]).toBeUndefined();
  });

  it('marks the inflected word sharing most letters, not the first of the same stem', () => {
    expect(mark('Signs and symptoms were recorded.', 'A síndrome trouxe sinais e sintomas.', ['sign', 'sinal'])).toEqual(['Signs', 'sinais']);
    // Of equals, the first.
    expect(markExample({ doc: 'd', en: 'x', pt: 'Vimos lesões e lesões.' }, 'lesion', 'lesão').ptTerm).toEqual([6, 12]);
  });

  it('prefers the term in small letters to the same word inside a name', () => {
    const [en, pt] = mark('Genome Navigator was used to assemble each genome.', 'O Genome Navigator foi usado para montar cada genoma.', ['genome', 'genoma']);
    expect([en, pt]).toEqual(['genome', 'genoma']);
    const m = markExample({ doc: 'd', en: 'Genome Navigator was used to assemble each genome.', pt: 'x' }, 'genome', 'genoma');
    expect(m.enTerm).toEqual([43, 49]);
    // Only the name holds it: marked there rather than nowhere.
    expect(mark('Genome Navigator was used.', 'O Genome Navigator foi usado.', ['genome', 'genoma'])[0]).toBe('Genome');
  });

  it('puts the examples that hold the term on both sides first', () => {
    const examples = [
      { doc: 'a', en: 'The GSTT1 gene was typed.', pt: 'O gene GSTT1 foi tipado.' },
      { doc: 'b', en: 'Glutathione S-transferase theta 1 (GSTT1) was typed.', pt: 'x' },
      { doc: 'c', en: 'Glutathione S-transferase theta 1 was typed.', pt: 'A glutationa S-transferase teta 1 foi tipada.' },
    ];
    const order = markExamples(examples, 'glutathione S-transferase theta 1', 'glutationa S-transferase teta 1').map((x) => x.doc);
    expect(order).toEqual(['c', 'b', 'a']);
  });
});
