import { describe, expect, it } from 'vitest';
import { jatsToBlocks } from '../../src/ingest/jats.js';
import { processDocument } from '../../src/processor.js';

/** A small JATS article: `front` goes in article-meta, `subs` after the back matter. */
function jats(front: string, options: { lang?: string; back?: string; subs?: string } = {}): string {
  return `<article article-type="research-article" xml:lang="${options.lang ?? 'pt'}"><front><article-meta>
    <title-group><article-title>Dor crônica em idosos</article-title></title-group>${front}</article-meta></front>
    <body><sec><title>Introdução</title><p>A dor crônica é comum em idosos.</p></sec></body>
    ${options.back ?? '<back><ref-list><ref id="B1"><mixed-citation>Silva A. Dor. 2019.</mixed-citation></ref></ref-list></back>'}${options.subs ?? ''}</article>`;
}

describe('JATS author keywords', () => {
  it('keeps each kwd-group as a list in its language, in order', () => {
    const a = jatsToBlocks(
      jats(`<kwd-group xml:lang="pt"><title>Palavras-chave</title><kwd>Dor Crônica</kwd><kwd>Idoso</kwd></kwd-group>
            <kwd-group xml:lang="en"><kwd>Chronic Pain</kwd><kwd>Aged</kwd></kwd-group>
            <kwd-group xml:lang="es"><kwd>Dolor Crónico</kwd><kwd>Anciano</kwd></kwd-group>`),
      'a.xml',
    );
    expect(a.keywords).toEqual([
      { lang: 'pt', code: 'pt', keywords: ['Dor Crônica', 'Idoso'] },
      { lang: 'en', code: 'en', keywords: ['Chronic Pain', 'Aged'] },
      { lang: 'other', code: 'es', keywords: ['Dolor Crónico', 'Anciano'] },
    ]);
    expect(a.notes).toEqual([]);
  });

  it('takes the language of a group without xml:lang from its sub-article, and keeps the first list per language', () => {
    const a = jatsToBlocks(
      jats('<kwd-group xml:lang="pt"><kwd>Dor</kwd></kwd-group>', {
        subs: `<sub-article article-type="translation" xml:lang="en"><front-stub><kwd-group><kwd>Pain</kwd></kwd-group>
          <kwd-group xml:lang="pt"><kwd>Outra</kwd></kwd-group></front-stub><body><p>Pain is common.</p></body></sub-article>`,
      }),
      'a.xml',
    );
    expect(a.keywords.map((k) => [k.code, k.keywords])).toEqual([
      ['pt', ['Dor']],
      ['en', ['Pain']],
    ]);
  });

  it('splits one kwd listing every keyword with semicolons', () => {
    const a = jatsToBlocks(jats('<kwd-group xml:lang="en"><kwd>Pain; Aged; Nursing.</kwd></kwd-group>'), 'a.xml');
    expect(a.keywords[0]!.keywords).toEqual(['Pain', 'Aged', 'Nursing']);
  });

  it('says which language is the original when a sub-article is a translation', () => {
    const translated = jatsToBlocks(jats('', { subs: '<sub-article article-type="translation" xml:lang="en"><body><p>Pain.</p></body></sub-article>' }), 'a.xml');
    expect(translated.original).toBe('pt');
    const reply = jatsToBlocks(jats('', { lang: 'en', subs: '<sub-article article-type="reply" xml:lang="pt"><body><p>Dor.</p></body></sub-article>' }), 'a.xml');
    expect(reply.original).toBeUndefined();
  });

  it('reads an article without keywords or references, with a note for each', () => {
    const a = jatsToBlocks(jats('', { back: '' }), 'a.xml');
    expect(a.keywords).toEqual([]);
    expect(a.blocks.some((b) => b.part === 'body')).toBe(true);
    expect(a.notes.map((n) => n.rule)).toEqual(['no-keywords', 'no-references']);
  });
});

describe('keywords through the pipeline', () => {
  const article = (pt: string) =>
    jats(`<kwd-group xml:lang="pt">${pt}</kwd-group><kwd-group xml:lang="en"><kwd>Chronic Pain</kwd><kwd>Aged</kwd></kwd-group>`, {
      subs: `<sub-article article-type="translation" xml:lang="en"><front-stub><title-group><article-title>Chronic pain in the elderly</article-title></title-group></front-stub>
        <body><sec><title>Introduction</title><p>Chronic pain is common in the elderly.</p></sec></body></sub-article>`,
    });

  it('pairs the lists into the document’s terms and carries the original language', async () => {
    const file = await processDocument('a', { kind: 'text', text: article('<kwd>Dor Crônica</kwd><kwd>Idoso</kwd>') });
    expect(file.data.terms!.keywords!.map((k) => [k.en, k.pt])).toEqual([
      ['chronic pain', 'dor crônica'],
      ['aged', 'idoso'],
    ]);
    expect(file.data.terms!.original).toBe('pt');
  });

  it('builds the terms from what there is when the counts differ, with a diagnostic', async () => {
    const file = await processDocument('a', { kind: 'text', text: article('<kwd>Dor Crônica</kwd>') });
    expect(file.data.terms!.keywords).toBeUndefined();
    expect(file.data.terms!.evidence.length).toBeGreaterThan(0);
    expect(file.messages.map((m) => m.ruleId)).toContain('keyword-counts-differ');
    expect(file.messages.some((m) => m.fatal)).toBe(false);
  });
});
