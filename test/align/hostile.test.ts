import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTmx, withTexts } from '../../src/align/output.js';
import { medbitext } from '../helpers/cli.js';
import { elementTexts, xmlErrors } from '../helpers/xml.js';
import { tempDir } from '../helpers/temp.js';

/** Hostile input for the aligner's TMX export (docs/hostile-input.md). */
describe('TMX from hostile text', () => {
  const forbidden = ['\uFFFE', '\uFFFF', '\uDFFF', '\uD800', '\u0000', '\u0001', '\u001B', '\u000B'];

  it('is well-formed whatever characters XML 1.0 forbids the text holds', () => {
    const links = withTexts([{ en: [1], pt: [1], score: 0.9 }], [`Tuberculosis ${forbidden.join('')} ruled out.`], [`Tuberculose ${forbidden.join('')} excluída.`]);
    const tmx = toTmx(links, { doc: 'd\uFFFE<1>&\u0007' });
    expect(xmlErrors(tmx)).toEqual([]);
    expect(tmx).toContain('<seg>Tuberculosis \uFFFD\uFFFD\uFFFD\uFFFD ruled out.</seg>');
    expect(tmx).toContain('<prop type="x-doc">d\uFFFD&lt;1&gt;&amp;</prop>');
  });

  it('keeps a carriage return in a segment as a reference, so it reads back', () => {
    const tmx = toTmx(withTexts([{ en: [1], pt: [1], score: 1 }], ['a\rb'], ['c']));
    expect(tmx).toContain('<seg>a&#13;b</seg>');
  });
});

describe('run on a document with forbidden characters and a formula id', () => {
  it('writes well-formed TMX and TBX, a neutralised CSV, and a diagnostics line', () => {
    const dir = tempDir('mbt-hostile-xml-');
    const input = join(dir, 'docs.jsonl');
    const doc = {
      id: '=HYPERLINK("http://evil.test","x")',
      en_sentences: ['Calcinosis cutis\uFFFE is rare.', 'Dermatomyositis\uFFFF was treated with prednisone.'],
      pt_sentences: ['Calcinose cutânea\uFFFE é rara.', 'Dermatomiosite\uFFFF foi tratada com prednisona.'],
    };
    writeFileSync(input, JSON.stringify(doc) + '\n');
    const out = join(dir, 'out');
    const r = medbitext(['run', input, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(xmlErrors(readFileSync(join(out, 'alignment.tmx'), 'utf8'))).toEqual([]);
    expect(xmlErrors(readFileSync(join(out, 'glossary.tbx'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(out, 'alignment.tmx'), 'utf8')).toContain('Calcinosis cutis\uFFFD is rare.');
    const diagnostics = readFileSync(join(out, 'diagnostics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const forbidden = diagnostics.filter((d) => d.rule === 'xml-forbidden-character');
    expect(forbidden.map((d) => d.reason)).toEqual([
      expect.stringMatching(/^2 character\(s\) XML 1.0 forbids in the en text \(first U\+FFFE\)/),
      expect.stringMatching(/^2 character\(s\) XML 1.0 forbids in the pt text \(first U\+FFFE\)/),
    ]);
    const csv = readFileSync(join(out, 'glossary.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@-]/);
  });
});

describe('TMX writer (fuzz)', () => {
  it('is well-formed and its segments read back as the texts, forbidden characters aside', async () => {
    const { default: fc } = await import('fast-check');
    const { xmlChars } = await import('../../src/io/xml.js');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', '&', '<', ']]>', '\r', '\n', '\uFFFE', '\uD800', '\u0003', '"'), maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), text, (pairs, doc) => {
        const links = withTexts(pairs.map((_, i) => ({ en: [i + 1], pt: [i + 1], score: 0.5 })), pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        const tmx = toTmx(links, { doc });
        const segs = elementTexts(tmx, 'seg');
        expect(segs).toEqual(pairs.flatMap(([en, pt]) => [xmlChars(en), xmlChars(pt)]));
      }),
      { numRuns: 300 },
    );
  });
});
