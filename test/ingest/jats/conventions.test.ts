import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument, type Ingested } from '../../../src/ingest/ingest.js';
import { decodeBuffer } from '../../../src/io/decode.js';
import { processDocument } from '../../../src/processor.js';

/** Other publishers' JATS/NLM conventions, one invented article each (conventions/README.md, docs/jats.md). */
const DIR = fileURLToPath(new URL('./conventions/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => /\.n?xml$/.test(f));
const text = (name: string) => decodeBuffer(readFileSync(join(DIR, name)), name);
const file = (prefix: string) => FILES.find((f) => f.startsWith(prefix))!;

const read = new Map<string, Ingested | Error>();
beforeAll(async () => {
  for (const f of FILES) read.set(f, await ingestDocument({ kind: 'text', text: text(f) }, f).catch((e: Error) => e));
});
const ingested = (prefix: string) => {
  const doc = read.get(file(prefix))!;
  if (doc instanceof Error) throw doc;
  return doc;
};
const lines = (prefix: string, part?: string) =>
  ingested(prefix)
    .blocks.filter((b) => !part || b.part === part)
    .flatMap((b) => b.text.split('\n\n').map((p) => `${b.lang} ${b.part}${b.section ? ` [${b.section}]` : ''} ${p}`));

/** What each file has beyond a one-to-one translation: sentences of one language with no counterpart, by design. */
const UNPAIRED: Record<string, string[]> = {
  '06': ['Hand hygiene adherence in a paediatric ward', 'Nurses cleaned their hands more often after they were told how often they did.'], // no translated title; a plain-language summary in English only
  '07': ['Hand Disinfection'], // an indexer's (MeSH) keyword group in English only
};

describe('JATS conventions of other publishers, through the whole pipeline', () => {
  it('reads every file, and pairs each sentence with its translation', { timeout: 60_000 }, async () => {
    for (const f of FILES) {
      const doc = await processDocument(f, { kind: 'text', text: text(f) }, f);
      expect(doc.messages.filter((m) => m.fatal), f).toEqual([]);
      const sentences = doc.data.sentences!;
      // every file is bilingual: a language with no sentence is a translation misfiled
      for (const lang of ['en', 'pt']) expect(sentences.filter((s) => s.lang === lang).length, `${f} ${lang}`).toBeGreaterThan(0);
      for (const s of sentences) expect(s.text, f).not.toMatch(/[<>]\/?[a-z-]+|&[a-z]+;|�/);
      // a sentence of the front matter, or of a body both languages have, with no one-to-one link is unpaired
      const paired = new Set(doc.data.alignment!.filter((l) => l.en.length === 1 && l.pt.length === 1).flatMap((l) => [`en ${l.en[0]}`, `pt ${l.pt[0]}`]));
      const bodies = new Set(sentences.filter((s) => s.part === 'body').map((s) => s.lang));
      const aligned = (s: (typeof sentences)[number]) => ['title', 'abstract', 'keywords'].includes(s.part) || (s.part === 'body' && bodies.size === 2);
      const unpaired = sentences.filter((s) => (s.lang === 'en' || s.lang === 'pt') && aligned(s) && !paired.has(`${s.lang} ${s.n}`)).map((s) => s.text);
      expect(unpaired, f).toEqual(UNPAIRED[f.slice(0, 2)] ?? []);
    }
  });
});

describe('JATS conventions: what goes where', () => {
  it('takes out a citation however its brackets are marked up, and keeps the words of other links', async () => {
    const doc = await processDocument('10', { kind: 'text', text: text(file('10')) });
    const results = doc.data.sentences!.filter((s) => s.section === 'Results' || s.section === 'Resultados');
    expect(results.map((s) => `${s.text} ${s.citations.map((c) => c.refs.join(',')).join(' ')}`.trim())).toEqual([
      'Adherence differed between shifts (p<0.05; Table 1).',
      'The WHO observation form was used as published on the project site.',
      'Details are given in Methods and Appendix 1.',
      'Alcohol rub was preferred to soap in most opportunities. 2',
      'Soap was used when hands were visibly soiled. 1',
      'A total of 1,240 opportunities were observed.',
      'Adherence was lowest before aseptic procedures.',
      'A adesão diferiu entre os turnos (p<0,05; Tabela 1).',
      'O formulário de observação da OMS foi usado como publicado no site do projeto.',
      'Os detalhes estão em Método e no Apêndice 1.',
      'A fricção alcoólica foi preferida ao sabão na maioria das oportunidades. 2',
      'O sabão foi usado quando as mãos estavam visivelmente sujas. 1',
      'Foram observadas 1.240 oportunidades no total.',
      'A adesão foi menor antes de procedimentos assépticos.',
    ]);
  });

  it('files a translation typed `translated-article` as the translation (the original language named)', () => {
    expect(ingested('04').original).toBe('en');
    expect(ingested('03').original).toBe('pt');
    expect(ingested('02').original).toBe('en');
  });

  it('keeps a keyword group of abbreviations out of the keywords, and the authors’ group as the list', () => {
    expect(lines('07', 'other')).toEqual(['en other [Abbreviations] HAI, healthcare-associated infection', 'en other [Abbreviations] WHO, World Health Organization']);
    expect(ingested('07').keywords!.map((k) => `${k.code}: ${k.keywords.join('; ')}`)).toEqual(['en: Hand Hygiene; Pediatric Nursing; Infection Control', 'pt: Higiene das Mãos; Enfermagem Pediátrica; Controle de Infecções']);
  });

  it('splits one kwd listing every keyword, at semicolons or at two or more commas', () => {
    expect(ingested('29').keywords!.map((k) => `${k.code}: ${k.keywords.join(' | ')}`)).toEqual(['en: Hand Hygiene | Pediatric Nursing | Infection Control', 'pt: Higiene das Mãos | Enfermagem Pediátrica | Controle de Infecções']);
  });

  it('files each language’s section of one abstract in its language', () => {
    expect(lines('32', 'abstract')).toEqual([
      'en abstract [Abstract] Hand hygiene adherence among nurses of a paediatric ward was observed for six weeks.',
      'en abstract [Abstract] Adherence rose from 48% to 71% after weekly feedback sessions.',
      'pt abstract [Resumo] A adesão à higiene das mãos entre enfermeiros de uma enfermaria pediátrica foi observada durante seis semanas.',
      'pt abstract [Resumo] A adesão subiu de 48% para 71% após sessões semanais de retorno.',
    ]);
  });

  it('reads structured abstracts by sections and by bold labels alike, and abstracts of other types apart', () => {
    expect(lines('06', 'abstract').filter((l) => /(Method|Método):/.test(l))).toEqual(['en abstract [Abstract] Method: An observational study over six weeks.', 'pt abstract [Resumo] Método: Um estudo observacional ao longo de seis semanas.']);
    expect(lines('06', 'abstract').map((l) => l.split(']')[0])).toEqual([...Array(4).fill('en abstract [Abstract'), 'en abstract [Key points', 'en abstract [Key points', 'en abstract [Plain language summary', ...Array(4).fill('pt abstract [Resumo'), 'pt abstract [Destaques', 'pt abstract [Destaques']);
    expect(lines('06', 'caption')).toEqual(['en caption Adherence before and after feedback.']);
  });

  it('keeps a table’s footer, footnotes in the body, a glossary and peer review as apparatus, not prose', () => {
    expect(lines('09', 'other')).toContain('en other [Table 1] Percentages of observed opportunities.');
    expect(lines('09', 'other')).toContain('pt other [Tabela 1] Porcentagens das oportunidades observadas.');
    expect(lines('19', 'other')).toEqual(['en other [fn] The evening shift ended at 10 p.m.', 'pt other [fn] O turno da noite terminava às 22 horas.']);
    expect(lines('08', 'other')).toEqual(['en other [Abbreviations] HAI: healthcare-associated infection', 'en other [Abbreviations] WHO: World Health Organization', 'pt other [Abreviaturas] HAI: infecção relacionada à assistência à saúde', 'pt other [Abreviaturas] WHO: Organização Mundial da Saúde']);
    expect(lines('18').filter((l) => /review|response|letter/i.test(l))).toEqual([
      "en other [Decision letter] The reviewers found the study well conducted and asked for a clearer description of the observers' training.",
      'en other [Author response] We have expanded the description of how the observers were trained and tested.',
    ]);
  });

  it('keeps a body section of abbreviations (definition lists only) out of the prose, whatever its title', () => {
    expect(lines('27', 'other')).toEqual([
      'en other [Abbreviations] HAI: healthcare-associated infection',
      'en other [Abbreviations] WHO: World Health Organization',
      'pt other [Siglas] IRAS: infecção relacionada à assistência à saúde',
      'pt other [Siglas] OMS: Organização Mundial da Saúde',
    ]);
  });

  it('reads the words of markup escaped into the text, not its tags', () => {
    expect(lines('30', 'abstract')).toEqual([
      'en abstract Objective: hand hygiene adherence among nurses of a paediatric ward was observed for six weeks. Adherence rose from 48% to 71% after weekly feedback sessions.',
      'pt abstract Objetivo: a adesão à higiene das mãos entre enfermeiros de uma enfermaria pediátrica foi observada durante seis semanas. A adesão subiu de 48% para 71% após sessões semanais de retorno.',
    ]);
  });

  it('reads words written with no `p` around them', () => {
    expect(lines('23', 'abstract')).toEqual([
      'en abstract [Abstract] Hand hygiene adherence among nurses of a paediatric ward was observed for six weeks. Adherence rose from 48% to 71% after weekly feedback sessions.',
      'pt abstract [Resumo] A adesão à higiene das mãos entre enfermeiros de uma enfermaria pediátrica foi observada durante seis semanas. A adesão subiu de 48% para 71% após sessões semanais de retorno.',
    ]);
    expect(lines('23', 'body').filter((l) => /outside|one opportunity|\bfora\b|uma oportunidade/.test(l))).toEqual([
      'en body [Introduction] They stood outside the room.',
      'en body [Introduction] They recorded one opportunity at a time.',
      'pt body [Introdução] Ficaram do lado de fora do quarto.',
      'pt body [Introdução] Registraram uma oportunidade de cada vez.',
    ]);
    expect(lines('23', 'other')).toEqual(['en other [ack] We thank the nursing staff of the ward.', 'pt other [ack] Agradecemos à equipe de enfermagem da enfermaria.']);
  });

  it('lays out a translated title and abstract given twice once, and reads one article-title per language', () => {
    expect(ingested('20').blocks.map((b) => `${b.lang} ${b.part}`).filter((l) => /title|abstract|keywords/.test(l))).toEqual(['en title', 'pt title', 'en abstract', 'pt abstract', 'en keywords', 'pt keywords']);
    expect(lines('24', 'title')).toEqual(['en title Hand hygiene adherence in a paediatric ward', 'pt title Adesão à higiene das mãos em uma enfermaria pediátrica']);
  });

  // a no-break space is a space in the text (squashed like any other)
  it('reads NLM 2.3 and 3.0 files: their named characters, `citation` and `element-citation` references', () => {
    expect(lines('11', 'title')).toEqual(['en title Hand hygiene adherence in a paediatric ward—an observational study', 'pt title Adesão à higiene das mãos em uma enfermaria pediátrica—um estudo observacional']);
    expect(lines('11', 'abstract')).toContain('pt abstract [Resumo] A adesão subiu de 48 % para 71 % após sessões semanais de retorno.');
    expect(lines('11', 'references')).toEqual(['en references [References] 1. Alves R Hand hygiene in wards J Ward Care 2019 4 10 15']);
    expect(lines('12', 'references')).toEqual(['en references [References] 1. Alves R Brandt K Hand hygiene in wards J Ward Care 2019 4 10 15']);
  });

  it('reads named characters an internal subset declares, a Latin-1 file, a PubMed Central article set and a .nxml file', () => {
    expect(lines('14', 'abstract')).toContain('en abstract [Abstract] Adherence rose from 48%–71% after weekly feedback sessions.');
    expect(lines('14', 'abstract')).toContain('pt abstract [Resumo] A adesão subiu de 48% para 71% após sessões semanais de retorno.');
    expect(lines('21', 'title')).toEqual(['pt title Adesão à higiene das mãos em uma enfermaria pediátrica', 'en title Hand hygiene adherence in a paediatric ward']);
    for (const prefix of ['22', '25']) expect(ingested(prefix).blocks.map((b) => `${b.lang} ${b.part}`).filter((l) => l.endsWith('title'))).toEqual(['en title', 'pt title']);
  });

  it('keeps the year an author–date citation links as words, never as a reference number', async () => {
    const doc = await processDocument('28', { kind: 'text', text: text(file('28')) });
    const discussion = doc.data.sentences!.filter((s) => s.section === 'Discussion' || s.section === 'Discussão').map((s) => s.text);
    expect(discussion.filter((s) => s.includes('Costa'))).toEqual(['Similar gains were reported by Costa (2021) in adult wards.', 'Ganhos semelhantes foram relatados por Costa (2021) em enfermarias de adultos.']);
    expect(discussion.join(' ')).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });

  it('reads a caption per language, and a figure group of one figure per language', () => {
    expect(lines('26', 'caption')).toEqual(['en caption [Figure 1] Adherence by week', 'pt caption [Figure 1] Adesão por semana', 'en caption [Figure 2] Opportunities by shift', 'pt caption [Figura 2] Oportunidades por turno']);
  });

  it('reads a translation that declares its original’s language in the language of its text, with a note', () => {
    expect(ingested('31').blocks.map((b) => `${b.lang} ${b.part}`).filter((l) => l.endsWith('title'))).toEqual(['en title', 'pt title']);
    expect(ingested('31').notes.map((n) => `${n.rule}: ${n.reason}`)).toEqual(['translation-language: a translation declares xml:lang="en", the language of its original; its text is in "pt", read as such']);
    expect(ingested('02').notes).toEqual([]);
  });

  it('keeps a third language apart from English and Portuguese', () => {
    expect(new Set(ingested('17').blocks.map((b) => b.lang))).toEqual(new Set(['en', 'pt', 'other']));
    expect(lines('17', 'title')).toEqual(['en title Hand hygiene adherence in a paediatric ward', 'pt title Adesão à higiene das mãos em uma enfermaria pediátrica', 'other title Adherencia a la higiene de manos en una sala pediátrica']);
    expect(ingested('17').keywords!.map((k) => k.code)).toEqual(['en', 'pt', 'es']);
  });
});
