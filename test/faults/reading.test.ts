import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, medbitext, medbitextAsync } from '../helpers/cli.js';
import { makeCorpus } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp.js';

/*
 * What a user reads in the outputs of a run over a real-looking JATS article
 * (docs/faults.md, "What the outputs say"): nothing the article says lost,
 * run together or cut out of its sentence. The article is written here.
 */

const ARTICLE = `<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article" xml:lang="en">
<front><article-meta>
  <title-group><article-title>Chronic pain in a town clinic</article-title>
    <trans-title-group xml:lang="pt"><trans-title>Dor crônica em um ambulatório municipal</trans-title></trans-title-group></title-group>
  <abstract><p>Pain is common in adults. We studied the first patients of a clinic.</p></abstract>
  <trans-abstract xml:lang="pt"><p>A dor é comum em adultos. Estudamos os primeiros pacientes de um ambulatório.</p></trans-abstract>
  <kwd-group xml:lang="en"><kwd>Chronic Pain</kwd><kwd>Ambulatory Care</kwd><kwd>Adults</kwd></kwd-group>
</article-meta></front>
<body><sec><title>Methods</title>
  <p>The study by Ramos et al. measured pain in women.</p>
  <p>The criteria were:</p>
  <list><list-item><p>age over eighteen</p></list-item><list-item><p>Consent given</p></list-item></list>
  <p>Patients were seen weekly.</p>
  <table-wrap id="t1"><label>Table 1</label><caption><title>Pain scores by age group</title></caption><table><tr><td>18-30</td><td>4</td></tr></table></table-wrap>
  <p>In the trial led by Barbosa, the findings were</p>
  <p>similar to ours.</p>
</sec></body>
<back><ref-list><title>References</title>
  <ref id="B1"><label>1</label><mixed-citation>Pain guidelines. Available: <ext-link ext-link-type="uri">http://example.org/a.pdf</ext-link> [cited 2020 Mar 3]</mixed-citation></ref>
  <ref id="B2"><label>2</label><mixed-citation>Pain Scales Handbook, Town Health Board; May 2011</mixed-citation></ref>
</ref-list></back>
<sub-article article-type="translation" id="s1" xml:lang="pt"><front-stub>
  <title-group><article-title>Dor crônica em um ambulatório municipal</article-title></title-group>
  <abstract><p>A dor é comum em adultos. Estudamos os primeiros pacientes de um ambulatório.</p></abstract>
  <kwd-group xml:lang="pt"><kwd>Dor Crônica</kwd><kwd>Assistência Ambulatorial</kwd></kwd-group></front-stub>
<body><sec><title>Métodos</title>
  <p>O estudo de Ramos et al. mediu a dor em mulheres.</p>
  <p>Os critérios foram:</p>
  <list><list-item><p>idade acima de dezoito anos</p></list-item><list-item><p>Consentimento dado</p></list-item></list>
  <p>Os pacientes foram vistos toda semana.</p>
  <table-wrap id="t1"><label>Tabela 1</label><caption><title>Escores de dor por faixa etária</title></caption><table><tr><td>18-30</td><td>4</td></tr></table></table-wrap>
</sec></body></sub-article>
</article>`;

let out: string;
let status: number | null;
let stderr: string;

beforeAll(() => {
  const d = tempDir();
  writeFileSync(join(d, 'clinic.xml'), ARTICLE);
  out = join(d, 'out');
  ({ status, stderr } = medbitext(['run', join(d, 'clinic.xml'), '--out', out, '--jobs', '1']));
}, 120_000);

const alignment = () => readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { en_text: string; pt_text: string });
const paragraphs = (lang: 'en' | 'pt') => readFileSync(join(out, `report.${lang}.txt`), 'utf8').split('\n\n').map((p) => p.trim());

