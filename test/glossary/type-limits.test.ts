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
