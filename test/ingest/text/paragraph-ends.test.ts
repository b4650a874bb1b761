import { beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { cleanDocument } from '../../../src/clean/clean.js';
import clean from '../../../src/clean/plugin.js';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import ingest from '../../../src/ingest/plugin.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { textLines } from '../../../src/ingest/text/lines.js';
import { lineMeasures, paragraphLines } from '../../../src/ingest/text/paragraph-ends.js';
import segment from '../../../src/segment/plugin.js';
import type { DocumentInput, Part } from '../../../src/types.js';

/**
 * Paragraph ends read off extracted text as the PDF path reads them off the
 * page: short last lines, first-line indents, item ends, blank lines after
 * closed lines; a blank line after a full line ending inside a sentence
 * (a column or page turn) is no end.
 */
beforeAll(loadLanguageDetector);

/** A body of full lines, so the column's measure is known. */
const FULL = [
  'Fever is the most common reason for a visit to a children’s clinic in the first',
  'weeks of winter, and most of the fevers the nurses see at home pass in a few days',
  'without any treatment at all, as the parents of the children in this report were',
  'told by the nurse who came to see them on the second day of the fever at home.',
];

/** The body paragraphs clean gives for extracted text (`-layout` or plain). */
const paragraphs = (rows: string[]) =>
  cleanDocument(findBlocks(rows.join('\n')).blocks)
    .paragraphs.filter((p) => p.part === 'body')
    .map((p) => p.text);

/** Blank lines as `|`, after paragraphLines. */
const ends = (rows: string[], part: Part = 'body') => {
  const lines = textLines(rows.join('\n'));
  return paragraphLines(lines, lineMeasures(lines), lines[0], part).map((l) => l.text || '|');
};

describe('paragraph ends in extracted text', () => {
  it('ends a paragraph at a short line with no stop: a salutation stays apart from the letter', () => {
    expect(paragraphs(['Dear Editor,', ...FULL])).toEqual(['Dear Editor,', FULL.join(' ')]);
  });

  it('ends a paragraph at a short last line, the next one opening with a capital', () => {
    const rows = [...FULL, 'The visits were short', ...FULL];
    expect(ends(rows)).toEqual([...FULL, 'The visits were short', '|', ...FULL]);
  });

  it('takes a blank line after a full line ending inside a sentence for a column or page turn', () => {
    const rows = [...FULL.slice(0, 3), 'told by the nurse who came to see them on the second day of the fever in the', '', 'Emergency Department of the town’s hospital, which the parents called at night.'];
    expect(paragraphs(rows)).toEqual([rows.filter((r) => r !== '').join(' ')]);
  });

  it('opens a paragraph at a first line set in (`-layout` keeps indentation), after a line with no stop', () => {
    const rows = [...FULL.slice(0, 3), 'told by the nurse who came to see them on the second day and the third day of it', '   The nurses wrote down the temperature at each visit and the time at which it', 'was taken, and what the parents had given the child since the visit before it.'];
    expect(ends(rows)).toEqual([...rows.slice(0, 4), '|', ...rows.slice(4).map((r) => r.trim())]);
    expect(ends([...rows.slice(0, 4), rows[4]!.trim(), rows[5]!])).not.toContain('|');
  });

  it('ends a list item at a semicolon before a capital, not inside a bracket nor in a keyword list', () => {
    expect(ends([...FULL, 'The parents were asked to keep the child cool and to give it water often;', 'Call the clinic when the fever rises again at night or the child will not drink.'])).toContain('|');
    const cited = [...FULL.slice(0, 3), 'told by the nurse who came to see them at home (Silva, 2019; Costa, 2020;', 'Lima, 2021), and the parents learned to read the thermometer on their own.'];
    expect(ends(cited)).not.toContain('|');
  });

  it('runs a series set inline on past a semicolon that falls at a line end', () => {
    const rows = [...FULL.slice(0, 3), 'told by the nurse, who gave them three rules: water; rest at home; a cool room;', 'Paracetamol for the pain only and never more often than the label on it says.'];
    expect(ends(rows)).not.toContain('|');
    // … or where the line after goes on with the series
    const next = [...FULL.slice(0, 3), 'told by the nurse, who came to see them at home twice in the first week (P8);', 'Visits: one on the second day; one on the fifth day, when the fever had gone down.'];
    expect(ends(next)).not.toContain('|');
    // … or where a line of the paragraph before them holds a semicolon inside
    const earlier = [
      ...FULL.slice(0, 2),
      'without treatment: i) the fever, in degrees; ii) the drugs given at home, as the',
      'parents told the nurse who came on the second day, with the dose of each drug;',
      'Water, the last item, as the parents of each of the children counted the cups.',
    ];
    expect(ends(earlier)).not.toContain('|');
  });

  it('ends a paragraph at a colon before a quotation, not before the series of names it opens', () => {
    const quoted = [...FULL.slice(0, 3), 'told by the nurse who came on the second day, and one mother said it in her words:', 'We did not know that a fever could pass by itself, and we were afraid of it at night.'];
    expect(ends(quoted)).toContain('|');
    const named = [...FULL.slice(0, 3), 'told by the nurses, who had come from four towns of the region to the course here:', 'Lisbon, Porto, Coimbra and Braga, each sending two of the nurses of its own clinic.'];
    expect(ends(named)).not.toContain('|');
  });

  it('ends a paragraph at a colon before a quotation whose first words are left out (`[…]`, `(...)`)', () => {
    for (const cut of ['[…]', '[...]', '(...)']) {
      const quoted = [...FULL.slice(0, 3), 'told by the nurse who came on the second day, and one mother said it in her words:', `${cut} and then we knew that a fever could pass by itself, so we were not afraid.`];
      expect(ends(quoted)).toContain('|');
    }
    // an elision inside the sentence, after no colon, ends nothing
    const inside = [...FULL.slice(0, 3), 'told by the nurse who came on the second day, and one mother said that she knew', '[…] that a fever could pass by itself, and that she was no longer afraid of it.'];
    expect(ends(inside)).not.toContain('|');
  });

  it('ends a paragraph at a colon before a quotation set off with a note mark', () => {
    const quoted = [...FULL.slice(0, 3), 'told by the nurse who came on the second day, and one mother said it in her words:', '*We could not step in much, you know? The nurses told us what to do, and we did it.'];
    expect(ends(quoted)).toContain('|');
  });

  it('ends a turn of a dialogue before the next speaker’s name, not inside a sentence', () => {
    const turn = [...FULL.slice(0, 3), 'told by the nurse, and the boy took the thermometer out of the box [laughing a lot]', 'Ana: I want to see it too, but it is mine now, and I will keep it in my own box.'];
    expect(ends(turn)).toContain('|');
    const open = [...FULL.slice(0, 3), 'told by the nurse, and the boy took the thermometer out of the box and showed his', 'Mother: the number on it, which she wrote down in the notebook the nurse had left.'];
    expect(ends(open)).not.toContain('|');
  });

  it('ends a quotation at its attribution on a full line, not at a citation in brackets', () => {
    const quoted = [...FULL.slice(0, 3), 'told by the nurse, and the boy said: I am not afraid of the fever now. (Ana, 4 years old)', 'Upon finding the thermometer, the boy took it and read the number on it to his mother.'];
    expect(ends(quoted)).toContain('|');
    const cited = [...FULL.slice(0, 3), 'told by the nurse who came to see them on the second day, as found before (Silva, 2019)', 'The parents learned to read the thermometer on their own and wrote the readings down.'];
    expect(ends(cited)).not.toContain('|');
  });

  it('opens no speaker’s turn at a place of publication in a reference list', () => {
    const refs = [
      '1. Silva A, Souza B, Costa C, Lima D. Fever in children seen at home by nurses. J Pediatr.',
      '2020;12(3):45-50.',
      '2. World Health Organization. Report on the home care of children with a fever. 2nd ed.',
      'Geneva: World Health Organization; 2019.',
      '3. Costa C, Lima D. Febre na infância. In: Souza B, editor. Cuidado da criança em casa.',
      'Brasília: Editora da Clínica; 2018. p. 10-20.',
      '4. Lima D, Alves E, Souza B, Costa C. Home care of febrile children. Rev Saude. 2019;8:100-9.',
    ];
    const cut = ends(refs, 'references');
    for (const place of ['Geneva: World Health Organization; 2019.', 'Brasília: Editora da Clínica; 2018. p. 10-20.']) expect(cut[cut.indexOf(place) - 1]).not.toBe('|');
    // in the body a name and a colon after a closed line still opens a turn
    expect(ends([...FULL.slice(0, 3), refs[2]!, refs[3]!])).toContain('|');
  });

  it('runs a bracket on over a page turn after a semicolon or comma inside it', () => {
    const rows = [...FULL.slice(0, 3), 'told by the nurse who came twice in the first week of the fever (3 times in 6 homes;', '', '2 times in the others), and the parents wrote down the temperature at each visit.'];
    expect(ends(rows)).not.toContain('|');
    // a semicolon with no bracket open still ends its line's item at a turn
    const item = [...FULL.slice(0, 3), 'told by the nurse who came twice in the first week of the fever, 3 times in 6 homes;', '', '2 times in the others, and the parents wrote down the temperature at each visit.'];
    expect(ends(item)).toContain('|');
  });

  it('keeps citation numbers set on a row of their own in their sentence', () => {
    const rows = [...FULL.slice(0, 3), 'told by the nurse who came to see them, as other clinics have also found (', '12', ') . The parents learned to read the thermometer and wrote the readings down.'];
    expect(ends(rows)).not.toContain('|');
  });

  it('keeps a caption and the table rows under it together up to the blank line, for clean to take out', () => {
    const rows = [...FULL, '', 'Table 1. Visits by week.', 'Week      Visits', '1         12', '2         9', '', ...FULL];
    expect(ends(rows).slice(FULL.length, FULL.length + 6)).toEqual(['|', 'Table 1. Visits by week.', 'Week      Visits', '1         12', '2         9', '|']);
    expect(paragraphs(rows)).toEqual([FULL.join(' '), FULL.join(' ')]);
  });
});

describe('a column measure beside a table', () => {
  it('takes no measure from a table’s rows set wider than the prose: a full line before a citation stays in its paragraph', () => {
    const rows = [
      ...FULL.slice(0, 3),
      'told by the nurse, as the guidelines of the Society of Paediatrics say (SBP)',
      '(12).',
      '',
      'Table 1. Visits and temperatures by week of the study, in the two clinics and in all.',
      ' Week of the study            Clinic A (n=40)      Clinic B (n=38)       All (n=78)      p-value',
      ' First week, visits           12 (30.0)            9 (23.7)              21 (26.9)       0.512',
      ' Second week, visits          8 (20.0)             11 (28.9)             19 (24.4)       0.375',
      ' Highest temperature, mean    38.9 (0.4)           39.1 (0.5)            39.0 (0.5)      0.064',
      '',
      ...FULL,
    ];
    const first = [...FULL.slice(0, 3), rows[3], rows[4]].join(' ');
    expect(paragraphs(rows)).toEqual([first, FULL.join(' ')]);
  });
});

describe('a measure of table rows alone', () => {
  it('measures rows with no prose near them among themselves, as any lines', () => {
    const rows = [
      ' Week of the study            Clinic A (n=40)      Clinic B (n=38)       All (n=78)      p-value',
      ' First week, visits           12 (30.0)            9 (23.7)              21 (26.9)       0.512',
      ' Second week, visits          8 (20.0)             11 (28.9)             19 (24.4)       0.375',
      ' Highest temperature, mean    38.9 (0.4)           39.1 (0.5)            39.0 (0.5)      0.064',
    ];
    const lines = textLines(rows.join('\n'));
    const measures = lineMeasures(lines, new Set(lines));
    expect(lines.map((l) => measures.get(l)?.left)).toEqual([1, 1, 1, 1]);
    // the rows' own right edge, less what a ragged line may fall short of it
    for (const line of lines) expect(measures.get(line)!.right).toBeGreaterThan(0.8 * rows[0]!.length);
  });
});

describe('a title without a stop before a blank line (F46)', () => {
  const run = async (input: DocumentInput) => {
    const file = new VFile({ path: 'report.txt' });
    file.data.input = input;
    await unified().use(ingest).use(clean).use(segment).run({ type: 'root' }, file);
    return file.data.sentences ?? [];
  };

  it('keeps the title of a NAME.en.txt + NAME.pt.txt pair apart from the first sentence', async () => {
    const en = 'Septic arthritis of the knee in a child: a case report\n\nSeptic arthritis is a medical emergency. The knee was drained on the first day.\n';
    const pt = 'Artrite séptica do joelho em uma criança: relato de caso\n\nA artrite séptica é uma emergência médica. O joelho foi drenado no primeiro dia.\n';
    const sentences = await run({ kind: 'pair', en, pt });
    expect(sentences.filter((s) => s.lang === 'en').map((s) => s.text)).toEqual(['Septic arthritis of the knee in a child: a case report', 'Septic arthritis is a medical emergency.', 'The knee was drained on the first day.']);
    expect(sentences.filter((s) => s.lang === 'pt').map((s) => s.text)[0]).toBe('Artrite séptica do joelho em uma criança: relato de caso');
  });

  it('keeps a cleaned text’s title apart: each paragraph one line, the title the shortest', async () => {
    const body = 'Septic arthritis is a medical emergency that calls for drainage of the joint and antibiotics given into a vein, and a child with a hot, swollen knee and fever needs to be seen the same day.';
    const text = ['Septic arthritis of the knee in a child: a case report', body, body.replace('Septic', 'Bacterial'), body.replace('Septic', 'Joint')].join('\n\n');
    const sentences = await run({ kind: 'text', text });
    expect(sentences[0]!.text).toBe('Septic arthritis of the knee in a child: a case report');
  });
});
