import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/clean.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { jatsToBlocks } from '../../src/ingest/jats.js';
import { InputError } from '../../src/io/errors.js';

const article = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN" "https://jats.nlm.nih.gov/publishing/1.1/JATS-journalpublishing1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="case-report" xml:lang="en">
  <front><article-meta>
    <title-group>
      <article-title>Calcinosis cutis in lupus</article-title>
      <trans-title-group xml:lang="pt"><trans-title>Calcinose cutânea no lúpus</trans-title></trans-title-group>
    </title-group>
    <abstract><title>Abstract</title><p>Calcinosis cutis is an uncommon disease.</p></abstract>
    <trans-abstract xml:lang="pt"><title>Resumo</title><p>Calcinose cutânea é uma doença incomum.</p></trans-abstract>
    <trans-abstract xml:lang="es"><title>Resumen</title><p>La calcinosis cutánea es una enfermedad poco común.</p></trans-abstract>
    <kwd-group xml:lang="en"><kwd>Calcinosis</kwd><kwd>Lupus</kwd></kwd-group>
  </article-meta></front>
  <body>
    <sec><title>INTRODUCTION</title>
      <p>It is a rare finding in SLE.<xref ref-type="bibr" rid="B8">8</xref><sup>,12</sup> Treatment is hard.</p>
      <p>Lesions were radio-opaque (<xref ref-type="fig" rid="f1">Figure 1</xref>).
        <fig id="f1"><label>Figure 1</label><caption><p>Plaques on the buttocks</p></caption></fig></p>
      <sec><title>Treatment</title><p>Diltiazem 60&#160;mg/day was given.</p></sec>
    </sec>
  </body>
  <back><ref-list><title>References</title>
    <ref id="B1"><label>1</label><mixed-citation>Smith J. Calcinosis. J Dermatol. 2001;10:1-5.</mixed-citation></ref>
  </ref-list></back>
  <sub-article article-type="translation" xml:lang="pt">
    <front-stub><title-group><article-title>Calcinose cutânea no lúpus</article-title></title-group></front-stub>
    <body><sec><title>INTRODUÇÃO</title><p>É um achado raro no LES.<xref ref-type="bibr" rid="B8">8</xref></p></sec></body>
  </sub-article>
</article>`;

describe('jatsToBlocks', () => {
  const { source, blocks } = jatsToBlocks(article, 'a.xml');

  it('reads titles, abstracts and keywords with their languages; the translation’s title, given twice, once', () => {
    const front = blocks.filter((b) => b.part !== 'body' && b.part !== 'caption' && b.part !== 'references').map((b) => `${b.lang} ${b.part} ${b.section}`.trim());
    expect(front).toEqual(['en title', 'pt title', 'en abstract Abstract', 'pt abstract Resumo', 'other abstract Resumen', 'en keywords']);
    for (const b of blocks) expect(source.slice(b.start, b.end)).toBe(b.text);
  });

  it('reads sections, the translated sub-article, figures and references apart', () => {
    expect(blocks.filter((b) => b.part === 'body').map((b) => `${b.lang} ${b.section}`)).toEqual(['en INTRODUCTION', 'en Treatment', 'pt INTRODUÇÃO']);
    expect(blocks.find((b) => b.part === 'caption')).toMatchObject({ section: 'Figure 1', text: 'Plaques on the buttocks', lang: 'en' });
    expect(blocks.find((b) => b.section === 'INTRODUCTION')!.text).not.toContain('Plaques');
    expect(blocks.find((b) => b.part === 'references')!.text).toBe('1. Smith J. Calcinosis. J Dermatol. 2001;10:1-5.');
  });

  it('becomes clean text with citations taken out and captions apart', async () => {
    const doc = await ingestDocument({ kind: 'text', text: article }, 'a.xml');
    const cleaned = cleanDocument(doc.blocks);
    expect(cleaned.text.en).toContain('It is a rare finding in SLE. Treatment is hard.');
    expect(cleaned.paragraphs.flatMap((p) => p.citations.map((c) => c.refs))).toContainEqual([8, 12]);
    expect(cleaned.captions).toEqual([{ label: 'Figure 1', text: 'Plaques on the buttocks', lang: 'en' }]);
    expect(cleaned.text.pt).toContain('É um achado raro no LES.');
    expect(cleaned.text.pt).not.toContain('Resumen');
    expect(cleaned.text.en).toContain('Diltiazem 60 mg/day was given.');
  });
});

describe('hostile or broken XML', () => {
  const expectRefused = (xml: string) => {
    expect(() => jatsToBlocks(xml, 'bad.xml')).toThrow(InputError);
    try {
      jatsToBlocks(xml, 'bad.xml');
    } catch (e) {
      expect((e as InputError).file).toBe('bad.xml');
    }
  };

  it('does not expand a billion laughs', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE article [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><article><body><p>&lol3;</p></body></article>`;
    expectRefused(lol);
  });

  it('does not read external entities', () => {
    expectRefused(`<?xml version="1.0"?><!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><article><body><p>&xxe;</p></body></article>`);
  });

  it('refuses malformed XML and a document that is not an article', () => {
    expectRefused('<article><body><p>unclosed</body></article>');
    expectRefused('<?xml version="1.0"?><html><body/></html>');
  });
});
