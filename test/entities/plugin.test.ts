import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import entities, { documentEntities } from '../../src/entities/plugin.js';
import type { Link, Sentence } from '../../src/types.js';

function sentence(lang: 'en' | 'pt', n: number, text: string, section = 'CASE REPORT', part: Sentence['part'] = 'body'): Sentence {
  return { id: `${lang}-${n}`, lang, n, part, section, text, start: 0, end: text.length, citations: [] };
}

// From the bundled report: the abstract pair, and body sentences of the case and the Discussion.
const SENTENCES: Sentence[] = [
  sentence('en', 1, 'In systemic lupus erythematosus (SLE), the formation of ectopic calcium deposits is a rare finding.', 'INTRODUCTION'),
  sentence('en', 2, 'A 30-year old female teacher had received a definitive diagnosis of SLE thirteen years previously.'),
  sentence('en', 3, 'Although the patient had skin lesions that could be suggestive of dermatomyositis, she had not reported symptoms compatible with myopathy at any time during her disease.', 'DISCUSSION'),
  sentence('en', 4, 'Muscle enzyme levels were normal and anti-Mi and Anti-Jo-1 were nonreactive; therefore, the possibility of this diagnosis was discarded.', 'DISCUSSION'),
  sentence('en', 5, 'In lupus, calcinosis is a rare skin manifestation.', 'DISCUSSION'),
  sentence('en', 6, 'It may be seen in a variety of systemic diseases such as hyperparathyroidism, but is most commonly found in dermatomyositis and scleroderma.', 'Abstract', 'abstract'),
  sentence('pt', 1, 'Pode ser vista em várias doenças sistêmicas como hiperparatireoidismo, ocorrendo com maior frequência na dermatomiosite e esclerodermia.', 'Resumo', 'abstract'),
];
const ALIGNMENT: Link[] = [{ en: [6], pt: [1], score: 0.9, part: 'abstract' }];

describe('documentEntities with the document\'s own list of abbreviations', () => {
  const listed = [
    { lang: 'en' as const, short: 'SLE', long: 'systemic lupus erythematosus' },
    { lang: 'en' as const, short: 'HAI', long: 'hospital-acquired pneumonia' },
    { lang: 'pt' as const, short: 'LUP', long: 'lúpus eritematoso sistêmico' },
    { lang: 'en' as const, short: 'WHO', long: 'World Health Organization' },
  ];
  const found = documentEntities(
    [sentence('en', 1, 'She had SLE and HAI, as the WHO defines it.'), sentence('pt', 1, 'Ela tinha LUP.'), sentence('en', 2, 'In systemic lupus erythematosus (SLE), flares are common.')],
    listed,
  );
  const get = (id: string, text: string) => found.find((e) => e.sentence === id && e.text === text);

  it('reads a listed short form as the entity its expansion names, in its language', () => {
    expect(get('pt-1', 'LUP')).toMatchObject({ type: 'diagnosis', expansion: 'lúpus eritematoso sistêmico', normalized: 'systemic lupus erythematosus' });
    expect(get('en-1', 'HAI')).toMatchObject({ type: 'diagnosis', expansion: 'hospital-acquired pneumonia', normalized: 'hospital-acquired pneumonia' });
  });

  it('keeps a definition in the prose first, and leaves a short form whose expansion is no entity', () => {
    expect(get('en-1', 'SLE')).toMatchObject({ type: 'diagnosis', expansion: 'systemic lupus erythematosus' });
    expect(get('en-1', 'WHO')).toBeUndefined();
  });

  it('leaves a listed short form that is a word of its language, which the prose cannot tell from the word', () => {
    const words = documentEntities(
      [sentence('pt', 1, 'Na admissão, tinha febre e Na de 128.'), sentence('en', 1, 'I saw her when K was low.')],
      [
        { lang: 'pt', short: 'Na', long: 'sódio' },
        { lang: 'en', short: 'I', long: 'ibuprofen' },
        { lang: 'en', short: 'K', long: 'potassium' },
      ],
    );
    expect(words.filter((e) => e.text === 'Na' || e.text === 'I')).toEqual([]);
    expect(words.find((e) => e.text === 'K')).toMatchObject({ expansion: 'potassium' });
  });
});

describe('documentEntities', () => {
  const found = documentEntities(SENTENCES);
  const inSentence = (id: string) => found.filter((e) => e.sentence === id);

  it('resolves an abbreviation defined in another sentence', () => {
    expect(inSentence('en-2').find((e) => e.text === 'SLE')).toMatchObject({ type: 'diagnosis', expansion: 'systemic lupus erythematosus', lang: 'en' });
  });

  it('negates the hedged diagnosis that "this diagnosis was discarded" refers to', () => {
    expect(inSentence('en-3').find((e) => e.text === 'dermatomyositis')).toMatchObject({ uncertain: true, negated: true });
  });

  it('marks Discussion sentences as background unless they are about the patient', () => {
    expect(inSentence('en-5').find((e) => e.text === 'calcinosis')?.subject).toBe('background');
    expect(inSentence('en-3').find((e) => e.text === 'dermatomyositis')?.subject).toBe('patient');
    expect(inSentence('en-2').find((e) => e.text === 'SLE')?.subject).toBe('patient');
  });

  it('keeps offsets relative to the sentence', () => {
    for (const e of found) expect(SENTENCES.find((s) => s.id === e.sentence)!.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('entities plugin', () => {
  it('writes entities and EN↔PT links of aligned sentences', async () => {
    const file = new VFile();
    file.data.sentences = SENTENCES;
    file.data.alignment = ALIGNMENT;
    await unified().use(entities).run({ type: 'root' }, file);
    expect(file.data.entities!.length).toBeGreaterThan(10);
    const pairs = file.data.entityLinks!.map((l) => `${l.en.text}|${l.pt.text}`);
    expect(pairs).toEqual(expect.arrayContaining(['hyperparathyroidism|hiperparatireoidismo', 'dermatomyositis|dermatomiosite', 'scleroderma|esclerodermia']));
    // Only aligned sentences are linked.
    expect(file.data.entityLinks!.every((l) => l.en.sentence === 'en-6' && l.pt.sentence === 'pt-1')).toBe(true);
  });

  it('copes with a file that has no sentences', async () => {
    const file = new VFile();
    await unified().use(entities).run({ type: 'root' }, file);
    expect(file.data.entities).toEqual([]);
    expect(file.data.entityLinks).toEqual([]);
  });
});
