import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { articleHtml } from '../../scripts/pdf-corpus/html.js';
import { LAYOUTS } from '../../scripts/pdf-corpus/layouts.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { readPdfFile } from '../../src/ingest/pdf.js';
import type { Block, BlockLang, Part } from '../../src/types.js';
import { ENGLISH as english, HEAD as head, PORTUGUESE as portuguese } from '../helpers/article.js';
import { launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The tests' own article (test/helpers/article.ts), printed by Chromium in
 * each corpus layout (one and two columns, EN or PT first, translation in
 * the same PDF or apart), read back with exact parts expected.
 */
let browser: Browser;
const dir = tempDir('mbt-pdf-layout-');
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function print(name: string, parts: Block[][], layout: (typeof LAYOUTS)[number]): Promise<Block[]> {
  const page = await browser.newPage();
  await page.setContent(articleHtml(parts, layout, head), { waitUntil: 'load' });
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.close();
  const input = await readPdfFile(path);
  return (await ingestDocument(input, path)).blocks;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const of = (blocks: Block[], lang: BlockLang, part: Part) => blocks.filter((x) => x.lang === lang && x.part === part);

describe('PDF layouts', { timeout: 60_000 }, () => {
  for (const layout of LAYOUTS) {
    it(`${layout.name}: titles, abstracts, keywords, sections, captions apart, no page furniture in prose`, async () => {
      const pdfs = layout.translation === 'separate' ? [[english], [portuguese]] : [[english, portuguese]];
      const blocks = (await Promise.all(pdfs.map((p, k) => print(`${layout.name}-${k}`, p, layout)))).flat();
      expect(of(blocks, 'en', 'title').map((x) => squash(x.text))).toEqual(['Fever treated at home in a young adult']);
      expect(of(blocks, 'pt', 'title').map((x) => squash(x.text))).toEqual(['Febre tratada em casa em um adulto jovem']);
      expect(of(blocks, 'en', 'abstract').map((x) => squash(x.text).replace(/-\s/g, '-'))).toEqual(['A young adult had a fever for three days. He was treated at home and recovered.']);
      expect(of(blocks, 'pt', 'abstract').map((x) => squash(x.text))).toEqual(['Um adulto jovem teve febre por três dias. Ele foi tratado em casa e se recuperou.']);
      expect(of(blocks, 'en', 'keywords').map((x) => squash(x.text))).toEqual(['fever; home care; young adult']);
      expect(of(blocks, 'pt', 'keywords').map((x) => squash(x.text))).toEqual(['febre; cuidado domiciliar; adulto jovem']);
      expect([...new Set(of(blocks, 'en', 'body').map((x) => x.section))]).toEqual(['Introduction', 'Case report', 'Discussion']);
      expect([...new Set(of(blocks, 'pt', 'body').map((x) => x.section))]).toEqual(['Introdução', 'Relato do caso', 'Discussão']);
      expect(blocks.filter((x) => x.part === 'caption').map((x) => x.section).sort()).toEqual(['Figure 1', 'Tabela 1', 'Table 1']);
      expect(blocks.filter((x) => x.part === 'references').map((x) => x.lang)).toEqual(['en']);
      const prose = blocks.filter((x) => ['title', 'abstract', 'keywords', 'body'].includes(x.part)).map((x) => x.text).join('\n');
      for (const furniture of ['Rev Test Med', 'Group A', '41.3', 'Correspondence', 'Temperature over', 'Blood counts on']) expect(prose).not.toContain(furniture);
      expect(prose).not.toMatch(/^\d+$/m);
    });
  }
});
