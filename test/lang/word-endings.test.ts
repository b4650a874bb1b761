import { describe, expect, it } from 'vitest';
import { language, wordEnding } from '../../src/lang/index.js';
import { ENDING_CLASSES } from '../../src/lang/monolingual.js';

describe('word endings by class', () => {
  it('lists endings for every class the code may ask for, in each language', () => {
    for (const lang of ['en', 'pt'] as const) {
      const listed = new Set(language(lang).wordEndings().map((g) => g.class));
      expect([...ENDING_CLASSES[lang]].filter((c) => !listed.has(c))).toEqual([]);
    }
  });

  it('matches a word by its ending only, with an -s after it where the group says so', () => {
    const adjective = wordEnding('pt', 'adjective');
    expect(['clínico', 'clínicos', 'renal', 'renais', 'possíveis'].every((w) => adjective.test(w))).toBe(true);
    expect(['casa', 'ícone', 'superiores'].some((w) => adjective.test(w))).toBe(false);
    expect(wordEnding('pt', 'relational-adjective').test('clínicos')).toBe(false);
  });

  it('leaves out the letter a group says its endings never follow', () => {
    const plural = wordEnding('pt', 'plural-verb');
    expect(['transmitem', 'intervêm', 'enfrentam'].every((w) => plural.test(w))).toBe(true);
    expect(['margem', 'abordagem'].some((w) => plural.test(w))).toBe(false);
  });

  it('reads a hyphen in an ending as written', () => {
    const verb = wordEnding('pt', 'verb-form');
    expect(['observa-se', 'fazê-lo', 'avaliando'].every((w) => verb.test(w))).toBe(true);
    expect(['classe', 'pulmonar'].some((w) => verb.test(w))).toBe(false);
  });

  it('tells a Latin adjective from a Greek-Latin noun in -is', () => {
    expect(wordEnding('en', 'latin-adjective').test('vulgaris')).toBe(true);
    expect(wordEnding('en', 'greek-latin-noun').test('vulgaris')).toBe(false);
    expect(wordEnding('en', 'greek-latin-noun').test('dermatitis')).toBe(true);
  });
});
