import { describe, expect, it } from 'vitest';
import { opensSectionLabel, sectionHeadings } from '../../src/lang/index.js';

describe('section label words', () => {
  it('knows the first word of each label, in any case, and no other', () => {
    for (const w of ['OBJETIVO', 'Métodos', 'CASUÍSTICA', 'resultados']) expect(opensSectionLabel(w, 'pt'), w).toBe(true);
    // `e`, inside `Casuística e Métodos`, opens no label; a modifier or an acronym in capitals is none.
    for (const w of ['CRÔNICA', 'GRAVE', 'e', 'HELLP']) expect(opensSectionLabel(w, 'pt'), w).toBe(false);
    expect(opensSectionLabel('OBJECTIVE', 'en')).toBe(true);
  });

  it('opens every heading sectionHeadings finds', () => {
    const text = 'com artrite idiopática juvenil OBJETIVO: Avaliar o sono. MÉTODOS: Estudo transversal.';
    const heads = sectionHeadings(text, 'pt').map((h) => text.slice(h.start, h.end).split(/\s/)[0]!);
    expect(heads).toEqual(['OBJETIVO:', 'MÉTODOS:']);
    for (const h of heads) expect(opensSectionLabel(h.replace(/:$/, ''), 'pt')).toBe(true);
  });
});
