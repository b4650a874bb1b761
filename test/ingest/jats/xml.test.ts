import { describe, expect, it } from 'vitest';
import { jatsToBlocks } from '../../../src/ingest/jats.js';
import { ingestDocument } from '../../../src/ingest/ingest.js';

/** How a JATS file may open (docs/jats.md); every text here is made up for the test. */
const doctype = '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">';
const body = '<article xml:lang="en" xmlns:mml="http://www.w3.org/1998/Math/MathML"><body><p>Doses of 5&ndash;10&nbsp;mg were given at &ge;&#8239;60 years.</p></body></article>';

describe('JATS files as publishers write them', () => {
  it('reads the named characters of the JATS DTD in a file that declares it', () => {
    const { blocks } = jatsToBlocks(`<?xml version="1.0"?>\n${doctype}\n${body}`, 'a.xml');
    expect(blocks[0]!.text).toBe('Doses of 5–10 mg were given at ≥ 60 years.');
  });

  it('still refuses a named character in a file that declares no DTD', () => {
    expect(() => jatsToBlocks(body, 'a.xml')).toThrow(/undefined entity/);
  });

  it('reads a file whose stylesheet instruction or comment comes before the DOCTYPE as JATS', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="jats-html.xsl"?>\n<!-- exported -->\n${doctype}\n${body}`;
    const doc = await ingestDocument({ kind: 'text', text: xml }, 'a.xml');
    expect(doc.source).toBe('Doses of 5–10 mg were given at ≥ 60 years.');
  });
});
