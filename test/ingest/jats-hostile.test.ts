import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jatsToBlocks } from '../../src/ingest/jats.js';
import { InputError } from '../../src/io/errors.js';

/** Hostile and random JATS (docs/hostile-input.md): read, or one InputError with a position; nothing else. */
function outcome(xml: string): 'read' | InputError {
  try {
    jatsToBlocks(xml, 'fuzz.xml');
    return 'read';
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

const NAMES = ['article', 'front', 'article-meta', 'title-group', 'article-title', 'trans-title-group', 'trans-title', 'abstract', 'trans-abstract', 'kwd-group', 'kwd', 'body', 'sec', 'title', 'p', 'xref', 'fig', 'caption', 'table-wrap', 'back', 'ref-list', 'ref', 'sub-article', 'fn', 'label', 'italic', 'list', 'list-item', 'disp-quote', 'boxed-text', 'def-list', 'def-item', 'term', 'def', 'speech', 'speaker', 'alternatives', 'tex-math', 'mml:math', 'response', 'floats-group', 'compound-kwd', 'compound-kwd-part', 'ack', 'app-group', 'app', 'fn-group', 'glossary', 'supplementary-material'];
const ATTRS = ['', ' xml:lang="en"', ' xml:lang="pt"', ' ref-type="bibr" rid="B1"', ' article-type="translation" xml:lang="pt"', ' sec-type="funding"', ' xml:lang=""', ' xml:lang="por"', ' xml:lang="x-@@"', ' ref-type="fn"', ' abstract-type="graphical"'];
const TEXT = ['Calcinosis.', 'Calcinose cutânea.', '1', '&amp;', '&lt;', '&#233;', '&#x1F600;', ' ', '\n', '\uFFFE', '\u0001', '&#99999999;', '&undefined;', '<![CDATA[a < b]]>', '<!-- note -->', ']]>'];

/** A tree of JATS elements, well-formed as written (text pieces may still be forbidden). */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXT),
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 })).map(([name, attrs, children]) => `<${name}${attrs}>${children.join('')}</${name}>`),
  ),
})).node;

/** Pieces of markup in any order: mostly malformed. */
const soup = fc.array(fc.oneof(fc.constantFrom(...TEXT), fc.constantFrom(...NAMES).map((n) => `<${n}>`), fc.constantFrom(...NAMES).map((n) => `</${n}>`), fc.constantFrom('<', '>', '&', '"', '<?xml version="1.0"?>', '<!DOCTYPE article [<!ENTITY a "aaaa">]>', '<article', '/>')), { maxLength: 60 }).map((p) => p.join(''));

describe('JATS reader on hostile input', () => {
  it('reads a generated article tree or refuses it with a position (fuzz)', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (inner, declared) => {
        const xml = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<article xml:lang="en">${inner}</article>`;
        const r = outcome(xml);
        if (r !== 'read') expect(r.line, r.message).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses markup soup with a position, never another error (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 300 })), (xml) => {
        const r = outcome(xml);
        if (r !== 'read') expect(r.line, r.message).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('names the line and column of a character XML forbids, an undefined entity, entity declarations', () => {
    expect(outcome('<article>\n<front>\uFFFE</front></article>')).toMatchObject({ key: 'badXml', line: 2 });
    expect(outcome('<article>\n\n<p>&#99999999;</p></article>')).toMatchObject({ key: 'badXml', line: 3, column: expect.any(Number) });
    expect(outcome('<?xml version="1.0"?>\n<!DOCTYPE article [\n<!ENTITY lol "lol">\n]>\n<article>&lol;</article>')).toMatchObject({ key: 'badXml', line: expect.any(Number) });
    expect(outcome('<root>\n<p/></root>')).toMatchObject({ key: 'notJats', line: 1 });
  });

  it('reads an article with 200,000 citation marks in one paragraph', () => {
    const xref = '<xref ref-type="bibr" rid="B1">1</xref>, ';
    const xml = `<article xml:lang="en"><body><sec><p>Calcinosis ${xref.repeat(200_000)}.</p></sec></body></article>`;
    expect(outcome(xml)).toBe('read');
  });

  it('refuses nesting deeper than it reads, with a position', () => {
    const xml = `<article>${'<sec>'.repeat(400)}${'</sec>'.repeat(400)}</article>`;
    expect(outcome(xml)).toMatchObject({ key: 'badXml', line: 1 });
  });
});
