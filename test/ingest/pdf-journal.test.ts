import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { WIDE_TABLE_ROWS } from '../../scripts/pdf-corpus/html.js';
import { JOURNAL_LAYOUTS } from '../../scripts/pdf-corpus/layouts.js';
import { printArticle } from '../../scripts/pdf-corpus/print.js';
import { readPdfPages } from '../../src/ingest/pdf/read.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { readPdfFile } from '../../src/ingest/pdf.js';
import type { Block, BlockLang, Part } from '../../src/types.js';
import { ENGLISH as english, HEAD as head, PORTUGUESE as portuguese } from '../helpers/article.js';
import { launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The tests' own article (test/helpers/article.ts) printed by Chromium in the
 * layouts of other journals (scripts/pdf-corpus/layouts.ts, JOURNAL_LAYOUTS):
 * a byline with affiliation marks, dates, a DOI line, a correspondence and
 * licence box, small-caps headings, a table across both columns, and an
 * accepted manuscript's double spacing and line numbers. Read back with the
 * parts exact and none of what the layout adds in the prose.
 */
let browser: Browser;
const dir = tempDir('mbt-pdf-journal-');
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function print(layout: (typeof JOURNAL_LAYOUTS)[number]): Promise<{ blocks: Block[]; path: string }> {
  const page = await browser.newPage();
  const path = join(dir, `${layout.name}.pdf`);
  await printArticle(page, [english, portuguese], layout, head, path);
  await page.close();
  return { blocks: (await ingestDocument(await readPdfFile(path), path)).blocks, path };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const of = (blocks: Block[], lang: BlockLang, part: Part) => blocks.filter((x) => x.lang === lang && x.part === part);
const paragraphs = (blocks: Block[], lang: BlockLang) =>
  of(blocks, lang, 'body')
    .flatMap((b) => b.text.split(/\n\n+/))
    .map(squash)
    .filter((p) => p !== '');
const expectedParagraphs = (article: Block[]) =>
  article
    .filter((b) => b.part === 'body')
    .flatMap((b) => b.text.split(/\n\n+/))
    .map(squash);

describe('PDF layouts of other journals', { timeout: 60_000 }, () => {
  for (const layout of JOURNAL_LAYOUTS) {
    it(`${layout.name}: parts and paragraphs exact, byline, dates, box, line numbers and table out of the prose`, async () => {
      const { blocks, path } = await print(layout);
      expect(of(blocks, 'en', 'title').map((x) => squash(x.text))).toEqual(['Fever treated at home in a young adult']);
      expect(of(blocks, 'pt', 'title').map((x) => squash(x.text))).toEqual(['Febre tratada em casa em um adulto jovem']);
      expect(of(blocks, 'en', 'abstract').map((x) => squash(x.text).replace(/-\s/g, '-'))).toEqual(['A young adult had a fever for three days. He was treated at home and recovered.']);
      expect(of(blocks, 'pt', 'keywords').map((x) => squash(x.text))).toEqual(['febre; cuidado domiciliar; adulto jovem']);
      expect([...new Set(of(blocks, 'en', 'body').map((x) => x.section.toLowerCase()))]).toEqual(['introduction', 'case report', 'discussion']);
      // each paragraph whole and apart in the manuscript (double spacing ends none early), hyphens aside; in two
      // columns the text whole (a paragraph's last line that all but fills its column before a turn shows no end)
      const dehyphen = (p: string) => p.replace(/(\p{L})- (\p{L})/gu, '$1$2');
      for (const [lang, article] of [['en', english], ['pt', portuguese]] as const) {
        if (layout.journal?.lineNumbers) expect(paragraphs(blocks, lang).map(dehyphen)).toEqual(expectedParagraphs(article));
        else expect(paragraphs(blocks, lang).map(dehyphen).join(' ')).toEqual(expectedParagraphs(article).join(' '));
      }
      const prose = blocks.filter((x) => ['title', 'abstract', 'keywords', 'body'].includes(x.part)).map((x) => x.text).join('\n');
      const front = head.front;
      for (const furniture of ['Rev Test Med', 'Ana Lima Prado', 'Universidade Estadual', 'Hospital Geral', 'February', 'fevereiro', 'doi.org', 'E-mail', 'Creative Commons', WIDE_TABLE_ROWS[1]![0]!, '41.3', ...front.affiliations.map((a) => a.slice(0, 30))]) expect(prose).not.toContain(furniture);
      // no line number left in a line, nor a ligature's code point (Chromium sets `fi` as one glyph)
      expect(prose).not.toMatch(/(^|\n)\d{1,3} /);
      expect(prose).not.toMatch(/[\uFB00-\uFB06]/);
      expect(prose).toContain('first day');
      if (layout.journal?.lineNumbers) expect((await readPdfPages({ path })).flatMap((p) => p.runs).filter((r) => /^\d{1,3}$/.test(r.str.trim())).length).toBeGreaterThan(40);
    });
  }
});
