import { describe, expect, it } from 'vitest';
import { withinTypeLimits } from '../../src/glossary/type-limits.js';
import { entryType } from '../../src/glossary/guess-type.js';

describe('type limits', () => {
  it('types no adjective standing alone a diagnosis', () => {
    expect(withinTypeLimits('asthmatic', 'diagnosis')).toBe('term');
    expect(withinTypeLimits('epileptic', 'diagnosis')).toBe('term');
    // The noun stays a diagnosis; so does a phrase, whose head is a noun.
    expect(withinTypeLimits('asthma', 'diagnosis')).toBe('diagnosis');
    expect(withinTypeLimits('epileptic seizure', 'diagnosis')).toBe('diagnosis');
    // Through the entry's type, whatever the entities stage read.
    expect(entryType('asthmatic', 'diagnosis', false, 'asmático')).toBe('term');
  });

  it('types no diagnosis a head WordNet files only where no disease or finding is', () => {
    const typed = (key: string, en = key) => withinTypeLimits(key, 'diagnosis', en);
    // Only a group, a feeling, an act: no sense a state, process, event, attribute or phenomenon.
    for (const key of ['genome', 'empathy', 'paravertebral blockade']) expect(typed(key), key).toBe('term');
    // One sense where findings are filed is enough (`death`, `obesity`); so is a sense medicine's (`vomiting`, an act).
    // A number after the head is no noun of WordNet's (`1`, a quantity) here; a word WordNet lacks is left to the evidence.
    for (const key of ['death', 'obesity', 'vomiting', 'chronic hypertension', 'myotonic dystrophy type 1', 'multimorbidity']) {
      expect(typed(key), key).toBe('diagnosis');
    }
    // An acronym is no word WordNet lists in small letters (`ad`, an advertisement); a capital opening a sentence is no acronym.
    expect([typed('ad', 'AD'), typed('ad'), typed('genome', 'Genome')]).toEqual(['diagnosis', 'term', 'term']);
    // A name the disease lexicon codes stays a diagnosis, whatever WordNet files its head under.
    for (const key of ['coma', 'pleural effusion', 'bundle branch block', 'suicidal ideation']) expect(typed(key), key).toBe('diagnosis');
    // Other types are not this rule's; the termbase's type is curated.
    expect(withinTypeLimits('genome', 'lab', 'genome')).toBe('lab');
    expect([entryType('empathy', 'diagnosis', false, 'empatia', 'empathy'), entryType('empathy', 'diagnosis', true, 'empatia', 'empathy')]).toEqual(['term', 'diagnosis']);
  });

  it('types no act, state or process a drug', () => {
    expect(withinTypeLimits('vaccination', 'drug')).toBe('term');
    expect(withinTypeLimits('insulin therapy', 'drug')).toBe('term');
    expect(withinTypeLimits('chemotherapy', 'drug')).toBe('term');
    // Substances and artifacts stay drugs.
    expect(withinTypeLimits('insulin', 'drug')).toBe('drug');
    expect(withinTypeLimits('vaccine', 'drug')).toBe('drug');
    expect(withinTypeLimits('influenza vaccine', 'drug')).toBe('drug');
    expect(entryType('insulin therapy', 'drug', false, 'insulinoterapia')).toBe('term');
    // The termbase's type is curated.
    expect(entryType('insulin therapy', 'drug', true, 'insulinoterapia')).toBe('drug');
  });
});
