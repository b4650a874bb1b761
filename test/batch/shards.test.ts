import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeDocument } from '../../src/batch/document.js';
import { readPairTerms, readResult, readTerms, readWithoutTerms, shardText, storedResults } from '../../src/batch/shards.js';
import type { ManifestEntry } from '../../src/batch/manifest.js';
import type { DocumentResult } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const doc = {
  id: 'café-1',
  path: 'docs.jsonl',
  hash: 'h1',
  input: {
    kind: 'pair' as const,
    en: 'Calcinosis cutis is an uncommon disease. The patient was treated with prednisone 30 mg/day.',
    pt: 'A calcinose cutânea é uma doença incomum. O paciente foi tratado com prednisona 30 mg/dia.',
  },
};

describe('stored document results', () => {
  it('are JSON.stringify of the result, byte for byte, with the byte range of their terms', async () => {
    const dir = tempDir('mbt-shard-');
    const entry = await storeDocument(doc, 'v', dir);
    const path = join(dir, entry.shard);
    const whole = readResult(path);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(whole));
    // Non-ASCII text before the terms: the range is in bytes, not characters.
    expect(whole.text.pt).toContain('é');
    expect(whole.terms.evidence.length).toBeGreaterThan(0);
    expect(readTerms(path, entry)).toEqual(whole.terms);
    expect(readWithoutTerms(path, entry)).toEqual({ ...whole, terms: { doc: doc.id, pairs: 0, pairTerms: [], surfaces: { en: {}, pt: {} }, evidence: [], examples: [] } });
  });

  it('written before the range was kept are read whole', () => {
    const dir = tempDir('mbt-shard-');
    const result = {
      id: 'd',
      path: 'p',
      hash: 'h',
      version: 'v',
      text: { en: 'a', pt: 'b' },
      captions: [],
      sentences: [],
      alignment: [],
      entities: [],
      entityLinks: [],
      terms: { doc: 'd', pairs: 1, pairTerms: [{ en: ['x'], pt: ['y'] }], surfaces: { en: {}, pt: {} }, evidence: [], examples: [] },
      messages: [{ reason: 'r' }],
    } as DocumentResult;
    expect(shardText(result).text).toBe(JSON.stringify(result));
    writeFileSync(join(dir, 'old.json'), JSON.stringify(result));
    const old: ManifestEntry = { id: 'd', hash: 'h', version: 'v', shard: 'old.json' };
    const results = storedResults(dir, [old, old]);
    expect([...results.terms()]).toEqual([result.terms, result.terms]);
    expect([...results.withoutTerms()]).toEqual([result, result]);
    expect([...results.pairTerms()]).toEqual([result.terms, result.terms]);
  });

  it('whose shard a later result of the same id replaced are read whole, not through a stale range', async () => {
    const dir = tempDir('mbt-shard-');
    const first = await storeDocument(doc, 'v', dir);
    // The same id again, with other text: same shard file, terms elsewhere in it.
    const later = { ...doc, hash: 'h2', input: { ...doc.input, en: `Background. ${doc.input.en}`, pt: `Contexto. ${doc.input.pt}` } };
    const second = await storeDocument(later, 'v', dir);
    expect(second.shard).toBe(first.shard);
    expect(second.terms).not.toEqual(first.terms);
    const whole = readResult(join(dir, first.shard));
    const results = storedResults(dir, [first]);
    expect([...results.terms()]).toEqual([whole.terms]);
    expect([...results.withoutTerms()]).toEqual([whole]);
    expect([...results.pairTerms()]).toEqual([whole.terms]);
  });

  it('give their pair terms alone, reading the rest of their terms only when it is used', async () => {
    const dir = tempDir('mbt-shard-');
    const entry = await storeDocument(doc, 'v', dir);
    const path = join(dir, entry.shard);
    const whole = readResult(path);
    expect(whole.terms.pairTerms.length).toBeGreaterThan(0);
    expect(readPairTerms(path, entry)).toEqual(whole.terms);
    expect([...storedResults(dir, [entry]).pairTerms()]).toEqual([whole.terms]);
    // Damage the evidence, after the pair terms: they still read, and the rest fails naming the shard.
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('"evidence":[') + '"evidence":['.length;
    writeFileSync(path, `${text.slice(0, at)}#${text.slice(at + 1)}`);
    const lazy = readPairTerms(path, entry);
    expect(lazy.pairTerms).toEqual(whole.terms.pairTerms);
    expect(() => lazy.evidence).toThrow(`${path}: stored result is damaged`);
    expect(() => readTerms(path, entry)).toThrow('--force');
  });
});
