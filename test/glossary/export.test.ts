import { describe, expect, it } from 'vitest';
import { csvChunks, i18nextChunks, jsonChunks, tbxChunks, toCsv, toI18next, toJson, toTbx } from '../../src/glossary/export.js';
import type { GlossaryEntry } from '../../src/types.js';

const entries: GlossaryEntry[] = [
  {
    id: 'c-calcinosis-cutis',
    en: 'calcinosis cutis',
    pt: 'calcinose cutânea',
    type: 'diagnosis',
    score: 0.9712,
    count: 3,
    sources: ['d7', 'd1'],
    examples: [{ doc: 'd1', en: 'Calcinosis cutis is <rare> & "odd".', pt: 'Calcinose cutânea é rara.' }],
    origin: 'termbase',
  },
  { id: 'c-scleroderma', en: 'scleroderma', pt: 'esclerodermia', type: 'term', score: 0.8, count: 1, sources: ['d1'], examples: [], origin: 'corpus' },
  { id: 'c-a-b', en: 'a, "b"', pt: 'a b', type: 'lab', score: 0.8, count: 1, sources: ['d2'], examples: [], origin: 'corpus' },
];
const shuffled = [entries[2]!, entries[0]!, entries[1]!];

describe('glossary exports', () => {
  it('are byte-stable whatever the entry order', () => {
    expect(toJson(shuffled)).toBe(toJson(entries));
    expect(toCsv(shuffled)).toBe(toCsv(entries));
    expect(toTbx(shuffled)).toBe(toTbx(entries));
    expect(toI18next(shuffled)).toEqual(toI18next(entries));
  });

  it('writes the interface fields to JSON, sources sorted, score rounded', () => {
    const rows = JSON.parse(toJson(entries));
    expect(rows[0]).toMatchObject({ en: 'calcinosis cutis', pt: 'calcinose cutânea', type: 'diagnosis', score: 0.971, count: 3, sources: ['d1', 'd7'], documents: 2 });
    expect(rows.map((r: { en: string }) => r.en)).toEqual(['calcinosis cutis', 'a, "b"', 'scleroderma']);
  });

  it('quotes CSV fields that need it', () => {
    const lines = toCsv(entries).split('\r\n');
    expect(lines[0]).toBe('id,en,pt,type,score,count,sources,origin');
    expect(lines[1]).toBe('c-calcinosis-cutis,calcinosis cutis,calcinose cutânea,diagnosis,0.971,3,d1;d7,termbase');
    expect(lines[2]).toBe('c-a-b,"a, ""b""",a b,lab,0.800,1,d2,corpus');
  });

  it('writes TBX-Basic in DCA style with one concept per entry', () => {
    const tbx = toTbx(entries);
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx.match(/<conceptEntry id="/g)).toHaveLength(3);
    expect(tbx.match(/<langSec xml:lang="en">/g)).toHaveLength(3);
    expect(tbx.match(/<langSec xml:lang="pt-BR">/g)).toHaveLength(3);
    expect(tbx).toContain('<descrip type="subjectField">medicine: diagnosis</descrip>');
    expect(tbx).toContain('<descrip type="context">Calcinosis cutis is &lt;rare&gt; &amp; &quot;odd&quot;.</descrip>');
    const two = toTbx([{ ...entries[0]!, examples: [...entries[0]!.examples, { doc: 'd7', en: 'A second one.', pt: 'Uma segunda.' }] }]);
    expect(two.match(/<descrip type="context">/g)).toHaveLength(4);
    expect(two).toMatch(/<descrip type="context">Uma segunda\.<\/descrip>\n\t*<admin type="source">d7<\/admin>/);
    // TBX-Basic: termNote only inside termSec, context only inside termSec.
    expect(tbx).not.toMatch(/<langSec[^>]*>\s*<termNote/);
  });

  it('keys i18next bundles by concept id', () => {
    const { en, pt } = toI18next(entries);
    expect(JSON.parse(en)).toEqual({ 'c-a-b': 'a, "b"', 'c-calcinosis-cutis': 'calcinosis cutis', 'c-scleroderma': 'scleroderma' });
    expect(JSON.parse(pt)['c-calcinosis-cutis']).toBe('calcinose cutânea');
  });

  it('stream the same bytes JSON.stringify gives the whole file, empty or not', () => {
    for (const list of [entries, [], [entries[1]!]]) {
      const json = [...jsonChunks(list)].join('');
      expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2) + '\n');
      expect(JSON.parse(json)).toHaveLength(list.length);
      const bundle = [...i18nextChunks(list, 'pt')].join('');
      expect(bundle).toBe(JSON.stringify(JSON.parse(bundle), null, 2) + '\n');
      expect(Object.keys(JSON.parse(bundle))).toHaveLength(list.length);
    }
    expect([...csvChunks([])].join('')).toBe('id,en,pt,type,score,count,sources,origin\r\n');
    expect([...tbxChunks([])].join('')).toMatch(/<body>\n\t\t<\/body>\n\t<\/text>\n<\/tbx>\n$/);
  });
});

