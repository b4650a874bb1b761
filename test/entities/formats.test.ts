import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import { toBrat, toPubTator } from '../../src/entities/formats.js';

const TEXT = 'She denied myopathy and took prednisone 30 mg/day;\nESR 40 mm/h (normal range: ≤ 20 mm/h).';

describe('BRAT standoff', () => {
  const es = extractEntities(TEXT, 'en');
  const ann = toBrat(TEXT, es);
  it('writes one T line per mention whose offsets slice the text', () => {
    const t = ann.split('\n').filter((l) => l.startsWith('T'));
    expect(t.length).toBe(es.length);
    for (const line of t) {
      const [, spec, surface] = line.split('\t');
      const [, range] = spec!.split(/ (.*)/);
      const [start, end] = range!.split(' ').map(Number);
      expect(TEXT.slice(start, end)).toBe(surface);
    }
  });
  it('writes negation, flags and codes as attributes and notes', () => {
    expect(ann).toMatch(/^A\d+\tNegated T1$/m);
    expect(ann).toMatch(/^A\d+\tFlag T\d+ high$/m);
    expect(ann).toMatch(/AnnotatorNotes T\d+\tATC:H02AB07; category=medication; dose=30; unit=mg\/day/);
  });
  it('splits a mention that crosses a line break into fragments', () => {
    const text = 'systemic lupus\nerythematosus';
    expect(toBrat(text, extractEntities(text, 'en'))).toBe('T1\tdiagnosis 0 14;15 28\tsystemic lupus erythematosus\n#1\tAnnotatorNotes T1\tICD10:M32\n');
  });
});

describe('PubTator', () => {
  it('writes title/abstract lines and mentions with title-shifted offsets', () => {
    const title = 'Prednisone in lupus';
    const body = 'ESR 40 mm/h.';
    const es = extractEntities(body, 'en');
    const out = toPubTator('d1', body, es, title);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('d1|t|Prednisone in lupus');
    expect(lines[1]).toBe('d1|a|ESR 40 mm/h.');
    const [, start, end, surface, type, code] = lines[2]!.split('\t');
    expect(`${title} ${body}`.slice(Number(start), Number(end))).toBe(surface);
    expect([type, code]).toEqual(['lab', 'LOINC:4537-7']);
  });
});
