import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkId, writeFeed } from '../../src/search/elasticsearch.js';
import { SearchIndex } from '../../src/search/embedded.js';
import { MAX_QUERY_CHARS } from '../../src/search/query.js';
import { medbitext } from '../helpers/cli.js';
import { documentRecords } from '../../src/search/records.js';
import { makeDocument, smallCorpus } from './fixtures.js';
import { tempDir } from '../helpers/temp.js';

/** Hostile input for search (docs/hostile-input.md). */

describe('a huge query through the API', () => {
  const index = new SearchIndex();
  for (const d of smallCorpus()) index.put(d);

  it('is cut to the caps, answers as its first words do, and says it was cut', () => {
    const query = 'prednisone lupus '.repeat(Math.ceil(1_048_576 / 17)).slice(0, 1_048_576);
    const result = index.find(query);
    expect(result.trimmed).toEqual({ chars: 1_048_576, kept: expect.any(Number) });
    expect(result.trimmed!.kept).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(result.hits.map((h) => h.id)).toEqual(index.search('prednisone lupus').map((h) => h.id));
  });

  it('of distinct nonsense words finds nothing, and is cut too', () => {
    const noise = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(index.find(noise)).toMatchObject({ hits: [], trimmed: { chars: noise.length } });
  });
});

describe('search through the CLI', () => {
  const dir = tempDir('mbt-hostile-search-');
  const input = join(dir, 'docs.jsonl');
  writeFileSync(
    input,
    JSON.stringify({ id: 'tb', en_sentences: ['The patient had a chronic cough.', 'Tuberculosis was ruled out.'], pt_sentences: ['O paciente tinha tosse crônica.', 'A tuberculose foi excluída.'] }) + '\n',
  );
  const index = join(dir, 'index');
  const built = medbitext(['index', input, '--out', index]);

  it('notes on one line that a 120 KB query was cut, and answers', () => {
    expect(built.status, built.stderr).toBe(0);
    const r = medbitext(['search', 'tosse '.repeat(20_000), '--index', index]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^note: the query was cut to its first \d+ of 120,000 characters/)]);
    expect(JSON.parse(r.stdout.split('\n')[0]!).id).toBe('tb#1');
  });

  it('names --include-negated when only negated mentions answered a typed query', () => {
    const en = medbitext(['search', 'tuberculose', '--index', index, '--type', 'diagnosis']);
    expect(en.status).toBe(0);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe('No hits: 1 sentence mentions it only negated or hedged (add --include-negated to see it).\n');
    const pt = medbitext(['search', 'tuberculose', '--index', index, '--type', 'diagnosis', '--locale', 'pt']);
    expect(pt.stderr).toContain('use --include-negated');
    const shown = medbitext(['search', 'tuberculose', '--index', index, '--type', 'diagnosis', '--include-negated']);
    expect(JSON.parse(shown.stdout.split('\n')[0]!).id).toBe('tb#2');
    const untyped = medbitext(['search', 'tuberculose', '--index', index]);
    expect(JSON.parse(untyped.stdout.split('\n')[0]!).id).toBe('tb#2');
    expect(untyped.stderr).toBe('');
  });

  it('says a query of stop words has no searchable words, in one line without a place', () => {
    const r = medbitext(['search', 'the of', '--index', index]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('medbitext: the query "the of" has no searchable words (only stop words or punctuation)\n');
  });
});

describe('Elasticsearch ids over 512 bytes', () => {
  const long = 'é'.repeat(300); // 300 characters, 600 bytes: under a character limit, over the byte limit
  const ids = [long, `${long}x`, 'sha256:' + 'a'.repeat(64), 'short'];

  it('are sent as a hash, distinct, and kept whole in the source', () => {
    const dir = tempDir('mbt-hostile-es-');
      const docs = ids.map((id) => makeDocument(id, [{ en: 'Calcinosis.', pt: 'Calcinose.' }]));
    writeFeed(dir, docs.map((d) => ({ id: d.id, key: d.hash, records: documentRecords(d) })), []);
    const lines = readFileSync(join(dir, 'bulk-0001.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const actions = lines.filter((_, i) => i % 2 === 0).map((a) => a.index._id as string);
    const sources = lines.filter((_, i) => i % 2 === 1);
    for (const id of actions) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(512);
    expect(new Set(actions).size).toBe(actions.length);
    expect(sources.map((s) => s.id)).toEqual(docs.flatMap((d) => documentRecords(d).map((r) => r.id)));
    expect(actions).toContain('short#1');
    // An id that looks hashed is hashed too, so no real id can take another's `_id`.
    expect(bulkId(ids[2]!)).not.toBe(ids[2]);
    expect(bulkId(long)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('are deleted by the same hash when the document changes', () => {
    const dir = tempDir('mbt-hostile-es-');
      const before = makeDocument(long, [{ en: 'Calcinosis.', pt: 'Calcinose.' }, { en: 'Lupus.', pt: 'Lúpus.' }]);
    writeFeed(dir, [{ id: long, key: 'k1', records: documentRecords(before) }], []);
    const after = makeDocument(long, [{ en: 'Calcinosis.', pt: 'Calcinose.' }]);
    writeFeed(dir, [{ id: long, key: 'k2', records: documentRecords(after) }], []);
    const deletes = readFileSync(join(dir, 'bulk-0001.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((a) => a.delete);
    expect(deletes.map((a) => a.delete._id)).toEqual([bulkId(`${long}#2`)]);
  });
});