describe('TBX escaping', () => {
  it('escapes document ids in notes, as it does terms and examples', () => {
    const tbx = toTbx([{ ...entries[1]!, sources: ['d<1>&"x"'] }]);
    expect(tbx).toContain('sources d&lt;1&gt;&amp;&quot;x&quot;');
    expect(tbx).not.toContain('d<1>');
  });
});

describe('review status, grammar and variants in the exports', () => {
  const mined: GlossaryEntry = {
    id: 'c-headache',
    en: 'headache',
    pt: 'cefaleia',
    type: 'diagnosis',
    score: 0.9,
    termhood: 0.95,
    confidence: 0.85,
    partOfSpeech: 'noun',
    grammaticalGender: 'feminine',
    variants: [{ lang: 'pt', form: 'cefaléia', kind: 'pre-reform', count: 2 }],
    count: 3,
    sources: ['d1'],
    examples: [{ doc: 'd1', en: 'Headache came back.', pt: 'A cefaleia voltou.', score: 0.91, enTerm: [0, 8], ptTerm: [2, 10] }],
    origin: 'corpus',
  };

  it('exports mined entries as proposals with no administrative status; curated ones as preferred', () => {
    const tbx = toTbx([mined, entries[0]!]);
    const concept = (id: string) => tbx.slice(tbx.indexOf(`<conceptEntry id="${id}"`), tbx.indexOf('</conceptEntry>', tbx.indexOf(`<conceptEntry id="${id}"`)));
    expect(concept('c-headache')).not.toContain('administrativeStatus');
    expect(concept('c-headache')).toContain('status proposal (mined, not reviewed)');
    expect(concept('c-calcinosis-cutis')).toContain('<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>');
    expect(tbx).not.toContain('admittedTerm-admn-sts');
    expect(JSON.parse(toJson([mined]))[0]).toMatchObject({ status: 'proposal', termhood: 0.95, confidence: 0.85 });
  });

  it('writes part of speech, the Portuguese gender and spelling variants as TBX-Basic term notes', () => {
    const tbx = toTbx([mined]);
    const pt = tbx.slice(tbx.indexOf('<langSec xml:lang="pt-BR">'));
    expect(tbx.match(/<termNote type="partOfSpeech">noun<\/termNote>/g)).toHaveLength(3);
    expect(pt).toContain('<termNote type="grammaticalGender">feminine</termNote>');
    expect(pt).toMatch(/<term>cefaléia<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="termType">variant<\/termNote>/);
  });

  it('keeps the marked example and its link score in JSON', () => {
    const row = JSON.parse(toJson([mined]))[0];
    expect(row.examples[0]).toEqual({ doc: 'd1', en: 'Headache came back.', pt: 'A cefaleia voltou.', score: 0.91, enTerm: [0, 8], ptTerm: [2, 10] });
    expect(row.variants).toEqual([{ lang: 'pt', form: 'cefaléia', kind: 'pre-reform', count: 2 }]);
  });
});
