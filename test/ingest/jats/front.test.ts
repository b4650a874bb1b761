import { beforeAll, describe, expect, it } from 'vitest';
import { jatsToBlocks } from '../../../src/ingest/jats.js';
import { identifyLanguage, loadLanguageDetector } from '../../../src/ingest/language.js';

/** Front-matter variants of JATS 1.0–1.3 (docs/jats.md); every text here is made up for the test. */
const article = (meta: string, attrs = ' xml:lang="en"', rest = '') =>
  `<article${attrs}><front><article-meta>${meta}</article-meta></front><body><p>The ward admitted older patients with chronic pain during the winter months.</p></body>${rest}</article>`;
const read = (xml: string) => jatsToBlocks(xml, 'a.xml', { identify: identifyLanguage });
const lines = (xml: string, part?: string) =>
  read(xml)
    .blocks.filter((b) => !part || b.part === part)
    .map((b) => `${b.lang} ${b.part}${b.section ? ` [${b.section}]` : ''} ${b.text}`);

beforeAll(loadLanguageDetector);

describe('JATS titles', () => {
  it('joins subtitles to their titles and leaves the running head (alt-title) out', () => {
    const meta = `<title-group><article-title>Pain in nursing homes</article-title><subtitle>a cohort study</subtitle>
      <trans-title-group xml:lang="pt"><trans-title>Dor em casas de repouso</trans-title><trans-subtitle>um estudo de coorte</trans-subtitle></trans-title-group>
      <alt-title alt-title-type="running-head">Pain in homes</alt-title></title-group>`;
    expect(lines(article(meta), 'title')).toEqual(['en title Pain in nursing homes: a cohort study', 'pt title Dor em casas de repouso: um estudo de coorte']);
  });

  it('reads a trans-title placed in the title-group itself (NLM 3.0)', () => {
    const meta = '<title-group><article-title>Pain in nursing homes</article-title><trans-title xml:lang="pt">Dor em casas de repouso</trans-title></title-group>';
    expect(lines(article(meta), 'title')).toEqual(['en title Pain in nursing homes', 'pt title Dor em casas de repouso']);
  });

  it('identifies a translated title or abstract that declares no language', () => {
    const meta = `<title-group><article-title>Pain in nursing homes</article-title>
      <trans-title-group><trans-title>Dor crônica em moradores de casas de repouso e sua avaliação pela enfermagem</trans-title></trans-title-group></title-group>
      <abstract><p>Chronic pain was frequent among residents and was rarely assessed by the nursing staff.</p></abstract>
      <trans-abstract><title>Resumo</title><p>A dor crônica foi frequente entre os moradores e raramente foi avaliada pela equipe de enfermagem.</p></trans-abstract>`;
    expect(read(article(meta)).blocks.filter((b) => b.part !== 'body').map((b) => `${b.lang} ${b.part}`)).toEqual(['en title', 'pt title', 'en abstract', 'pt abstract']);
  });
});

describe('JATS abstracts of every type', () => {
  it('reads key points with a list, a structured abstract by its sections, and a graphical abstract as a caption', () => {
    const meta = `<abstract><title>Abstract</title><sec><title>Objective</title><p>To measure pain.</p></sec><sec><title>Results:</title><p>Pain was common.</p></sec></abstract>
      <abstract abstract-type="key-points"><title>Highlights</title><list list-type="bullet"><list-item><p>Pain is common.</p></list-item><list-item><p>Nurses rarely assess it.</p></list-item></list></abstract>
      <abstract abstract-type="graphical"><title>Visual abstract</title><p><fig id="va"><label>Visual abstract</label><caption><title>Pain in homes at a glance</title></caption><graphic/></fig></p></abstract>
      <abstract abstract-type="teaser"><p>Most residents live with pain.</p></abstract>`;
    expect(lines(article(meta)).filter((l) => !l.includes(' body '))).toEqual([
      'en abstract [Abstract] Objective: To measure pain.\n\nResults: Pain was common.',
      'en abstract [Highlights] Pain is common.\n\nNurses rarely assess it.',
      'en caption [Visual abstract] Pain in homes at a glance',
      'en abstract Most residents live with pain.',
    ]);
  });
});

describe('JATS keyword groups', () => {
  it('reads compound and nested keywords, and prefers the authors’ group to an indexer’s', () => {
    const meta = `<kwd-group xml:lang="en" kwd-group-type="MeSH"><compound-kwd><compound-kwd-part content-type="code">C23.888.592.612</compound-kwd-part><compound-kwd-part content-type="text">Chronic Pain</compound-kwd-part></compound-kwd></kwd-group>
      <kwd-group xml:lang="en" kwd-group-type="author"><kwd>Pain</kwd><nested-kwd><kwd>Nursing Homes</kwd></nested-kwd></kwd-group>`;
    const a = read(article(meta));
    expect(a.keywords).toEqual([{ lang: 'en', code: 'en', keywords: ['Pain', 'Nursing Homes'] }]);
    expect(a.blocks.filter((b) => b.part === 'keywords').map((b) => b.text)).toEqual(['Chronic Pain', 'Pain; Nursing Homes']);
  });

  it('tells the languages of two keyword groups that declare none from their headings and words', () => {
    const meta = `<kwd-group><title>Keywords</title><kwd>Chronic Pain</kwd><kwd>Nursing Homes</kwd></kwd-group>
      <kwd-group><title>Palavras-chave</title><kwd>Dor Crônica</kwd><kwd>Casas de Repouso</kwd></kwd-group>`;
    expect(read(article(meta)).keywords.map((k) => [k.code, k.keywords[0]])).toEqual([
      ['en', 'Chronic Pain'],
      ['pt', 'Dor Crônica'],
    ]);
  });
});

