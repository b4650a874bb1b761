import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideHyphen, dehyphenate } from '../../src/clean/dehyphenate.js';
import { buildVocabulary, lazyVocabulary } from '../../src/lang/vocabulary.js';
import { dictionaryFor } from '../../src/lang/dictionary.js';
import { tracked } from '../../src/clean/tracked.js';

const en = dictionaryFor('en');
const pt = dictionaryFor('pt');
const fix = (s: string, dict = en, vocab = new Map<string, number>()) => dehyphenate(tracked(s), dict, vocab).tracked.text;

describe('dehyphenate', () => {
  it('joins words broken at a line end', () => {
    expect(fix('It is classi-\nfied into four')).toBe('It is classified into four');
    expect(fix('with dilti-\nazem and')).toBe('with diltiazem and');
    expect(fix('arms, but-\ntocks and')).toBe('arms, buttocks and');
    expect(fix('the for-\nmation of')).toBe('the formation of');
  });

  it('joins across a blank line', () => {
    expect(fix('idiopathic and iatro-\n\ngenic.')).toBe('idiopathic and iatrogenic.');
  });

  it('joins Portuguese words with the Portuguese dictionary', () => {
    expect(fix('muitas vezes, incapac-\nitante.', pt)).toBe('muitas vezes, incapacitante.');
    expect(fix('na der-\nmatomiosite', pt)).toBe('na dermatomiosite');
    expect(fix('desafios con-\nstantes', pt)).toBe('desafios constantes');
    expect(fix('lúpus eritem-\natoso', pt)).toBe('lúpus eritematoso');
  });

  it('joins a verb form cut before a syllable that is also a pronoun, where the dictionary knows the whole word', () => {
    // the Portuguese dictionary spells every verb form with each pronoun after it (`refle-te`), and knows `reflete` too
    expect(pt.has('refle-te') && pt.has('reflete')).toBe(true);
    expect(fix('o número não refle-\nte a realidade', pt)).toBe('o número não reflete a realidade');
    expect(fix('caso ele respondes-\nse a todas', pt)).toBe('caso ele respondesse a todas');
    // a pronoun after a verb whose joined form is no word keeps its hyphen
    expect(fix('caracteriza-\nse por febre', pt)).toBe('caracteriza-se por febre');
  });

  it('reads the Portuguese pronouns for Portuguese text only: an English compound before `se` keeps its hyphen', () => {
    // a dictionary that spells a word both whole and with a hyphen before a syllable that is a Portuguese pronoun
    const both = { has: (w: string) => w === 'wordse' || w === 'word-se' };
    expect(decideHyphen('word', 'se', both, new Map(), 'pt').decision).toBe('join');
    expect(decideHyphen('word', 'se', both, new Map(), 'en').decision).toBe('keep');
  });

  it('keeps hyphens that belong to the word', () => {
    expect(fix('multiple radio-\nopaque images')).toBe('multiple radio-opaque images');
    expect(fix('in the follow-\nup of')).toBe('in the follow-up of');
    expect(fix('anti-\nRNP and anti-Jo-\n1')).toBe('anti-RNP and anti-Jo-1');
    expect(fix('and TNF-\nalpha')).toBe('and TNF-alpha');
    expect(fix('(IL-\n6 and IL-1)')).toBe('(IL-6 and IL-1)');
    expect(fix('Caracteriza-\nse pela', pt)).toBe('Caracteriza-se pela');
    expect(fix('raised C-\nreactive protein')).toBe('raised C-reactive protein');
    expect(fix('Trinta-\ne-dois', pt)).toBe('Trinta-e-dois');
  });

  it('leaves a dash standing alone at a line end as punctuation', () => {
    expect(fix('Bem-Estar -\nversão')).toBe('Bem-Estar -\nversão');
  });

  it('lets the document vocabulary win over the dictionary', () => {
    const vocab = buildVocabulary(['a calcium-phosphate product and another calcium-phosphate salt']);
    expect(vocab.get('calcium-phosphate')).toBe(2);
    expect(fix('a calcium-\nphosphate', en, vocab)).toBe('a calcium-phosphate');
    const seen = buildVocabulary(['the hypervitaminosis was', 'hyper-\nvitaminosis']);
    expect(seen.get('hypervitaminosis')).toBe(1);
    expect(seen.has('vitaminosis')).toBe(false);
    expect(decideHyphen('hyper', 'vitaminosis', en, seen).decision).toBe('join');
  });

  it('joins a name or code the document spells whole, in either language, before the capital rules', () => {
    const english = buildVocabulary(['The 27 LACENs took part; Pfizer/BioNTech vaccines.']);
    const portuguese = buildVocabulary(['Os LACENs participaram.']);
    expect(decideHyphen('LA', 'CENs', pt, [new Map(), english]).decision).toBe('join');
    expect(decideHyphen('LA', 'CENs', pt, [portuguese, english]).decision).toBe('join');
    expect(decideHyphen('BioN', 'Tech', en, english).decision).toBe('join');
    // never seen whole: the capital still marks a name (anti-RNP)
    expect(decideHyphen('LA', 'CENs', pt, [new Map()]).decision).toBe('keep');
    // the block's own language is trusted first
    expect(decideHyphen('follow', 'up', en, [buildVocabulary(['a follow-up visit']), buildVocabulary(['o followup'])]).decision).toBe('keep');
  });

  it('counts words printed with soft hyphens and U+2010 as clean reads them', () => {
    const vocab = buildVocabulary(['the LA\u00ADCENs and the ther\u00ADa\u00ADpeu\u00ADtic ap\u2010\nproach; a follow\u2010up']);
    expect(vocab.get('lacens')).toBe(1);
    expect(vocab.get('therapeutic')).toBe(1);
    expect(vocab.get('ap')).toBeUndefined();
    expect(vocab.get('follow-up')).toBe(1);
  });

  it('counts a lazy vocabulary as buildVocabulary does, on its first look-up', () => {
    const counted = lazyVocabulary(['the hypervitaminosis was', 'hyper-\nvitaminosis', 'Calcium-phosphate']);
    expect(counted.get('calcium-phosphate')).toBe(1);
    expect(counted.get('vitaminosis')).toBeUndefined();
    const word = fc.stringMatching(/^[a-zé]{1,4}(?:-[a-z]{1,3})?$/);
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '-\n', '\n', ', ', 'É')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), word, (ts, w) => {
        expect(lazyVocabulary(ts).get(w)).toBe(buildVocabulary(ts).get(w));
      }),
    );
  });

  it('reports a join no dictionary can confirm', () => {
    const r = dehyphenate(tracked('the zqx-\nvwkp sign'), en);
    expect(r.tracked.text).toBe('the zqxvwkp sign');
    expect(r.notes[0]!.rule).toBe('dehyphenate');
  });

  it('keeps the source offsets of the joined word', () => {
    const r = dehyphenate(tracked('classi-\nfied', 50), en);
    expect(r.tracked.text).toBe('classified');
    expect(r.tracked.src[5]).toBe(55);
    expect(r.tracked.src[6]).toBe(58);
  });
});
