import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { indexTemplate, synonymsFile, writeFeed, TEMPLATE_FILE, SYNONYMS_FILE, type FeedDocument } from '../../src/search/elasticsearch.js';
import { ConceptDictionary, glossaryConcepts, shippedConcepts } from '../../src/search/concepts.js';
import { documentRecords, indexFields } from '../../src/search/records.js';
import { makeDocument, smallCorpus } from './fixtures.js';
import bulkSchema from './schemas/bulk-action.schema.json' with { type: 'json' };
import templateSchema from './schemas/index-template.schema.json' with { type: 'json' };
import { tempDir } from '../helpers/temp.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validAction = ajv.compile(bulkSchema);
const validTemplate = ajv.compile(templateSchema);

const glossary = [{ id: 'c-calcinosis-cutis', en: 'calcinosis cutis', pt: 'calcinose cutânea' }];

function feedDocuments(docs = smallCorpus()): FeedDocument[] {
  const dictionary = new ConceptDictionary([...shippedConcepts(), ...glossaryConcepts(glossary)]);
  return docs.map((d) => {
    const records = documentRecords(d);
    for (const r of records) indexFields(r, dictionary);
    return { id: d.id, key: d.hash, records };
  });
}

/** Parse a bulk file into (action, source) pairs, checking the NDJSON framing. */
function readBulk(path: string): Array<{ action: Record<string, { _id: string }>; source?: Record<string, unknown> }> {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const out: Array<{ action: Record<string, { _id: string }>; source?: Record<string, unknown> }> = [];
  for (let i = 0; i < lines.length; i++) {
    const action = JSON.parse(lines[i]!);
    expect(validAction(action), JSON.stringify(validAction.errors)).toBe(true);
    if ('delete' in action) out.push({ action });
    else out.push({ action, source: JSON.parse(lines[++i]!) });
  }
  return out;
}

describe('index template', () => {
  const template = indexTemplate() as any;

  it('follows the documented _index_template shape', () => {
    expect(validTemplate(template), JSON.stringify(validTemplate.errors)).toBe(true);
  });

  it('indexes with the english and brazilian analysers and searches through the synonym graph', () => {
    const props = template.template.mappings.properties;
    expect(props.en.analyzer).toBe('english');
    expect(props.pt.analyzer).toBe('brazilian');
    const analysis = template.template.settings.analysis;
    for (const field of [props.en, props.pt]) {
      const chain = analysis.analyzer[field.search_analyzer];
      expect(chain.filter.map((f: string) => analysis.filter[f]?.type ?? f)).toContain('synonym_graph');
    }
    expect(props.codes.type).toBe('keyword');
    expect(props.entities.properties.code.type).toBe('keyword');
  });

  it('names only filters and analysers it defines or the built-in ones', () => {
    const analysis = template.template.settings.analysis;
    const builtinFilters = new Set(['lowercase', 'asciifolding']);
    for (const a of Object.values<any>(analysis.analyzer)) for (const f of a.filter) expect(builtinFilters.has(f) || f in analysis.filter).toBe(true);
    const analysers = new Set([...Object.keys(analysis.analyzer), 'english', 'brazilian', 'standard']);
    const walk = (p: any) => {
      for (const f of Object.values<any>(p)) {
        if (f.analyzer) expect(analysers.has(f.analyzer)).toBe(true);
        if (f.search_analyzer) expect(analysers.has(f.search_analyzer)).toBe(true);
        if (f.fields) walk(f.fields);
        if (f.properties) walk(f.properties);
      }
    };
    walk(template.template.mappings.properties);
  });
});

/** A line as Lucene's SolrSynonymParser reads it: split at `,` and `=>` not escaped by a backslash, then unescaped. */
function solrTerms(line: string): string[] {
  const terms: string[] = [];
  let term = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') term += line[++i] ?? '';
    else if (line[i] === ',' || line.startsWith('=>', i)) {
      terms.push(term.trim());
      term = '';
      if (line[i] === '=') i++;
    } else term += line[i];
  }
  return [...terms, term.trim()];
}