describe('JATS: one kwd holding commas', () => {
  const groups = (en: string, pt: string) =>
    `<kwd-group xml:lang="en"><title>Keywords</title>${en}</kwd-group><kwd-group xml:lang="pt"><title>Palavras-chave</title>${pt}</kwd-group>`;
  const kw = (xml: string) => read(article(xml)).keywords.map((k) => `${k.code}: ${k.keywords.join(' | ')}`);

  it('keeps an inverted heading whole when the other language lists one keyword', () => {
    expect(kw(groups('<kwd>Infant, Newborn, Diseases</kwd>', '<kwd>Doenças do Recém-Nascido</kwd>'))).toEqual(['en: Infant, Newborn, Diseases', 'pt: Doenças do Recém-Nascido']);
  });

  it('splits a comma list when the other language lists as many keywords', () => {
    expect(kw(groups('<kwd>Nursing, Pain, Elderly</kwd>', '<kwd>Enfermagem</kwd><kwd>Dor</kwd><kwd>Idoso</kwd>'))).toEqual(['en: Nursing | Pain | Elderly', 'pt: Enfermagem | Dor | Idoso']);
  });

  it('splits both lists when each is one kwd of as many pieces', () => {
    expect(kw(groups('<kwd>Nursing, Pain, Elderly</kwd>', '<kwd>Enfermagem, Dor, Idoso</kwd>'))).toEqual(['en: Nursing | Pain | Elderly', 'pt: Enfermagem | Dor | Idoso']);
  });

  it('splits a list of phrases with no other list to compare, not a list of one-word pieces', () => {
    const one = (k: string) => read(article(`<kwd-group xml:lang="en"><kwd>${k}</kwd></kwd-group>`)).keywords[0]!.keywords;
    expect(one('Hand hygiene, pediatric nursing, infection control')).toEqual(['Hand hygiene', 'pediatric nursing', 'infection control']);
    expect(one('Infant, Premature, Diseases')).toEqual(['Infant, Premature, Diseases']);
  });

  it('keeps an inverted heading whole when a translation repeats it', () => {
    const sub = '<sub-article article-type="translation" xml:lang="en"><front-stub><kwd-group><kwd>Infant, Newborn, Diseases</kwd></kwd-group></front-stub></sub-article>';
    const xml = `<article xml:lang="pt"><front><article-meta><kwd-group><kwd>Infant, Newborn, Diseases</kwd></kwd-group></article-meta></front>${sub}</article>`;
    expect(read(xml).keywords.flatMap((k) => k.keywords)).toEqual(['Infant, Newborn, Diseases', 'Infant, Newborn, Diseases']);
  });
});

describe('JATS languages', () => {
  it('reads ISO 639-2 codes and regional tags (`por`, `pt-BR`, `EN-us`)', () => {
    const sub = (lang: string) => `<sub-article article-type="translation" xml:lang="${lang}"><front-stub><title-group><article-title>Dor</article-title></title-group></front-stub></sub-article>`;
    for (const [lang, sublang] of [['eng', 'por'], ['EN-us', 'pt-BR'], ['en_GB', 'pt_PT']]) {
      const a = read(article('<title-group><article-title>Pain</article-title></title-group>', ` xml:lang="${lang}"`, sub(sublang!)));
      expect(a.blocks.filter((b) => b.part === 'title').map((b) => b.lang)).toEqual(['en', 'pt']);
      expect(a.original).toBe('en');
    }
  });

  it('identifies the language of an article and a translation that declare none', () => {
    const xml = `<article><front><article-meta><title-group><article-title>Dor crônica em idosos</article-title></title-group></article-meta></front>
      <body><p>A dor crônica é frequente entre os idosos que vivem em instituições de longa permanência e raramente é avaliada pela equipe.</p></body>
      <sub-article article-type="translation"><front><article-meta><title-group><article-title>Chronic pain in older people</article-title></title-group></article-meta></front>
      <body><p>Chronic pain is frequent among older people living in long-term care and is rarely assessed by the staff.</p></body></sub-article></article>`;
    const a = read(xml);
    expect(a.blocks.map((b) => `${b.lang} ${b.part}`)).toEqual(['pt title', 'pt body', 'en title', 'en body']);
    expect(a.original).toBe('pt');
  });
});
