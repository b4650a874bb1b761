import { describe, expect, it } from 'vitest';
import { renderSideBySide, tmxUnits, toMoses, toTmx, withTexts } from '../../src/align/output.js';

const links = withTexts(
  [
    { en: [1], pt: [1], score: 0.97 },
    { en: [2], pt: [], score: 0 },
    { en: [3], pt: [2, 3], score: 0.6 },
  ],
  ['Calcinosis is rare & <odd>.', 'Title only.', 'It affects the skin.'],
  ['Calcinose é rara & <estranha>.', 'Afeta a pele.', 'E o tecido.'],
);

describe('toTmx', () => {
  const tmx = toTmx(links, { doc: 'd1' });

  it('writes a TMX 1.4 header with every required attribute', () => {
    expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(tmx).toContain('<tmx version="1.4">');
    for (const attr of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(tmx).toMatch(new RegExp(`<header[^>]* ${attr}="[^"]+"`));
    }
  });

  it('writes one escaped unit per link with both sides', () => {
    expect(tmx.match(/<tu>/g)).toHaveLength(2);
    expect(tmx).toContain('<tuv xml:lang="en"><seg>Calcinosis is rare &amp; &lt;odd&gt;.</seg></tuv>');
    expect(tmx).toContain('<tuv xml:lang="pt-BR"><seg>Afeta a pele. E o tecido.</seg></tuv>');
    expect(tmx).not.toContain('Title only.');
  });

  it('filters by score', () => {
    expect(toTmx(links, { minScore: 0.9 }).match(/<tu>/g)).toHaveLength(1);
  });
});

describe('toMoses', () => {
  it('writes parallel lines for links with both sides', () => {
    const { en, pt } = toMoses(links);
    expect(en).toBe('Calcinosis is rare & <odd>.\nIt affects the skin.\n');
    expect(pt).toBe('Calcinose é rara & <estranha>.\nAfeta a pele. E o tecido.\n');
  });
});

describe('renderSideBySide', () => {
  it('puts English left and Portuguese right within the width', () => {
    const view = renderSideBySide(links, { width: 60 });
    const lines = view.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^0\.97 Calcinosis/);
    expect(lines[0]).toContain('│ Calcinose');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(view).toMatch(/--\s+Title only\./);
  });
});

describe('tmxUnits for CAT tools', () => {
  const scored = [
    { en: [1], pt: [1], score: 0.52, en_text: 'Low.', pt_text: 'Baixa.' },
    { en: [2], pt: [2], score: 0.4, en_text: 'Kept.', pt_text: 'Mantida.', review: 'accepted' as const },
    { en: [3], pt: [3], score: 0.97, en_text: 'High.', pt_text: 'Alta.' },
  ];
  it('names the document and the score of each unit, and leaves out links below the minimum unless a reviewer accepted them', () => {
    const units = tmxUnits(scored, { doc: 'd1', minScore: 0.6 });
    expect(units.match(/<tu>/g)).toHaveLength(2);
    expect(units).not.toContain('Low.');
    expect(units).toContain('<prop type="x-doc">d1</prop>\n      <prop type="x-score">0.4000</prop>');
    expect(units).toContain('<prop type="x-review">accepted</prop>');
  });
});
