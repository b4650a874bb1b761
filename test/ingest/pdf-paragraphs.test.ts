import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { unified } from 'unified';
import { VFile } from 'vfile';
import clean from '../../src/clean/plugin.js';
import ingest from '../../src/ingest/plugin.js';
import { readPdfFile } from '../../src/ingest/pdf.js';
import segment from '../../src/segment/plugin.js';
import { launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Paragraphs that end with no stop (a salutation, list items: Chromium draws
 * their bullets, the text layer has none) printed by Chromium in two page styles, paragraphs set
 * apart by space or by a first-line indent, and read back through ingest,
 * clean and segment: each stays a sentence of its own, as a JATS file's
 * marked paragraphs do, while a sentence cut by a page turn stays whole.
 */
let browser: Browser;
const dir = tempDir('mbt-pdf-paragraphs-');
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const filler = (n: number) =>
  Array.from({ length: n }, (_, k) => `Fever of unknown origin was followed for ${k + 3} days at home, and the family kept a diary of each reading with the time it was taken.`).join(' ');

function html(paragraphStyle: string): string {
  const body = [
    '<h1>Fever treated at home in a young adult</h1>',
    '<h2>Abstract</h2><p>A young adult had a fever for three days. He was treated at home and recovered.</p>',
    '<h2>Introduction</h2>',
    '<p>Dear Editor,</p>',
    `<p>The report by the authors describes a young adult with fever treated at home. ${filler(3)}</p>`,
    '<p>The family was asked about three things:</p>',
    '<ul><li>The highest reading of each day</li><li>The doses of paracetamol given</li><li>Any rash or cough</li></ul>',
    `<p>Their answers were written down at each visit. ${filler(2)}</p>`,
    `<p>${filler(30)} The last reading was taken in the</p>`,
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 18mm 15mm; }
body { font: 10pt/1.3 "DejaVu Serif"; text-align: justify; margin: 0; }
h1 { font-size: 18pt; text-align: left; } h2 { font-size: 11.5pt; }
${paragraphStyle}
</style></head><body>${body}</body></html>`;
}

async function sentences(name: string, paragraphStyle: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.setContent(html(paragraphStyle), { waitUntil: 'load' });
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true });
  await page.close();
  const file = new VFile({ path });
  file.data.input = await readPdfFile(path);
  await unified().use(ingest).use(clean).use(segment).run({ type: 'root' }, file);
  return (file.data.sentences ?? []).filter((s) => s.part === 'body').map((s) => s.text);
}

describe('paragraph ends in a printed PDF', { timeout: 60_000 }, () => {
  for (const [name, style] of [
    ['space', 'p { margin: 0 0 5pt; } ul { margin: 0 0 5pt; }'],
    ['indent', 'p { margin: 0; text-indent: 1.5em; } ul { margin: 0; }'],
  ] as const) {
    it(`keeps paragraphs with no stop apart (paragraphs set apart by ${name})`, async () => {
      const got = await sentences(name, style);
      expect(got.slice(0, 2)).toEqual(['Dear Editor,', 'The report by the authors describes a young adult with fever treated at home.']);
      const list = got.indexOf('The family was asked about three things:');
      expect(got.slice(list, list + 5)).toEqual(['The family was asked about three things:', 'The highest reading of each day', 'The doses of paracetamol given', 'Any rash or cough', 'Their answers were written down at each visit.']);
      // the long paragraph runs onto the next page: one sentence across the turn, none lost
      expect(got.filter((s) => s.startsWith('Fever of unknown origin was followed for')).length).toBe(3 + 2 + 30);
    });
  }
});
