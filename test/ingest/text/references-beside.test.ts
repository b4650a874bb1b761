import { describe, expect, it } from 'vitest';
import { textLines } from '../../../src/ingest/text/lines.js';
import { separateReferences } from '../../../src/ingest/text/references-beside.js';
import { typicalWidth } from '../../../src/ingest/text/shapes.js';

/** The lines with text after separating, blank lines as `|`. */
const separate = (rows: string[]) => {
  const lines = textLines(rows.join('\n'));
  return separateReferences(lines, typicalWidth(lines)).map((l) => l.text || '|');
};

/** A column of prose above, so the page's column width is known. */
const ABOVE = [
  'Fever at night is what brings most parents back',
  'to the clinic in the first week, and the nurses',
  'who visit them at home see how they take the',
  'temperature and write it down, and what they do',
  'when it is higher than they were told it would',
  'be. Most of the families had a thermometer at',
  'home, but only some of them had used one before',
  'the child fell ill, and few of them kept a note',
  'of the readings from one day to the next day.',
  '',
];

/** The prose's last lines, in order. */
const PROSE = [
  'The visits lasted an hour on average, with lon\u2010',
  'ger ones in the first week, when the parents had',
  'more questions, and shorter ones later on, when',
  'they knew what to do and had learned to read the',
  'thermometer. Nurses should ask about the nights.',
];

/** A reference list set in a smaller face beside them: more characters on its full lines. */
const LIST = [
  '1. Almeida RT, Barros CD. Fever at home: what parents do first. J Child Nurs.',
  '2019;12(3):45-52.',
  '2. Costa EF, Dias GH, Ferreira IJ. Night visits and the care of feverish children',
  'in the community. Rev Enferm Fam. 2020;8(1):10-19. doi:10.0000/ref.2020.001',
  '3. Gomes KL, Lima MN. Thermometers in family homes: a survey of first weeks.',
  'Public Health Nurs. 2021;30(2):200-8.',
];

describe('separateReferences', () => {
  it('reads the prose plain pdftotext took in turn with a reference list beside it, then the heading, then the list', () => {
    // by height: a prose line, a list line or two, and so on; the heading ends the prose's column
    const run = [LIST[0]!, PROSE[0]!, LIST[1]!, PROSE[1]!, LIST[2]!, PROSE[2]!, LIST[3]!, LIST[4]!, PROSE[3]!, LIST[5]!, PROSE[4]!, 'References'];
    expect(separate([...ABOVE, ...run])).toEqual([...ABOVE.map((t) => t || '|'), ...PROSE, '|', 'References', ...LIST]);
  });

  it('leaves a numbered list that ends the prose above its references, and a run with no list, as they were', () => {
    const steps = ['1. Ask the parents about the nights first.', '2. Read the thermometer with them at each visit.', '3. Write down what they gave the child and when.', 'References'];
    const rows = [...ABOVE, ...PROSE, ...steps];
    expect(separate(rows)).toEqual(rows.map((t) => t || '|'));
    const plain = [...ABOVE, ...PROSE, 'References', ...LIST];
    expect(separate(plain)).toEqual(plain.map((t) => t || '|'));
  });
});
