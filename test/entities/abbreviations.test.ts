import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbbreviationDef } from '../../src/entities/abbreviations.js';
import { findDefinitions, findShortForms } from '../../src/entities/abbreviations.js';
import { extractEntities } from '../../src/entities/extract.js';

const def = (short: string): AbbreviationDef => ({ short, long: `long ${short}`, type: 'diagnosis', normalized: `long ${short}` });

describe('short forms of defined abbreviations', () => {
  it('finds a short form as a whole word only, outside taken spans', () => {
    const text = 'APC, APCs, pre-APC, APC-like, APC-2, (APC) and APC.';
    const found = findShortForms(text, new Map([['APC', def('APC')]]), [{ start: 0, end: 3 }]);
    expect(found.map((e) => text.slice(e.start, e.end) === 'APC' && e.start)).toEqual([text.indexOf('APC-2'), text.indexOf('(APC)') + 1, text.lastIndexOf('APC')]);
    expect(found.every((e) => e.expansion === 'long APC' && e.type === 'diagnosis')).toBe(true);
  });

  // The definition as a regex: no letter, digit or hyphen before; no letter, digit or hyphen-and-letter after.
  const plain = (text: string, defs: Map<string, AbbreviationDef>, taken: Array<{ start: number; end: number }>) => {
    const out: Array<{ start: number; end: number }> = [];
    for (const d of defs.values()) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${d.short}(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu'))) {
        const start = m.index;
        const end = start + d.short.length;
        if (taken.some((t) => t.start < end && start < t.end) || out.some((t) => t.start < end && start < t.end)) continue;
        out.push({ start, end });
      }
    }
    return out;
  };

  it('agrees with the whole-word regex, astral letters and hyphens included', () => {
    const piece = fc.constantFrom('AT', 'A-T', 'ATA', 'LES', 'LES2', '-', ' ', '(', ')', 'a', '1', 'é', '𝐀', '\u{1F600}', 'x-', '-y', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(60), fc.nat(6)), { maxLength: 3 }), (pieces, spans) => {
        const text = pieces.join('');
        const defs = new Map(['AT', 'A-T', 'LES'].map((s) => [s, def(s)]));
        const taken = spans.map(([start, n]) => ({ start, end: start + n }));
        expect(findShortForms(text, defs, taken).map((e) => ({ start: e.start, end: e.end }))).toEqual(plain(text, defs, taken));
      }),
      { numRuns: 500 },
    );
  });

  it('needs the first letter of the short form to begin a word of the long form', () => {
    const text = 'systemic lupus erythematosus (SLE) and SLE';
    const entities = extractEntities(text, 'en');
    expect(entities.filter((e) => e.text === 'SLE')).toHaveLength(2);
    expect(findDefinitions('marked hypoplasia (MH)', [{ start: 0, end: 17, text: 'marked hypoplasia', type: 'diagnosis', negated: false, normalized: 'marked hypoplasia' }], 'en').map((d) => d.short)).toEqual(['MH']);
    expect(findDefinitions('hypoplasia (YP)', [{ start: 0, end: 10, text: 'hypoplasia', type: 'diagnosis', negated: false, normalized: 'hypoplasia' }], 'en')).toEqual([]);
  });

  it('gives an agent named after a disease no diagnosis, and its infection one', () => {
    // An invented agent: the disease name runs on into the name of the virus it is abbreviated with.
    const text = 'The agent, Chronic Wasting Syndrome Rotavirus 4 (CWS-RV-4), was sequenced; CWS-RV-4 RNA was found, and CWS-RV-4 infection was rare.';
    const found = extractEntities(text, 'en').map((e) => `${e.type}:${e.text}`);
    expect(found.filter((m) => m.includes('CWS-RV-4'))).toEqual(['diagnosis:CWS-RV-4 infection']);
    expect(findDefinitions(text, extractEntities(text, 'en'), 'en')).toEqual([]);
    const pt = 'O agente, Síndrome Nefrótica Rotavírus 4 (SNR-4), foi sequenciado; o SNR-4 é raro.';
    expect(extractEntities(pt, 'pt').filter((e) => e.text.includes('SNR-4'))).toEqual([]);
  });

  it('reads PCR by the language unless the document defines it', () => {
    const pcr = (text: string, lang: 'en' | 'pt') => extractEntities(text, lang).filter((e) => e.text === 'PCR').map((e) => e.normalized);
    expect(pcr('PCR was positive for the virus.', 'en')).toEqual(['polymerase chain reaction']);
    expect(pcr('C-reactive protein (PCR) was high; PCR fell later.', 'en')).toEqual(['C-reactive protein', 'C-reactive protein']);
    expect(pcr('A PCR era de 40 mg/L.', 'pt')).toEqual(['C-reactive protein']);
    expect(pcr('A reação em cadeia da polimerase (PCR) foi feita; a PCR foi positiva.', 'pt')).toEqual(['polymerase chain reaction', 'polymerase chain reaction']);
  });

  it('reads undefined English PCR with a mass concentration as C-reactive protein', () => {
    const pcr = (text: string) => extractEntities(text, 'en').filter((e) => e.text === 'PCR');
    expect(pcr('On admission PCR 120 mg/L and leukocytosis.')).toMatchObject([{ normalized: 'C-reactive protein', value: '120' }]);
    expect(pcr('PCR was 8 mg/dL.')).toMatchObject([{ normalized: 'C-reactive protein' }]);
    expect(pcr('PCR was positive for the virus.')).toMatchObject([{ normalized: 'polymerase chain reaction' }]);
  });
});
