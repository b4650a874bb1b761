import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/ingest/jats/xml.js';
import { InputError } from '../../src/io/errors.js';
import { xmlProblem } from '../../src/io/xml-problem.js';

/** The parameters the XML reader's error carries for a broken file. */
function paramsOf(xml: string): Record<string, string | number> {
  try {
    parseXml(xml, 'a.xml');
  } catch (error) {
    if (error instanceof InputError) return error.params;
    throw error;
  }
  throw new Error('no error');
}

describe('xmlProblem', () => {
  it('names the kind of each fault the parser reports, with the element where it gives one', () => {
    expect(paramsOf('<article><front>cut off')).toMatchObject({ context: 'unclosed', name: 'front' });
    expect(paramsOf('<article><p>x</b></p></article>')).toMatchObject({ context: 'closeTag' });
    expect(paramsOf('<article/>trailing words')).toMatchObject({ context: 'outside' });
    expect(paramsOf('<article><p>&madeup;</p></article>')).toMatchObject({ context: 'entity' });
    expect(paramsOf('<article><p>&#99999999;</p></article>')).toMatchObject({ context: 'charRef' });
    expect(paramsOf('<article a="1" a="2"/>')).toMatchObject({ context: 'duplicate', name: 'a' });
    expect(paramsOf('<article a=1/>')).toMatchObject({ context: 'unquoted' });
    expect(paramsOf('<article/><article/>')).toMatchObject({ context: 'twoRoots' });
    expect(paramsOf('<!DOCTYPE article [<!ENTITY x "y">]><article/>')).toMatchObject({ context: 'entityDeclarations' });
    expect(paramsOf('<a>'.repeat(300))).toMatchObject({ context: 'depth', depth: 256 });
  });

  it('keeps the parser’s text as the reason, and no kind for a message it does not know', () => {
    expect(xmlProblem('unclosed tag: sec')).toEqual({ reason: 'unclosed tag: sec', context: 'unclosed', name: 'sec' });
    expect(xmlProblem('something new.')).toEqual({ reason: 'something new.' });
  });
});