describe('fault suite: what the outputs say', () => {
  it('F30 a JATS list item, or a paragraph or reference with no final stop, stays its own paragraph; a cut sentence is mended', () => {
    expect(status).toBe(0);
    const en = paragraphs('en');
    expect(en).toEqual(expect.arrayContaining(['The criteria were:', 'age over eighteen', 'Consent given', 'Patients were seen weekly.']));
    expect(en).toEqual(expect.arrayContaining(['1. Pain guidelines. Available: http://example.org/a.pdf [cited 2020 Mar 3]', '2. Pain Scales Handbook, Town Health Board; May 2011']));
    expect(paragraphs('pt')).toEqual(expect.arrayContaining(['Os critérios foram:', 'idade acima de dezoito anos', 'Consentimento dado']));
    // no aligned unit runs the list into the paragraphs around it
    expect(alignment().find((l) => l.en_text.includes('weekly'))?.en_text).toBe('Patients were seen weekly.');
    // a sentence the XML cuts between two paragraphs is mended, as before
    expect(en).toContain('In the trial led by Barbosa, the findings were similar to ours.');
  });

  it('F31 a narrative citation keeps its names: the translation unit is the sentence as written', () => {
    const units = alignment();
    expect(units.map((l) => l.en_text)).toContain('The study by Ramos et al. measured pain in women.');
    expect(units.map((l) => l.pt_text)).toContain('O estudo de Ramos et al. mediu a dor em mulheres.');
    expect(readFileSync(join(out, 'alignment.tmx'), 'utf8')).not.toMatch(/study by measured|estudo de mediu/);
  });

  it('F32 the Elasticsearch synonyms keep the comma of a locant (`3,4-…`), escaped as Solr reads it', () => {
    const es = join(out, '..', 'es');
    expect(medbitext(['index', out, '--out', es, '--format', 'elasticsearch']).status).toBe(0);
    const synonyms = readFileSync(join(es, 'synonyms.txt'), 'utf8');
    expect(synonyms).toMatch(/^3\\,4-methylenedioxymethamphetamine, /m);
    expect(synonyms).not.toMatch(/(^|, )\d+ \d+-/m);
  });

  it('F33 glossary.tbx gives a translator every example sentence glossary.json holds, each a context with its source', () => {
    const entries = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')) as Array<{ id: string; examples: Array<{ en: string; pt: string }> }>;
    const tbx = readFileSync(join(out, 'glossary.tbx'), 'utf8');
    expect(entries.some((e) => e.examples.length > 1)).toBe(true);
    for (const e of entries) {
      const concept = tbx.slice(tbx.indexOf(`<conceptEntry id="${e.id}">`), tbx.indexOf('</conceptEntry>', tbx.indexOf(`<conceptEntry id="${e.id}">`)));
      expect(concept.match(/<descrip type="context">/g) ?? [], e.id).toHaveLength(2 * e.examples.length);
      expect(concept.match(/<admin type="source">/g) ?? [], e.id).toHaveLength(2 * e.examples.length);
    }
  });

  it('F34 a figure or table caption is in the cleaned text, labelled, and out of the aligned prose', () => {
    expect(paragraphs('en')).toContain('Table 1. Pain scores by age group');
    expect(paragraphs('pt')).toContain('Tabela 1. Escores de dor por faixa etária');
    expect(alignment().some((l) => l.en_text.includes('Pain scores'))).toBe(false);
  });

  it('F35 author keyword lists of different lengths (none paired) are said in the run summary, not only in diagnostics.jsonl', () => {
    expect(readFileSync(join(out, 'diagnostics.jsonl'), 'utf8')).toContain('"rule":"keyword-counts-differ"');
    expect(stderr.split('\n').filter((l) => /^author keywords not paired in 1 document: the English and Portuguese lists differ in length \(see diagnostics\.jsonl\)$/.test(l))).toHaveLength(1);
  });

  it('F36 a run stopped by Ctrl-C says what is kept and how to go on; the same command then finishes', async () => {
    const corpus = makeCorpus(40);
    const dir = join(corpus, '..', `${corpus.split('/').pop()}-out`);
    const child = medbitextAsync(['run', corpus, '--out', dir, '--jobs', '1']);
    // stopped once it has started on the documents
    child.stderr!.once('data', () => child.kill('SIGINT'));
    const stopped = await finished(child);
    expect(stopped.status, stopped.stderr).toBe(130);
    expect(stopped.stderr.split('\n').filter((l) => l.startsWith(`interrupted: the documents finished so far are kept in ${dir}/; run the same command again`))).toHaveLength(1);
    const again = medbitext(['run', corpus, '--out', dir, '--jobs', '1']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/of 40 read/);
  }, 120_000);
});
