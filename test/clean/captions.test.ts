import { describe, expect, it } from 'vitest';
import { extractCaptions } from '../../src/clean/captions.js';
import { captionLabel } from '../../src/ingest/pdf/captions.js';
import { tracked } from '../../src/clean/tracked.js';

describe('extractCaptions', () => {
  it('reads a label under a line ending inside a sentence as the sentence’s, in text whose paragraph ends are marked', () => {
    const text = ['The fever was lower at the second visit, as shown in', 'Table 2. We also asked the parents how they read it.'].join('\n');
    expect(extractCaptions(tracked(text), true).captions).toEqual([]);
    expect(extractCaptions(tracked(text), true).prose.text).toBe(text);
    // not marked, a caption may interrupt any sentence; marked, under a word cut at the line's end, or a closed line, it is a caption
    expect(extractCaptions(tracked(text)).captions.map((c) => c.label)).toEqual(['Table 2']);
    const cut = ['The fever was lower in most of the chil-', 'Table 2. Temperature by day', '', 'dren seen at home.'].join('\n');
    expect(extractCaptions(tracked(cut), true).captions.map((c) => c.label)).toEqual(['Table 2']);
    const closed = ['The fever was lower at the second visit.', 'Table 2. Temperature by day'].join('\n');
    expect(extractCaptions(tracked(closed), true).captions.map((c) => c.label)).toEqual(['Table 2']);
  });

  it('takes out captions that interrupt a sentence, with their broken-off pieces', () => {
    const text = [
      'The fact that it was associated with collagenosis and that there were',
      '',
      'FIGURE 4: X-ray of the same lesion shown in Figure 3',
      '',
      'FIGURE 5: Skin with intense inflammatory infiltrate (hematoxylin-eosin,',
      '',
      'magnification x40)',
      '',
      'FIGURE 6: In this other section, note the extensive area of calcifica-',
      'tion at a greater depth',
      '',
      '',
      'no abnormalities in calcium metabolism characterizes',
      'the condition as dystrophic calcinosis. In agreement',
      'with cases reported in the literature.',
    ].join('\n');
    const { prose, captions } = extractCaptions(tracked(text));
    expect(captions.map((c) => c.label)).toEqual(['FIGURE 4', 'FIGURE 5', 'FIGURE 6']);
    expect(captions[1]!.text.text).toBe('Skin with intense inflammatory infiltrate (hematoxylin-eosin,\n\nmagnification x40)');
    expect(captions[2]!.text.text).toBe('In this other section, note the extensive area of calcifica-\ntion at a greater depth');
    expect(prose.text).not.toMatch(/FIGURE|magnification/);
    expect(prose.text).toContain('that there were');
    expect(prose.text).toContain('no abnormalities in calcium metabolism');
  });

  it('keeps a short continuation between two captions with the first', () => {
    const text = 'FIGURE 1: Plaques with telangiectasias and\n\nlivedo reticularis on the buttocks\n\nFIGURE 2: Ulcerated lesion';
    const { captions, prose } = extractCaptions(tracked(text));
    expect(captions.map((c) => c.text.text)).toEqual(['Plaques with telangiectasias and\n\nlivedo reticularis on the buttocks', 'Ulcerated lesion']);
    expect(prose.text.trim()).toBe('');
  });

  it('knows Portuguese labels and reports a repeated label', () => {
    const { captions, notes } = extractCaptions(tracked('Texto.\nTabela 1 - Exames laboratoriais.\n\nTabela 1 - Outra.\nMais texto.'));
    expect(captions.map((c) => c.label)).toEqual(['Tabela 1', 'Tabela 1']);
    expect(notes.map((n) => n.rule)).toEqual(['duplicate-caption']);
  });

  it('does not take prose that mentions a figure', () => {
    const { captions } = extractCaptions(tracked('Figure 3 shows the lesion.\nAs seen in\nFigure 2 the plaques'));
    expect(captions).toHaveLength(0);
  });

  it('leaves a finished caption alone and the prose after it', () => {
    const { captions, prose } = extractCaptions(tracked('FIGURE 2: Hand x-ray.\n\nThe patient improved.'));
    expect(captions).toHaveLength(1);
    expect(prose.text).toContain('The patient improved.');
  });
});

describe('caption labels', () => {
  it('opens a caption with a plural label, in both languages', () => {
    for (const [line, label] of [
      ['Tabelas 4. Variáveis preditoras da funcionalidade familiar', 'Tabelas 4'],
      ['Tables 4. Predictor variables of family functionality', 'Tables 4'],
      ['Figuras 2 - Distribuição dos casos', 'Figuras 2'],
    ] as Array<[string, string]>) {
      const { captions, prose } = extractCaptions(tracked(`The score was high.\n\n${line}\n\nIt fell later.`));
      expect(captions.map((c) => c.label)).toEqual([label]);
      expect(prose.text).not.toContain(line.slice(0, 12));
    }
  });

  it('leaves a line that names a range of figures in prose', () => {
    const text = 'The score was high.\nFigures 1-3 show the scores by age.';
    expect(extractCaptions(tracked(text)).captions).toEqual([]);
    expect(captionLabel('Figures 1-3 show the scores by age.')).toBeUndefined();
    expect(captionLabel('Figure 1 - Scores by age')).toBe('Figure 1');
  });
});
