import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import clean from '../../src/clean/plugin.js';
import ingest from '../../src/ingest/plugin.js';
import { fatalInputError } from '../../src/processor.js';

const report = readFileSync(new URL('../../corpus/calcinosis-cutis-lupus-case-report.txt', import.meta.url), 'utf8');

async function run(input: NonNullable<VFile['data']['input']>) {
  const file = new VFile({ path: 'report.txt' });
  file.data.input = input;
  await unified().use(ingest).use(clean).run({ type: 'root' }, file);
  return file;
}

describe('ingest + clean as unified plugins', () => {
  it('fill file.data for the bundled report and place messages in the source', async () => {
    const file = await run({ kind: 'text', text: report });
    expect(file.data.source).toBe(report);
    expect(file.data.blocks!.length).toBe(7);
    expect(file.data.text!.en).toContain('It is classified into four subtypes');
    expect(file.data.text!.pt).toContain('incapacitante');
    expect(file.data.captions).toHaveLength(6);
    expect(file.data.offsets!.en.cleanStarts[0]).toBe(0);
    const footnote = file.messages.find((m) => m.ruleId === 'footnote-mark')!;
    expect(footnote.line).toBe(2);
    const exponent = file.messages.find((m) => m.ruleId === 'number-repair')!;
    expect(report.split('\n')[exponent.line! - 1]).toContain('2.98 x 103/mm3');
    expect(file.messages.every((m) => !m.fatal)).toBe(true);
  });

  it('clean a Latin-1, CRLF, mojibake pair', async () => {
    const file = await run({
      kind: 'pair',
      en: 'Abstract: The lesion was ﬁrm and classi-\r\nfied as dystrophic.\r\n',
      pt: 'Resumo: A lesÃ£o foi classi-\r\nficada como distrÃ³fica.\r\n',
    });
    expect(file.data.text).toEqual({
      en: 'The lesion was firm and classified as dystrophic.',
      pt: 'A lesão foi classificada como distrófica.',
    });
    expect(file.messages.map((m) => m.ruleId)).toContain('mojibake');
  });

  it('turn an unreadable document into a fatal message, not an exception', async () => {
    const file = await run({ kind: 'text', text: '<?xml version="1.0"?><article><body><p>cut off' });
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.fatal).toBe(true);
    expect(file.messages[0]!.reason).toContain('report.txt');
    expect(file.data.text).toEqual({ en: '', pt: '' });
  });

  it('refuse a document too large to be one article, with a message', async () => {
    const file = await run({ kind: 'text', text: 'a'.repeat(10_000_001) });
    expect(file.messages[0]!.fatal).toBe(true);
    expect(file.messages[0]!.reason).toContain('report.txt');
    expect(fatalInputError(file)).toMatchObject({ key: 'tooLarge', file: 'report.txt' });
  });
});
