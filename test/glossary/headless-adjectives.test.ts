import { describe, expect, it } from 'vitest';
import { headlessAdjectives } from '../../src/glossary/headless-adjectives.js';
import { canonicalPortuguese, grammaticalGender } from '../../src/glossary/canonical.js';
import { singularTerm } from '../../src/glossary/dictionary-form.js';
import { inflect } from '../../src/glossary/forms.js';

describe('adjectives whose noun stayed out of the term', () => {
  it('puts them in the masculine singular where every example writes them after a feminine noun', () => {
    expect(headlessAdjectives('analgésica oral', 'oral analgesic', ['Foi prescrita medicação analgésica oral aos pacientes.'])).toBe('analgésico oral');
    expect(headlessAdjectives('inibidora', 'inhibitor', ['A proteína inibidora foi dosada.'])).toBe('inibidor');
  });

  it('leaves a noun spelled like a feminine adjective, and a side cut from its English noun', () => {
    expect(headlessAdjectives('clínica médica', 'medical clinic', ['Atendidos na clínica médica do hospital.'])).toBe('clínica médica');
    expect(headlessAdjectives('técnica cirúrgica', 'surgical technique', ['Uma técnica cirúrgica nova.', 'A técnica cirúrgica foi descrita.'])).toBe('técnica cirúrgica');
    // After a verb, not a noun.
    expect(headlessAdjectives('parada cardíaca', 'cardiac arrest', ['O paciente sofreu parada cardíaca.'])).toBe('parada cardíaca');
    // The English ends on a noun none of the Portuguese words stands for.
    expect(headlessAdjectives('renal crônica', 'chronic renal failure', ['Tinham insuficiência renal crônica.'])).toBe('renal crônica');
    // One example against: as written.
    expect(headlessAdjectives('analgésica oral', 'oral analgesic', ['Medicação analgésica oral foi dada.', 'A analgésica oral.'])).toBe('analgésica oral');
  });

  it('reads agent adjectives in -dora/-tora and the gender of -gião nouns', () => {
    expect(canonicalPortuguese('inibidora', 'adjective')).toBe('inibidor');
    expect(canonicalPortuguese('condutora', 'adjective')).toBe('condutor');
    expect(grammaticalGender('região')).toBe('feminine');
    expect(grammaticalGender('cirurgião')).toBe('masculine');
  });
});

describe('a loanword in -n', () => {
  it('comes to its -n singular beside an English singular', () => {
    expect(inflect('elétrons', false, true)).toBe('elétron');
    expect(inflect('homens', false, true)).toBe('homem');
    expect(singularTerm({ en: 'electron', pt: 'elétrons' })).toEqual({ en: 'electron', pt: 'elétron' });
    // Without the English singular, the rules as before.
    expect(inflect('elétrons', false)).toBe('elétrons');
  });
});
