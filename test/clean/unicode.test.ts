import { describe, expect, it } from 'vitest';
import { tracked } from '../../src/clean/tracked.js';
import {
  composeAccents,
  dropReplacementCharacters,
  expandLigatures,
  fixMojibake,
  normalizeLineEnds,
  normalizeSpaces,
  normalizeUnicode,
  plainHyphens,
  removeFootnoteMark,
} from '../../src/clean/unicode.js';

const text = (s: string, f: (t: ReturnType<typeof tracked>) => { text: string }) => f(tracked(s)).text;

describe('unicode repairs', () => {
  it('turns CRLF and CR into LF', () => {
    expect(text('a\r\nb\rc', normalizeLineEnds)).toBe('a\nb\nc');
  });

  it('expands ligatures', () => {
    expect(text('ﬁbrous ﬂuid eﬀect', expandLigatures)).toBe('fibrous fluid effect');
  });

  it('turns NBSP into a space and drops soft hyphens and zero-width characters', () => {
    expect(text('35\u00A0U/L', normalizeSpaces)).toBe('35 U/L');
    expect(text('calci\u00ADnosis', normalizeSpaces)).toBe('calcinosis');
    expect(text('calci\u00AD\nnosis', normalizeSpaces)).toBe('calcinosis');
    expect(text('a\u200Bb\uFEFF', normalizeSpaces)).toBe('ab');
  });

  it('takes the blanks pdftotext sets beside a soft hyphen, but not the line end after a hyphen', () => {
    expect(text('diab\n\u00AD etes', normalizeSpaces)).toBe('diabetes');
    expect(text('associad      \u00ADo', normalizeSpaces)).toBe('associado');
    expect(text('mecha\u2010\u00AD\nnisms', normalizeSpaces)).toBe('mecha\u2010\nnisms');
  });

  it('writes the hyphens U+2010 and U+2011 as -, so a word broken at a line end is joined', () => {
    expect(text('paci\u2010\nentes anti\u2011RNP', plainHyphens)).toBe('paci-\nentes anti-RNP');
    expect(normalizeUnicode(tracked('mecha\u2010\u00AD\nnisms')).tracked.text).toBe('mecha-\nnisms');
  });

  it('composes decomposed accents', () => {
    expect(text('siste\u0302mico', composeAccents)).toBe('sistêmico');
    expect(text('lu\u0301pus', composeAccents)).toBe('lúpus');
  });

  it('repairs mojibake and says so', () => {
    const r = fixMojibake(tracked('deposiÃ§Ã£o de sais de cÃ¡lcio â€“ patientâ€™s'));
    expect(r.tracked.text).toBe('deposição de sais de cálcio – patient’s');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.rule).toBe('mojibake');
  });

  it('leaves real accented text alone', () => {
    const s = 'É classificada; Ângulo; à esquerda; Ü°';
    expect(fixMojibake(tracked(s)).tracked.text).toBe(s);
  });

  it('drops trailing replacement characters and reports inner ones', () => {
    const end = dropReplacementCharacters(tracked('in some cases. \uFFFD\n'));
    expect(end.tracked.text).toBe('in some cases.');
    const inner = dropReplacementCharacters(tracked('c\uFFFDlcio'));
    expect(inner.tracked.text).toBe('c\uFFFDlcio');
    expect(inner.notes[0]!.rule).toBe('replacement-character');
  });

  it('removes the footnote mark after a title', () => {
    expect(removeFootnoteMark(tracked('an exuberant case*')).tracked.text).toBe('an exuberant case');
    expect(removeFootnoteMark(tracked('Lupus: a review†')).tracked.text).toBe('Lupus: a review');
    expect(removeFootnoteMark(tracked('Plain title')).notes).toHaveLength(0);
  });

  it('runs all repairs with offsets into the source', () => {
    const r = normalizeUnicode(tracked('Calcinose cutÃ¢nea\r\nﬁm', 100));
    expect(r.tracked.text).toBe('Calcinose cutânea\nfim');
    expect(r.tracked.src[r.tracked.text.indexOf('\n') + 1]).toBe(100 + 'Calcinose cutÃ¢nea\r\n'.length);
  });
});
