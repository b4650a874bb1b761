import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/entities/tokens.js';
import { fold, FormQuestion, tokenize, wordKey } from '../../src/entities/tokens.js';

describe('tokens and keys', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Anti-Jo-1 e lúpus (LES).';
    for (const t of tokenize(text, 'pt')) expect(text.slice(t.start, t.end).normalize('NFKC')).toBe(t.text);
  });

  it('folds accents, case and lookalike forms', () => {
    expect(fold('Lúpus Eritematoso SISTÊMICO')).toBe('lupus eritematoso sistemico');
    expect(fold('ｅｓｒ')).toBe('esr');
  });

  it('folds Portuguese number and English plural/British spelling', () => {
    expect(wordKey('complicacoes', 'pt')).toBe(wordKey('complicacao', 'pt'));
    expect(wordKey('sistemicas', 'pt')).toBe('sistemica');
    expect(wordKey('renais', 'pt')).toBe('renal');
    expect(wordKey('dermatites', 'pt')).toBe('dermatite');
    expect(wordKey('tumours', 'en')).toBe(wordKey('tumor', 'en'));
    expect(wordKey('anaemia', 'en')).toBe('anemia');
    expect(wordKey('bisphosphonates', 'en')).toBe('bisphosphonate');
    // -is and -us words are not plurals.
    expect(wordKey('arthritis', 'en')).toBe('arthritis');
    expect(wordKey('lupus', 'en')).toBe('lupus');
  });
});

describe('tokenize with remembered word forms', () => {
  // The plain definitions the remembered forms and the ASCII shortcut must agree with.
  const plainFold = (s: string) => s.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  const plain = (text: string, lang: 'en' | 'pt') =>
    [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu)].map((m) => {
      const nf = m[0].normalize('NFKC');
      const lower = plainFold(nf);
      const word = /[\p{L}\p{N}]/u.test(nf);
      return { start: m.index, end: m.index + m[0].length, text: nf, lower, key: word ? wordKey(lower, lang) : lower, word };
    });
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom('Lúpus', 'LES', 'ﬁbrose', 'ｅｓｒ', 'doenças', 'tumours', "Crohn's", 'Crohn’s', "'", '’', 'A-T', '1,5', 'mg/dL', '(', ' ', '\n', '\t', '\u00a0', '\u2009', 'e\u0301', 'x²', '𝐀b', 'Na⁺', '\u0007'), { maxLength: 20 }).map((w) => w.join('')),
    fc.array(fc.constantFrom('Lúpus', 'LES', "Crohn's", 'A-T', '1,5', 'mg/dL', '(', '\n'), { maxLength: 20 }).map((w) => w.join(' ')),
  );

  it('gives the tokens folding each word afresh would give, the first time and again', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'pt' as const), (s, lang) => {
        const expected = plain(s, lang);
        // The written form a token shares carries the same fields, and what depends on them alone.
        const read = (tokens: Token[]) =>
          tokens.map(({ form, ...t }) => {
            expect(form).toMatchObject({ text: t.text, lower: t.lower, key: t.key, word: t.word, lang });
            expect(form.letter).toBe(/\p{L}/u.test(t.text));
            expect(form.letters).toBe(/^\p{L}+$/u.test(t.text));
            return t;
          });
        expect(read(tokenize(s, lang))).toEqual(expected);
        expect(read(tokenize(s, lang))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keys a word by the language it is read in', () => {
    expect(tokenize('doenças renais', 'pt').map((t) => t.key)).toEqual(['doenca', 'renal']);
    expect(tokenize('doenças renais', 'en').map((t) => t.key)).toEqual(['doencas', 'renais']);
  });

  it('answers a question once per written form, and afresh in the other language', () => {
    const asked: string[] = [];
    const question = new FormQuestion((t: Token, lang) => {
      asked.push(`${t.text}:${lang}`);
      return t.text.length > 3 ? t.key : undefined;
    });
    const [a, b, c] = tokenize('Tumours tumours Tumours', 'en');
    expect([question.of(a!, 'en'), question.of(b!, 'en'), question.of(c!, 'en')]).toEqual(['tumor', 'tumor', 'tumor']);
    expect(asked).toEqual(['Tumours:en', 'tumours:en']);
    // A form read in English is no Portuguese form: its answer there is not remembered with it.
    question.of(a!, 'pt');
    question.of(a!, 'pt');
    expect(asked).toEqual(['Tumours:en', 'tumours:en', 'Tumours:pt', 'Tumours:pt']);
    // No answer is remembered as none.
    const [x, y] = tokenize('IgG IgG', 'en');
    expect([question.of(x!, 'en'), question.of(y!, 'en')]).toEqual([undefined, undefined]);
    expect(asked.filter((q) => q === 'IgG:en')).toHaveLength(1);
  });

  it('folds ASCII and other text alike', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => fold(s) === plainFold(s)));
  });
});