describe('synonyms file', () => {
  it('writes one Solr equivalence line per concept, EN and PT forms together', () => {
    const text = synonymsFile(glossaryConcepts([...glossary, { id: 'x', en: 'a, b => c', pt: 'd' }]));
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toContain('calcinosis cutis, calcinose cutânea');
    expect(lines.map(solrTerms)).toContainEqual(['a, b => c', 'd']);
  });

  it('keeps the comma of a locant (`1,25-dihydroxyvitamin D`) as Solr reads it, escaped', () => {
    const text = synonymsFile(glossaryConcepts([{ id: 'c', en: '1,25-Dihydroxyvitamin D', pt: '1,25-di-hidroxivitamina D' }, { id: 'h', en: 'C#', pt: 'back\\slash' }]));
    const lines = text.split('\n').filter((l) => l && !l.startsWith('# medbitext'));
    expect(lines).toContain('1\\,25-dihydroxyvitamin d, 1\\,25-di-hidroxivitamina d');
    expect(lines.map(solrTerms)).toEqual(expect.arrayContaining([['1,25-dihydroxyvitamin d', '1,25-di-hidroxivitamina d'], ['c#', 'back\\slash']]));
  });
});

describe('bulk feed', () => {
  it('writes action and source lines every mapped field accepts', () => {
    const dir = tempDir();
    const summary = writeFeed(dir, feedDocuments(), [...shippedConcepts(), ...glossaryConcepts(glossary)]);
    expect(summary.added).toBe(2);
    const items = summary.files.flatMap((f) => readBulk(join(dir, f)));
    const mapped = new Set(Object.keys((indexTemplate() as any).template.mappings.properties));
    expect(items.length).toBe(summary.indexed);
    for (const { source } of items) for (const k of Object.keys(source!)) expect(mapped.has(k), k).toBe(true);
    const title = items.find((i) => i.action.index?._id === 'lupus#1');
    expect(title?.source?.concepts).toEqual(['c-calcinosis-cutis']);
    expect(items.find((i) => i.action.index?._id === 'lupus#2')?.source?.codes).toEqual(['ATC:H02AB07']);
    expect(items.some((i) => i.source?.kind === 'document')).toBe(true);
    expect(readFileSync(join(dir, SYNONYMS_FILE), 'utf8')).toContain('calcinosis cutis, calcinose cutânea');
    expect(JSON.parse(readFileSync(join(dir, TEMPLATE_FILE), 'utf8'))).toEqual(indexTemplate());
  });

  it('splits the feed into files under the size limit, whole actions only', () => {
    const dir = tempDir();
    const summary = writeFeed(dir, feedDocuments(), [], 2000);
    expect(summary.files.length).toBeGreaterThan(1);
    for (const f of summary.files) {
      expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(2000);
      readBulk(join(dir, f));
    }
  });

  it('feeds only what changed since the last feed, deleting records a document lost', () => {
    const dir = tempDir();
    writeFeed(dir, feedDocuments(), []);
    const [lupus, myositis] = smallCorpus();
    const shorter = makeDocument('myositis', [{ en: 'Juvenile dermatomyositis.', pt: 'Dermatomiosite juvenil.' }], 'h-myositis-2');
    const summary = writeFeed(dir, feedDocuments([lupus!, shorter]), []);
    expect(summary).toMatchObject({ unchanged: 1, replaced: 1, added: 0 });
    const items = summary.files.flatMap((f) => readBulk(join(dir, f)));
    expect(items.filter((i) => i.action.delete).map((i) => i.action.delete!._id).sort()).toEqual(['myositis#2', 'myositis#3']);
    expect(items.every((i) => (Object.values(i.action)[0]!._id as string).startsWith('myositis'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('bulk-'))).toEqual(summary.files);
    expect(myositis).toBeDefined();
  });
});
