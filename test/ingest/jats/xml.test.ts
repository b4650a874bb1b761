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

  it('reads named characters an internal subset declares, and refuses any other entity declaration', () => {
    const subset = (decls: string) => `<?xml version="1.0"?>\n<!DOCTYPE article [\n<!-- characters -->\n${decls}\n]>\n<article xml:lang="en"><body><p>Doses of 5&ndash;10&nbsp;mg.</p></body></article>`;
    expect(jatsToBlocks(subset(`<!ENTITY ndash "&#8211;">\n<!ENTITY nbsp '&#xA0;'>`), 'a.xml').blocks[0]!.text).toBe('Doses of 5–10 mg.');
    // text, three characters, a reference to another entity, a parameter entity, one bad declaration among good ones
    for (const decls of ['<!ENTITY ndash "--"><!ENTITY nbsp "&#160;">', '<!ENTITY ndash "&#8211;&#8211;&#8211;"><!ENTITY nbsp "&#160;">', '<!ENTITY nbsp "&#160;"><!ENTITY ndash "&nbsp;">', '<!ENTITY % iso SYSTEM "iso.ent"><!ENTITY ndash "&#8211;"><!ENTITY nbsp "&#160;">']) {
      expect(() => jatsToBlocks(subset(decls), 'a.xml'), decls).toThrow(/entity declarations in the DOCTYPE are not expanded/);
    }
    expect(() => jatsToBlocks(subset('<!ENTITY ndash "&#0;"><!ENTITY nbsp "&#160;">'), 'a.xml')).toThrow(/not expanded/);
  });

  it('reads the article in a PubMed Central article set, and says when the set holds more than one', async () => {
    const set = (n: number) => `<?xml version="1.0"?>\n<pmc-articleset>${body.replace('&ndash;', '-').replace('&nbsp;', ' ').replace('&ge;&#8239;', '')}${n > 1 ? '<article xml:lang="en"><body><p>Another article.</p></body></article>' : ''}</pmc-articleset>`;
    const one = await ingestDocument({ kind: 'text', text: set(1) }, 'a.xml');
    expect(one.source).toBe('Doses of 5-10 mg were given at 60 years.');
    expect(one.notes.map((n) => n.rule)).not.toContain('articles-in-set');
    const two = await ingestDocument({ kind: 'text', text: set(2) }, 'a.xml');
    expect(two.source).toBe('Doses of 5-10 mg were given at 60 years.');
    expect(two.notes.find((n) => n.rule === 'articles-in-set')?.reason).toMatch(/2 articles/);
  });
});
