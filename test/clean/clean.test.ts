import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/clean.js';
import { sourceOffset } from '../../src/clean/offsets.js';
import { ingestDocument } from '../../src/ingest/ingest.js';

const report = readFileSync(new URL('../../corpus/calcinosis-cutis-lupus-case-report.txt', import.meta.url), 'utf8');
const { blocks, source } = await ingestDocument({ kind: 'text', text: report });
const cleaned = cleanDocument(blocks);
const part = (lang: 'en' | 'pt', p: string) =>
  cleaned.paragraphs
    .filter((x) => x.lang === lang && x.part === p)
    .map((x) => x.text)
    .join(' ');

const EN_ABSTRACT = [
  'Calcinosis cutis is an uncommon disease of unclear pathophysiology that is often disabling.',
  'It is characterized by the formation of calcium deposits in the skin or subcutaneous tissue.',
  'It is classified into four subtypes: dystrophic, metastatic, idiopathic or iatrogenic.',
  'It may be seen in a variety of systemic diseases such as hyperparathyroidism and hypervitaminosis D, but is most commonly found in dermatomyositis, scleroderma and overlap syndromes and is a rare complication of systemic lupus erythematosus.',
  'The management of secondary complications and the success of therapy are constant challenges in the follow-up of these cases.',
];
const PT_RESUMO = [
  'Calcinose cutânea é uma doença incomum, de fisiopatologia incerta e, muitas vezes, incapacitante.',
  'Caracteriza-se pela deposição de sais de cálcio na pele ou tecido subcutâneo.',
  'É classificada em quatro subtipos: metastática, distrófica, idiopática e iatrogênica.',
  'Pode ser vista em várias doenças sistêmicas como hiperparatireoidismo e hipervitaminose D, ocorrendo com maior frequência na dermatomiosite, esclerodermia e síndromes overlap, sendo uma complicação infrequente no lúpus eritematoso sistêmico.',
  'O manejo das complicações secundárias, assim como o sucesso terapêutico, constituem desafios constantes no seguimento destes casos.',
];

