import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { documentEntities } from '../../src/entities/plugin.js';
import { indexTemplate, writeFeed } from '../../src/search/elasticsearch.js';
import { SearchIndex } from '../../src/search/embedded.js';
import { ConceptDictionary, shippedConcepts } from '../../src/search/concepts.js';
import { documentRecords, ENTITY_ATTRIBUTES, indexFields } from '../../src/search/records.js';
import { makeDocument } from './fixtures.js';
import recordSchema from './schemas/record-source.schema.json' with { type: 'json' };
import { tempDir } from '../helpers/temp.js';

/**
 * The entity attributes (value, number, unit, range, flag, dose, frequency,
 * route, subject, certainty …) on their way to the search feeds: the
 * Elasticsearch mapping types each one, the bulk sources carry them and
 * validate against the record schema, the embedded index returns them.
 */

const validRecord = new Ajv({ allErrors: true, strict: false }).compile(recordSchema);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A document whose entities come from the entities stage itself. */
function attributeDocument() {
  const doc = makeDocument('labs', [
    {
      en: 'Potassium 5.9 mEq/L (RR 3.5-5.0 mEq/L) and platelets 450,000/mm³; his mother has type 2 diabetes.',
      pt: 'Potássio de 5,9 mEq/L (VR: 3,5-5,0 mEq/L) e plaquetas 450.000/mm³; mãe com diabetes tipo 2.',
      part: 'body',
    },
    { en: 'Aspirin 100 mg orally once daily will be started.', pt: 'A iniciar AAS 100 mg via oral ao dia.', part: 'body' },
  ]);
  doc.entities = documentEntities(doc.sentences);
  return doc;
}

const entityMapping = () => (indexTemplate() as any).template.mappings.properties.entities.properties;

describe('Elasticsearch mapping of entity attributes', () => {
  it('maps every attribute the records carry', () => {
    for (const a of ENTITY_ATTRIBUTES) expect(entityMapping()[a], a).toBeDefined();
  });

  it('maps numbers as numbers and flags, subjects and codes as keywords', () => {
    const m = entityMapping();
    expect(m.number.type).toBe('double');
    expect(m.range.properties.low.type).toBe('double');
    expect(m.range.properties.high.type).toBe('double');
    for (const k of ['flag', 'subject', 'certainty', 'ucum', 'unit', 'frequency', 'route', 'value']) expect(m[k].type, k).toBe('keyword');
    expect(m.uncertain.type).toBe('boolean');
  });
});

/** Whether a JSON value fits the mapping of its field (strict mappings refuse unmapped fields). */
function fits(value: unknown, field: any, path: string, problems: string[]): void {
  if (field === undefined) return void problems.push(`${path}: not mapped`);
  // Any field may hold several values.
  if (Array.isArray(value)) return value.forEach((v) => fits(v, field, path, problems));
  const type = field.type ?? 'object';
  if (type === 'nested' || type === 'object') {
    for (const [k, v] of Object.entries(value as object)) fits(v, field.properties[k], `${path}.${k}`, problems);
    return;
  }
  const ok = { keyword: 'string', text: 'string', double: 'number', float: 'number', integer: 'number', boolean: 'boolean' }[type as string];
  if (typeof value !== ok) problems.push(`${path}: ${typeof value} in a ${type} field`);
}

describe('bulk feed with entity attributes', () => {
  const dir = tempDir('medbitext-es-attributes-');
  dirs.push(dir);
  const doc = attributeDocument();
  const records = documentRecords(doc);
  const dictionary = new ConceptDictionary(shippedConcepts());
  for (const r of records) indexFields(r, dictionary);
  const summary = writeFeed(dir, [{ id: doc.id, key: doc.hash, records }], []);
  const lines = summary.files.flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'));
  const sources = lines.filter((_, i) => i % 2 === 1).map((l) => JSON.parse(l));
  const entities = sources.flatMap((s) => s.entities);

  it('carries value, number, unit, range and flag of labs, dose, frequency and route of drugs, subject and certainty', () => {
    expect(entities.find((e) => e.lang === 'en' && e.normalized === 'potassium' && e.value)).toMatchObject({
      value: '5.9', number: 5.9, unit: 'mEq/L', ucum: 'meq/L', reference_range: '3.5-5.0 mEq/L', range: { low: 3.5, high: 5, kind: 'reference' }, flag: 'high',
    });
    expect(entities.find((e) => e.lang === 'pt' && e.text === 'plaquetas')).toMatchObject({ value: '450.000', number: 450000, ucum: '/mm3' });
    expect(entities.find((e) => e.lang === 'en' && e.normalized === 'aspirin' && e.dose)).toMatchObject({ dose: '100', number: 100, unit: 'mg', frequency: '1/d', route: 'oral', certainty: 'plan' });
    expect(entities.find((e) => e.lang === 'en' && e.type === 'diagnosis' && e.start >= 0)).toMatchObject({ subject: 'family' });
  });

  it('validates every source against the record schema', () => {
    expect(sources.length).toBe(summary.indexed);
    for (const s of sources) expect(validRecord(s), JSON.stringify(validRecord.errors)).toBe(true);
  });

  it('fits every source field to its mapped type', () => {
    const properties = (indexTemplate() as any).template.mappings.properties;
    const problems: string[] = [];
    for (const s of sources) for (const [k, v] of Object.entries(s)) if (v !== undefined) fits(v, properties[k], k, problems);
    expect(problems).toEqual([]);
  });

  it('keeps who and how sure in the document record, not single values', () => {
    const document = sources.find((s) => s.kind === 'document')!;
    expect(document.entities.some((e: any) => e.subject === 'family')).toBe(true);
    expect(document.entities.every((e: any) => e.value === undefined && e.number === undefined)).toBe(true);
  });
});

describe('embedded index with entity attributes', () => {
  it('returns the attributes with each hit, after a save and a reopen', () => {
    const dir = tempDir('medbitext-search-attributes-');
    dirs.push(dir);
    const index = new SearchIndex();
    index.put(attributeDocument());
    index.save(dir);
    const hits = SearchIndex.open(dir).search('potassium', { lang: 'en' });
    expect(hits[0]?.entities.find((e) => e.normalized === 'potassium' && e.lang === 'en')).toMatchObject({ number: 5.9, flag: 'high', ucum: 'meq/L' });
  });
});
