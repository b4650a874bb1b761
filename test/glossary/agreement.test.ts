import { describe, expect, it } from 'vitest';
import { agreeingPhrase } from '../../src/glossary/agreement.js';

describe('Portuguese noun phrases agreeing inside', () => {
  it('puts a plural adjective after singular nouns in the singular', () => {
    expect(agreeingPhrase('espasmo infantis', 'infantile spasm')).toBe('espasmo infantil');
    expect(agreeingPhrase('sling miduretrais', 'midurethral sling')).toBe('sling miduretral');
    expect(agreeingPhrase('serviço de vacinação acessíveis', 'accessible vaccination service')).toBe('serviço de vacinação acessível');
    expect(agreeingPhrase('paralisia cerebral infantis', 'infantile cerebral palsy')).toBe('paralisia cerebral infantil');
  });

  it('leaves what agrees with a plural noun, nouns after a connector and forms both languages write', () => {
    expect(agreeingPhrase('fatores de risco cardiovasculares', 'cardiovascular risk factors')).toBe('fatores de risco cardiovasculares');
    expect(agreeingPhrase('doença de células falciformes', 'sickle cell disease')).toBe('doença de células falciformes');
    expect(agreeingPhrase('contagem de plaquetas', 'platelet count')).toBe('contagem de plaquetas');
    expect(agreeingPhrase('Microsporum canis', 'Microsporum canis')).toBe('Microsporum canis');
    expect(agreeingPhrase('doença pulmonar obstrutiva crônica', 'chronic obstructive pulmonary disease')).toBe('doença pulmonar obstrutiva crônica');
  });
});
