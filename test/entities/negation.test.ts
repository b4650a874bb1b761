import { describe, expect, it } from 'vitest';
import { cueIndex, findCues, negatesAnaphor, scope, subjectOf } from '../../src/entities/negation.js';
import { tokenize } from '../../src/entities/tokens.js';

function at(text: string, lang: 'en' | 'pt', word: string) {
  const tokens = tokenize(text, lang);
  const hits = findCues(tokens, lang);
  const k = tokens.findIndex((t) => t.lower === word);
  return { scoped: scope(cueIndex(tokens, hits), k, k + 1), hits };
}

describe('negation and hedge cues', () => {
  it('reaches forward a few words, backward for post-cues', () => {
    expect(at('No clinical or laboratory signs of infection.', 'en', 'infection').scoped.negated).toBe(true);
    expect(at('Tuberculosis was ruled out.', 'en', 'tuberculosis').scoped.negated).toBe(true);
    expect(at('A tuberculose foi descartada.', 'pt', 'tuberculose').scoped.negated).toBe(true);
  });

  it('stops at termination terms, clause ends and beyond its reach', () => {
    expect(at('No fever but arthritis.', 'en', 'arthritis').scoped.negated).toBe(false);
    expect(at('No fever. Arthritis.', 'en', 'arthritis').scoped.negated).toBe(false);
    expect(at('No one in the family had seen the onset of the long and painful arthritis.', 'en', 'arthritis').scoped.negated).toBe(false);
  });

  it('lets a pseudo-cue win over the cue inside it', () => {
    expect(at('No increase in arthritis was seen.', 'en', 'arthritis').scoped.negated).toBe(false);
  });

  it('reads hedges and experiencers', () => {
    expect(at('Hipótese de vasculite.', 'pt', 'vasculite').scoped.uncertain).toBe(true);
    expect(subjectOf(findCues(tokenize('In the present case, lupus.', 'en'), 'en'))).toBe('patient');
    expect(subjectOf(findCues(tokenize('Calcinosis has been described in the literature.', 'en'), 'en'))).toBe('background');
  });

  it('detects a discarded anaphoric diagnosis', () => {
    expect(negatesAnaphor('Therefore, the possibility of this diagnosis was discarded.', 'en')).toBe(true);
    expect(negatesAnaphor('Esse diagnóstico foi descartado.', 'pt')).toBe(true);
    expect(negatesAnaphor('This diagnosis was confirmed.', 'en')).toBe(false);
  });

  it('keeps a negated adjective or participle to itself', () => {
    // The predicate is denied, not the mention after it.
    expect(at('The effect was not significant in arthritis.', 'en', 'arthritis').scoped.negated).toBe(false);
    expect(at('Nurses not trained in asthma care answered.', 'en', 'asthma').scoped.negated).toBe(false);
    expect(at('Há opções medicamentosas e não medicamentosas para a artrite.', 'pt', 'artrite').scoped.negated).toBe(false);
    expect(at('O efeito não foi estatisticamente significativo na artrite.', 'pt', 'artrite').scoped.negated).toBe(false);
    expect(at('Enfermeiros não treinados no cuidado da asma responderam.', 'pt', 'asma').scoped.negated).toBe(false);
  });

  it('still negates what a predicate says is absent, and a verb after an auxiliary', () => {
    expect(at('Patients not treated with warfarin were compared.', 'en', 'warfarin').scoped.negated).toBe(true);
    expect(at('The scan did not reveal arthritis.', 'en', 'arthritis').scoped.negated).toBe(true);
    expect(at('Doentes não tratados com varfarina.', 'pt', 'varfarina').scoped.negated).toBe(true);
    expect(at('Não foi prescrita varfarina.', 'pt', 'varfarina').scoped.negated).toBe(true);
    expect(at('Ela não tem artrite.', 'pt', 'artrite').scoped.negated).toBe(true);
    expect(at('No significant arthritis.', 'en', 'arthritis').scoped.negated).toBe(true);
    expect(at('Rashes were not severe and arthritis has not been reported.', 'en', 'arthritis').scoped.negated).toBe(true);
  });

  it('negates what a passive says was not given or found', () => {
    // The article `a` and the complement of `started on` are no predicate's preposition.
    expect(at('Não foi iniciada a varfarina.', 'pt', 'varfarina').scoped.negated).toBe(true);
    expect(at('Não foi identificada a anemia no controle.', 'pt', 'anemia').scoped.negated).toBe(true);
    expect(at('O doente não foi submetido a cirurgia.', 'pt', 'cirurgia').scoped.negated).toBe(true);
    expect(at('He was not started on warfarin.', 'en', 'warfarin').scoped.negated).toBe(true);
    expect(at('She was not switched to insulin.', 'en', 'insulin').scoped.negated).toBe(true);
    expect(at('They were not exposed to methotrexate.', 'en', 'methotrexate').scoped.negated).toBe(true);
  });

  it('negates each of a list of negated predicates, and what an absence predicate names', () => {
    expect(at('He was not hypertensive or diabetic.', 'en', 'diabetic').scoped.negated).toBe(true);
    expect(at('She was not obese, hypertensive or diabetic.', 'en', 'diabetic').scoped.negated).toBe(true);
    expect(at('Paciente não diabético ou hipertenso.', 'pt', 'hipertenso').scoped.negated).toBe(true);
    expect(at('Paciente não diabético nem hipertenso.', 'pt', 'hipertenso').scoped.negated).toBe(true);
    expect(at('Serology was not reactive for syphilis.', 'en', 'syphilis').scoped.negated).toBe(true);
    expect(at('Family history was not significant for diabetes.', 'en', 'diabetes').scoped.negated).toBe(true);
    expect(at('Sorologia não reagente para sífilis.', 'pt', 'sifilis').scoped.negated).toBe(true);
    // A list ends where no predicate follows.
    expect(at('The effect was not significant or relevant in arthritis.', 'en', 'arthritis').scoped.negated).toBe(false);
  });

  it('reads a report cue in a claim about the literature as no negation', () => {
    expect(at('To our knowledge, hepatitis induced by methotrexate has not been reported in children.', 'en', 'hepatitis').scoped.negated).toBe(false);
    expect(at('To our knowledge, hepatitis induced by methotrexate has not been reported in children.', 'en', 'methotrexate').scoped.negated).toBe(false);
    expect(at('Até onde sabemos, a hepatite por metotrexato não foi relatada em crianças.', 'pt', 'hepatite').scoped.negated).toBe(false);
    // Outside such a frame the cue still negates what comes before it.
    expect(at('Deaths have not been reported.', 'en', 'deaths').scoped.negated).toBe(true);
    expect(at('During follow-up, hepatitis has not been reported.', 'en', 'hepatitis').scoped.negated).toBe(true);
    expect(at('A hepatite não foi relatada no seguimento.', 'pt', 'hepatite').scoped.negated).toBe(true);
  });
});
