import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

const diagnoses = (text: string) =>
  extractEntities(text, 'en')
    .filter((e) => e.type === 'diagnosis')
    .map((e) => e.text);

describe('a diagnosis grown over the words before it', () => {
  it('takes a name a hyphen joins, with a number in a name in capitals', () => {
    expect(diagnoses('No XYZ-RV-4 infection was seen.')).toEqual(['XYZ-RV-4 infection']);
    expect(diagnoses('A type-2 infection was seen.')).toEqual(['infection']);
    // A one-letter label with a number is a day or a stage, not a name.
    expect(diagnoses('At day D-7 fever began.')).toEqual(['fever']);
    expect(diagnoses('No QX-4 infection was seen.')).toEqual(['QX-4 infection']);
  });

  it('stops at a dash between spaces', () => {
    expect(diagnoses('The known agent - Acute Respiratory Syndrome - spread.')).toEqual(['Acute Respiratory Syndrome']);
  });
});