describe('cleanDocument on the bundled report', () => {
  it('has title, abstract and body per language, title first', () => {
    expect(part('en', 'title')).toBe('Calcinosis cutis universalis associated with systemic lupus erythematosus: an exuberant case');
    expect(part('pt', 'title')).toBe('Calcinose cútis distrófica universal associada a lúpus eritematoso sistêmico: um');
    expect(cleaned.text.en.startsWith('Calcinosis cutis universalis associated')).toBe(true);
    expect(cleaned.text.pt.startsWith('Calcinose cútis distrófica')).toBe(true);
    expect([...new Set(cleaned.paragraphs.filter((p) => p.lang === 'en' && p.part === 'body').map((p) => p.section))]).toEqual([
      'INTRODUCTION',
      'CASE REPORT',
      'DISCUSSION',
    ]);
  });

  it('gives the abstract and the resumo their five sentences exactly', () => {
    expect(part('en', 'abstract')).toBe(EN_ABSTRACT.join(' '));
    expect(part('pt', 'abstract')).toBe(PT_RESUMO.join(' '));
  });

  it('writes the English body as clean prose', () => {
    const body = part('en', 'body');
    for (const word of ['classified', 'formation', 'diltiazem', 'buttocks', 'iatrogenic', 'radio-opaque', 'follow-up', 'anti-RNP', 'anti-Jo-1', 'TNF-alpha', 'IL-6']) {
      expect(body).toContain(word);
    }
    expect(body).not.toMatch(/\p{L}- \p{Ll}/u);
    expect(body).not.toMatch(/FIGURE|magnification|hematoxylin/);
    expect(body).toContain('that there were no abnormalities in calcium metabolism characterizes');
    expect(body).toContain('calcium salt deposits in the skin or subcutaneous tissue');
    // no citation numbers left after a stop or glued to words
    expect(body).not.toMatch(/[.!?] \d/);
    expect(body).not.toMatch(/surfaces 1,2/);
    expect(cleaned.text.en).not.toContain('\uFFFD');
  });

  it('keeps the citations as data on their paragraphs', () => {
    const markers = cleaned.paragraphs.flatMap((p) => p.citations.map((c) => c.marker));
    expect(markers).toEqual(expect.arrayContaining(['1-11', '8,12', '1-3, 13, 14', '1,2', '2', '15', '1,13,14']));
    const first = cleaned.paragraphs.find((p) => p.citations.length > 0)!;
    const c = first.citations[0]!;
    expect(cleaned.text.en.slice(c.at - 'iatrogenic.'.length, c.at)).toBe('iatrogenic.');
  });

  it('moves the six captions out, rejoined', () => {
    expect(cleaned.captions.map((c) => c.label)).toEqual(['FIGURE 1', 'FIGURE 3', 'FIGURE 3', 'FIGURE 4', 'FIGURE 5', 'FIGURE 6']);
    expect(cleaned.captions[0]!.text).toBe(
      'Hardened, erythematous, violaceous plaques with telangiectasias interspersed with atrophic and ulcerated areas and livedo reticularis on the buttocks and backs of the thighs',
    );
    expect(cleaned.captions[5]!.text).toContain('area of calcification at a greater depth');
  });

  it('repairs the lab values', () => {
    expect(cleaned.text.en).toContain('leucopenia 2.98 × 10³/mm³ leukocytes (normal range: 5-11 × 10³/mm³)');
    expect(cleaned.text.en).toContain('ESR 40 mm/h (normal range: ≤ 20 mm/h)');
    expect(cleaned.text.en).toContain('alkaline phosphatase 233 U/L (normal range: 35-104 U/L)');
    expect(cleaned.text.en).toContain('CO₂ laser');
  });

  it('resolves the Portuguese hyphenation', () => {
    for (const word of ['incapacitante', 'dermatomiosite', 'lúpus eritematoso sistêmico', 'constantes', 'Caracteriza-se']) {
      expect(cleaned.text.pt).toContain(word);
    }
  });

  it('traces every cleaned character back to the source', () => {
    const superscripts: Record<string, string> = { '³': '3', '₂': '2', '×': 'x' };
    for (const lang of ['en', 'pt'] as const) {
      const text = cleaned.text[lang];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (/\s/.test(ch)) continue;
        expect(source[sourceOffset(cleaned.offsets[lang], i)], `${lang}[${i}] ${ch}`).toBe(superscripts[ch] ?? ch);
      }
    }
  });

  it('keeps paragraph offsets into the text', () => {
    for (const p of cleaned.paragraphs) expect(cleaned.text[p.lang as 'en' | 'pt'].slice(p.start, p.end)).toBe(p.text);
  });
});

describe('cleanDocument on pre-segmented input', () => {
  it('keeps the given sentences verbatim', async () => {
    const input = { kind: 'segmented' as const, en: ['It is classi- fied.', 'Two.'], pt: ['Um.', 'Dois.'] };
    const doc = await ingestDocument(input);
    const out = cleanDocument(doc.blocks, { verbatim: true });
    expect(out.text).toEqual({ en: 'It is classi- fied.\nTwo.', pt: 'Um.\nDois.' });
  });
});

describe('cleanDocument: apparatus apart from prose', () => {
  const block = (part: 'body' | 'references' | 'other', section: string, text: string, start: number) => ({ lang: 'en' as const, part, section, text, start, end: start + text.length });

  it('keeps reference lists and headed back matter out of the paragraphs, in the text', () => {
    const blocks = [
      block('body', 'Introduction', 'Pain is common in the elderly.', 0),
      block('other', 'Acknowledgements', 'We thank the nurses of the ward.', 40),
      block('references', 'References', '1. Silva A. Pain in the elderly. Rev Dor. 2019;3:1-5.', 80),
      block('other', '', 'Maria Silva, Federal University of Goiás.', 140),
    ];
    const cleaned = cleanDocument(blocks);
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Pain is common in the elderly.', 'Maria Silva, Federal University of Goiás.']);
    expect(cleaned.apparatus.map((p) => p.part)).toEqual(['other', 'references']);
    expect(cleaned.text.en).toContain('We thank the nurses');
    for (const p of cleaned.apparatus) expect(cleaned.text.en.slice(p.start, p.end)).toBe(p.text);
  });
});
