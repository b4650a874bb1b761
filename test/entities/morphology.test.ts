import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diseaseSuffix, drugStem, Endings, examinationSuffix, formationOf, isDiseaseHead, isDiseaseLookAlike, isDiseaseModifier, isFinding, procedureSuffix } from '../../src/entities/morphology.js';
import { tokenize } from '../../src/entities/tokens.js';

const tok = (w: string, lang: 'en' | 'pt' = 'en') => tokenize(w, lang)[0]!;

describe('word formation', () => {
  it('recognises INN stems with enough length', () => {
    expect(drugStem(tok('obinutuzumab'), 'en')?.drugClass).toBe('monoclonal antibody');
    expect(drugStem(tok('fosinopril'), 'en')?.atc).toBe('C09A');
    expect(drugStem(tok('bisoprolol'), 'en')?.drugClass).toMatch(/beta/);
    expect(drugStem(tok('ab'), 'en')).toBeUndefined();
    expect(drugStem(tok('april'), 'en')).toBeUndefined();
  });

  it('recognises disease suffixes but not look-alikes', () => {
    expect(diseaseSuffix(tok('glomerulitis'), 'en')).toBe(true);
    expect(diseaseSuffix(tok('diagnosis'), 'en')).toBe(false);
    expect(diseaseSuffix(tok('nefropatia', 'pt'), 'pt')).toBe(true);
    expect(diseaseSuffix(tok('limite', 'pt'), 'pt')).toBe(false);
    expect(diseaseSuffix(tok('sintoma', 'pt'), 'pt')).toBe(false);
    // Feelings, schools and outbreaks of the same endings are no diseases.
    expect(diseaseSuffix(tok('empathy'), 'en')).toBe(false);
    expect(diseaseSuffix(tok('neuropathy'), 'en')).toBe(true);
    for (const w of ['empatia', 'academia', 'pandemia', 'epidemias', 'genomas']) expect(diseaseSuffix(tok(w, 'pt'), 'pt')).toBe(false);
    expect(diseaseSuffix(tok('leucemia', 'pt'), 'pt')).toBe(true);
    expect(isDiseaseLookAlike('Diagnosis', 'en')).toBe(true);
    expect(isDiseaseLookAlike('arthritis', 'en')).toBe(false);
  });

  it('knows head nouns (in any number) and modifiers', () => {
    expect(isDiseaseHead(tok('syndromes'), 'en')).toBe(true);
    expect(isDiseaseHead(tok('doenças', 'pt'), 'pt')).toBe(true);
    expect(isDiseaseModifier(tok('renal'), 'en', false)).toBe(true);
    expect(isDiseaseModifier(tok("Crohn's"), 'en', true)).toBe(true);
    expect(isDiseaseModifier(tok('several'), 'en', true)).toBe(false);
  });
});

describe('endings looked up by length', () => {
  // The plain rule: longest ending first (the order added among equal lengths), the first the word ends with and is long enough for.
  const plainFind = (entries: Array<[string, number, number]>, word: string) =>
    [...entries].sort((a, b) => b[0].length - a[0].length).find(([ending, minLength]) => word.length >= minLength && word.endsWith(ending))?.[2];

  it('finds what trying every ending in turn finds', () => {
    const letters = fc.stringMatching(/^[aeilostx]{0,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(letters, fc.integer({ min: 0, max: 9 })), { maxLength: 30 }), fc.array(fc.stringMatching(/^[aeilostx]{0,10}$/), { maxLength: 30 }), (rules, words) => {
        const entries = rules.map(([e, n], k): [string, number, number] => [e, n, k]);
        const endings = new Endings<number>();
        for (const [e, n, k] of entries) endings.add(e, n, k);
        for (const w of words) {
          expect(endings.find(w)).toBe(plainFind(entries, w));
          expect(endings.has(w)).toBe(plainFind(entries, w) !== undefined);
        }
      }),
    );
  });

  it('prefers the longer INN stem', () => {
    // `-mabe` (DCB) is longer than `-mab` and needs more letters.
    expect(drugStem(tok('rituximabe', 'pt'), 'pt')?.stem).toBe('mabe');
    expect(drugStem(tok('rituximab'), 'en')?.stem).toBe('mab');
  });
});

describe('formation of a word, remembered', () => {
  const plain = (t: ReturnType<typeof tok>, lang: 'en' | 'pt') => {
    const stem = drugStem(t, lang);
    if (stem) return { kind: 'stem', stem };
    if (examinationSuffix(t, lang)) return { kind: 'examination' };
    if (procedureSuffix(t, lang)) return { kind: 'procedure' };
    if (diseaseSuffix(t, lang)) return { kind: 'disease' };
    if (isFinding(t, lang)) return { kind: 'finding' };
    if (isDiseaseHead(t, lang)) return { kind: 'head' };
    return undefined;
  };
  const words = fc.oneof(
    fc.stringMatching(/^[a-zçãéíóúâêô-]{1,16}$/),
    fc.constantFrom('colposcopia', 'bronchoscopy', 'apendicectomia', 'vasculitis', 'nefropatia', 'oclusão', 'intercorrências', 'syndromes', 'doenças', 'rituximabe', 'fosinopril', 'limite', 'April', 'LES'),
  );

  it('is the first rule that holds, asked once or again', () => {
    fc.assert(
      fc.property(words, fc.constantFrom('en' as const, 'pt' as const), (w, lang) => {
        const t = tokenize(w, lang)[0];
        if (!t?.word) return;
        expect(formationOf(t, lang)).toEqual(plain(t, lang));
        expect(formationOf(t, lang)).toEqual(plain(t, lang));
      }),
      { numRuns: 500 },
    );
  });

  it('names each kind', () => {
    expect(formationOf(tok('fosinopril'), 'en')).toMatchObject({ kind: 'stem' });
    expect(formationOf(tok('colposcopia', 'pt'), 'pt')).toEqual({ kind: 'examination' });
    expect(formationOf(tok('apendicectomia', 'pt'), 'pt')).toEqual({ kind: 'procedure' });
    expect(formationOf(tok('vasculitis'), 'en')).toEqual({ kind: 'disease' });
    expect(formationOf(tok('intercorrências', 'pt'), 'pt')).toEqual({ kind: 'finding' });
    expect(formationOf(tok('syndromes'), 'en')).toEqual({ kind: 'head' });
    expect(formationOf(tok('several'), 'en')).toBeUndefined();
  });
});
