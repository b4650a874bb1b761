import { describe, expect, it } from 'vitest';
import { countSpellings, droppedHyphenAt, lazySpellings, restoreDroppedHyphens } from '../../src/clean/dropped-hyphens.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { dictionaryFor } from '../../src/lang/dictionary.js';
import { tracked } from '../../src/clean/tracked.js';
import type { Block } from '../../src/types.js';

const en = dictionaryFor('en');
const pt = dictionaryFor('pt');

/** A column of `n` lines of about 48 characters, as plain pdftotext writes one. */
const column = (n: number, filler = 'the nurses wrote down what each patient said then') => Array.from({ length: n }, () => filler);

/** Plain pdftotext: a line that ended in `-` runs on into the next, with neither the hyphen nor the break. */
const plain = (lines: string[]) => lines.join('\n');

describe('dropped hyphens', () => {
  it('puts back a hyphen the document writes elsewhere, in a joined line only', () => {
    const text = plain([
      ...column(4),
      'Most of them had a self-reported diagnosis of the disease.',
      ...column(4),
      'the interviewers asked all of them whether a selfreported diagnosis had been given',
      ...column(2),
    ]);
    const spellings = countSpellings([text]);
    const out = restoreDroppedHyphens(tracked(text), en, [spellings]).text;
    expect(out).toContain('whether a self-reported diagnosis');
    // the same word at the start of a line of normal length is no join
    const early = plain([...column(9), 'selfreported by most of them, and then the nurses wrote', ...column(2)]);
    expect(restoreDroppedHyphens(tracked(early), en, [spellings]).text).toContain('selfreported by');
  });

  it('reads a line opening with a soft hyphen as the rest of the printed line above it', () => {
    // pdftotext cut the printed line `the interviewers asked almost all whether a self-` at its soft hyphen, then joined the next line
    const text = plain([
      ...column(4),
      'Most of them had a self-reported diagnosis of the disease.',
      ...column(4),
      'the interviewers asked al',
      '\u00AD most all whether a selfreported diagnosis had been given',
      ...column(2),
    ]);
    const out = restoreDroppedHyphens(tracked(text), en, [countSpellings([text])]).text;
    expect(out).toContain('whether a self-reported diagnosis');
  });

  it('reads a line a little longer than the column by the document spellings only', () => {
    // `… of the COVID-` joined to a paragraph's short last line `19 pandemic.`
    const text = plain([...column(8), 'COVID-19 was the subject of the study, and COVID-19 the cause.', ...column(2), 'and the nurses wrote down what they saw of the COVID19 pandemic.', ...column(2)]);
    const spellings = [countSpellings([text])];
    expect(restoreDroppedHyphens(tracked(text), en, spellings).text).toContain('of the COVID-19 pandemic');
    // the dictionary's rules ask for a line joined beyond doubt (`observase`, a Portuguese verb and its pronoun)
    const withSe = plain([...column(8), 'Trata-se de um estudo. Observou-se que', 'Notou-se', ...column(2), 'the nurses wrote down what each of them said observase now', ...column(2)]);
    expect(restoreDroppedHyphens(tracked(withSe), pt, [countSpellings([withSe])]).text).toContain('said observase now');
  });

  it('leaves a word the document also writes whole more often', () => {
    const spellings = countSpellings([plain([...column(8), 'a followup visit', 'a followup visit', 'a follow-up visit'])]);
    expect(droppedHyphenAt('followup', en, [spellings])).toBeUndefined();
  });

  it('reads codes with digits, and a word joined inside a hyphenated one', () => {
    const spellings = countSpellings([plain([...column(8), 'covid-19 and SARS-CoV-2 and face-to-face and 50-59'])]);
    expect(droppedHyphenAt('covid19', en, [spellings])).toBe(5);
    expect(droppedHyphenAt('SARSCoV-2', en, [spellings])).toBe(4);
    expect(droppedHyphenAt('face-toface', en, [spellings])).toBe(7);
    expect(droppedHyphenAt('5059', en, [spellings])).toBe(2);
    expect(droppedHyphenAt('0859', en, [spellings])).toBeUndefined();
  });

  it('counts soft hyphens as printed nowhere', () => {
    const spellings = countSpellings([plain([...column(8), 'co\u00ADvid-19 often'])]);
    expect(droppedHyphenAt('co\u00ADvid19', en, [spellings])).toBe(6);
  });

  it('splits a Portuguese verb from its pronoun when the document hyphenates that pronoun', () => {
    const withSe = countSpellings([plain([...column(8), 'Trata-se de um estudo. Observou-se que', 'Notou-se'])]);
    expect(droppedHyphenAt('Ressaltase', pt, [withSe])).toBe(8);
    const without = countSpellings([plain(column(8))]);
    expect(droppedHyphenAt('Ressaltase', pt, [without])).toBeUndefined();
    // a word the dictionary knows stays whole
    expect(droppedHyphenAt('pesquisa', pt, [withSe])).toBeUndefined();
  });

  it('puts back a year range', () => {
    expect(droppedHyphenAt('17071778', undefined, [])).toBe(4);
    expect(droppedHyphenAt('14022022', undefined, [])).toBeUndefined();
  });

  it('does nothing to text not wrapped in a column (one paragraph a line)', () => {
    const paragraphs = ['A self-reported diagnosis.', 'Short.', `${'A very long paragraph of prose '.repeat(8)}with a selfreported diagnosis in it.`].join('\n');
    expect(restoreDroppedHyphens(tracked(paragraphs), en, [countSpellings([paragraphs])]).text).toBe(paragraphs);
  });

  it('reads every word of a title, by the document spellings only', () => {
    const body = plain([...column(8), 'covid-19 in children; covid-19 in adults']);
    const title = 'Vaccines against covid19 in children';
    const spellings = countSpellings([body, title]);
    expect(restoreDroppedHyphens(tracked(title), undefined, [spellings], { title: true }).text).toBe('Vaccines against covid-19 in children');
    expect(restoreDroppedHyphens(tracked(title), undefined, [spellings]).text).toBe(title);
  });

  it('counts a word the document writes with U+2010 or U+2011 as hyphenated', () => {
    const spellings = countSpellings([plain([...column(8), 'covid\u201019 in children and SARS\u2011CoV\u20112 in adults'])]);
    expect(spellings.get('covid-19')).toBe(1);
    expect(droppedHyphenAt('covid19', en, [spellings])).toBe(5);
    expect(droppedHyphenAt('SARSCoV-2', en, [spellings])).toBe(4);
  });

  it('counts no spellings for a title none of whose words the document writes with a hyphen', () => {
    const body = plain([...column(8), 'covid-19 in children; covid-19 in adults']);
    let counted = 0;
    const lookup = lazySpellings([body]);
    const spy = { get: (word: string) => (counted++, lookup.get(word)), writes: lookup.writes };
    expect(restoreDroppedHyphens(tracked('Vaccines for children at home'), undefined, [spy], { title: true }).text).toBe('Vaccines for children at home');
    expect(counted).toBe(0);
    expect(restoreDroppedHyphens(tracked('Vaccines against covid19 in children'), undefined, [spy], { title: true }).text).toBe('Vaccines against covid-19 in children');
    expect(counted).toBeGreaterThan(0);
  });

  it('runs in clean, before the unicode step, with offsets into the source', () => {
    const text = plain([...column(4), 'Most of them had a self-reported diagnosis of the disease.', ...column(4), 'the interviewers asked all of them whether a selfreported diagnosis had been given', ...column(2)]);
    const block: Block = { lang: 'en', part: 'body', section: '', text, start: 0, end: text.length };
    const cleaned = cleanDocument([block]);
    expect(cleaned.text.en).toContain('whether a self-reported diagnosis');
  });
});
