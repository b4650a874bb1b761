import { describe, expect, it } from 'vitest';
import { removeCrossReferences } from '../../src/clean/cross-references.js';
import { tracked } from '../../src/clean/tracked.js';

const take = (s: string) => removeCrossReferences(tracked(s)).text;

describe('removeCrossReferences', () => {
  it('takes figure and table references in parentheses, in both languages', () => {
    expect(take('on the thighs (Figures 1 and 2). She')).toBe('on the thighs. She');
    expect(take('improved (Table 3), and')).toBe('improved, and');
    expect(take('melhorou (Figuras 3-4).')).toBe('melhorou.');
    expect(take('as shown (see Figure 2A and Table 1).')).toBe('as shown.');
    expect(take('dados (Tabela 1; Quadro 2)')).toBe('dados');
  });

  it('keeps references that are part of the sentence, and other parentheses', () => {
    for (const s of ['Table 1 shows the results.', 'como mostra a Tabela 2.', 'a mean of 3 (range 1-5)', 'type 2 (T2DM) diabetes']) expect(take(s), s).toBe(s);
  });
});
