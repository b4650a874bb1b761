import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import type { Entity, Lang } from '../../src/types.js';

/* How a lexicon acronym's case, and an English long form's adjectives, decide what is found. */

const named = (text: string, lang: Lang) => extractEntities(text, lang).map((e: Entity) => ({ text: e.text, type: e.type, code: e.code }));

describe('lexicon acronyms with a hyphenated number', () => {
  it('are found in any case, as the same diagnosis', () => {
    const capitals = named('Two nurses had COVID-19 in May.', 'en');
    expect(capitals).toContainEqual({ text: 'COVID-19', type: 'diagnosis', code: 'ICD10:U07.1' });
    for (const written of ['Covid-19', 'covid-19']) {
      expect(named(`Two nurses had ${written} in May.`, 'en')).toContainEqual({ text: written, type: 'diagnosis', code: 'ICD10:U07.1' });
      expect(named(`Duas enfermeiras tiveram ${written} em maio.`, 'pt')).toContainEqual({ text: written, type: 'diagnosis', code: 'ICD10:U07.1' });
    }
  });

  it('other acronyms keep their case: `Sle` and `Hiv` are not SLE and HIV', () => {
    expect(named('The SLE flare and HIV were noted.', 'en').map((e) => e.text)).toEqual(expect.arrayContaining(['SLE', 'HIV']));
    expect(named('The Sle flare and Hiv were noted.', 'en').map((e) => e.text)).not.toEqual(expect.arrayContaining(['Sle']));
    expect(named('The Sle flare and Hiv were noted.', 'en').map((e) => e.text)).not.toContain('Hiv');
  });
});

describe('an English long form with an -ory adjective', () => {
  it('defines its abbreviation as the Portuguese one does', () => {
    const en = named('Nurses with severe acute respiratory syndrome (SARS) were isolated.', 'en');
    const pt = named('Enfermeiras com síndrome respiratória aguda grave (SRAG) foram isoladas.', 'pt');
    expect(pt.map((e) => e.text)).toEqual(expect.arrayContaining(['síndrome respiratória aguda grave', 'SRAG']));
    expect(en).toEqual(expect.arrayContaining([
      { text: 'severe acute respiratory syndrome', type: 'diagnosis', code: undefined },
      { text: 'SARS', type: 'diagnosis', code: undefined },
    ]));
  });

  it('but a noun of that ending is no modifier: `laboratory abnormalities`, `history`', () => {
    expect(named('Laboratory abnormalities were mild.', 'en').map((e) => e.text)).not.toContain('Laboratory abnormalities');
    expect(named('A family history syndrome was ruled out.', 'en').map((e) => e.text)).not.toContain('history syndrome');
  });
});
