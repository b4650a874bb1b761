import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { escapeXml, findForbiddenXmlChars, xmlChars } from '../../src/io/xml.js';

/** Parse `<r a="…">…</r>` with saxes (strict); the attribute and text read back, or the error. */
function readBack(xml: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  let attribute = '';
  let text = '';
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.on('opentag', (t) => (attribute = String(t.attributes.a ?? '')));
  parser.on('text', (t) => (text += t));
  parser.write(xml).close();
  if (error) throw error;
  return { attribute, text };
}

const wrap = (s: string) => `<r a="${escapeXml(s, 'attribute')}">${escapeXml(s)}</r>`;

describe('XML escaping', () => {
  it('drops C0 controls and replaces U+FFFE, U+FFFF and lone surrogates by U+FFFD', () => {
    expect(xmlChars('a\u0001b\u0008c\u001fd')).toBe('abcd');
    expect(xmlChars('a\uFFFEb\uFFFFc')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlChars('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    // Paired surrogates, tab, line ends and the last allowed BMP character are text.
    expect(xmlChars('😀\t\n\r\uFFFD')).toBe('😀\t\n\r\uFFFD');
  });

  it('finds the first forbidden character, with the count', () => {
    expect(findForbiddenXmlChars('ok 😀 text')).toBeUndefined();
    expect(findForbiddenXmlChars('😀a\uFFFEb\u0001')).toEqual({ index: 3, count: 2, first: 'U+FFFE' });
  });

  it('escapes markup, and line ends and tabs where a parser would change them', () => {
    expect(escapeXml('a < b & "c" > d\r\n')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d&#13;\n');
    expect(escapeXml('a\tb\nc', 'attribute')).toBe('a&#9;b&#10;c');
  });

  it('gives well-formed XML that reads back as the text written, forbidden characters aside (fuzz)', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", '\r', '\n', '\t', '\u0000', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', ']]>') }));
    fc.assert(
      fc.property(anyText, (s) => {
        const back = readBack(wrap(s));
        expect(back.text).toBe(xmlChars(s));
        expect(back.attribute).toBe(xmlChars(s));
        expect(findForbiddenXmlChars(xmlChars(s))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text without forbidden characters as it is (fuzz)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => findForbiddenXmlChars(s) !== undefined || xmlChars(s) === s));
  });
});
