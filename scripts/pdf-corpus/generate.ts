/**
 * The PDF corpus: each real article of ../shared/eval/dev/scielo (JATS)
 * printed to PDF by headless Chromium in every layout of layouts.ts, with
 * the ground truth from the JATS and each PDF's `pdftotext` output (`-layout`
 * and plain). It is derived from dev data: written to .pdf-corpus/ (git-
 * ignored), never committed; `npm run eval -- pdf` makes it when missing.
 *
 *   npx tsx scripts/pdf-corpus/generate.ts [--out DIR] [--only ID] [--layout NAME]
 *
 * Per article and layout: ID.LAYOUT.pdf (and ID.LAYOUT.translation.pdf when
 * the translation is apart), ID.LAYOUT[.translation].layout.txt and .plain.txt,
 * and ID.LAYOUT.truth.json: the blocks printed (language, part, section, text,
 * in order, per PDF) and what the PDF holds that is not the article's text.
 * Besides, long.pdf: the longest article set large enough to fill 30 pages
 * or more, for the memory measure of `run`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { jatsToBlocks } from '../../src/ingest/jats.js';
import type { Block } from '../../src/types.js';
import { frontMatter } from './front-matter.js';
import { articleHtml, TABLE_ROWS, WIDE_TABLE_ROWS, type PrintedHead } from './html.js';
import { printedLines } from './journal.js';
import { ALL_LAYOUTS, LONG, LONG_PAGES, type PdfLayout } from './layouts.js';
import { articleMeta, runningHead } from './meta.js';
import { printArticle } from './print.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../.pdf-corpus/', import.meta.url));
const SCIELO = fileURLToPath(new URL('../../../shared/eval/dev/scielo/', import.meta.url));

/** The blocks of the main article and of each sub-article (translation, reply), in English and Portuguese only. */
export function articleParts(blocks: Block[]): Block[][] {
  const kept = blocks.filter((b) => b.lang === 'en' || b.lang === 'pt');
  const parts: Block[][] = [[]];
  for (const b of kept) {
    const current = parts[parts.length - 1]!;
    // a title after body text or references opens a sub-article
    if (b.part === 'title' && current.some((x) => x.part === 'body' || x.part === 'references')) parts.push([b]);
    else current.push(b);
  }
  return parts;
}

const FOOTNOTE = '* Correspondence to the first author. Conflict of interest: none declared. Received for this rendering only.';

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const out = arg('--out') ?? CORPUS_DIR;
  const only = arg('--only');
  const layouts = ALL_LAYOUTS.filter((l) => !arg('--layout') || l.name === arg('--layout'));
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage();
  let count = 0;
  let longest: { parts: Block[][]; head: PrintedHead; chars: number } | undefined;
  try {
    for (const file of readdirSync(SCIELO).filter((f) => f.endsWith('.xml')).sort()) {
      const id = file.replace(/\.xml$/, '');
      if (only && id !== only) continue;
      const xml = readFileSync(join(SCIELO, file), 'utf8');
      const meta = articleMeta(xml);
      const parts = articleParts(jatsToBlocks(xml, file).blocks);
      const head: PrintedHead = { running: runningHead(meta), masthead: `${meta.journal} · doi:${meta.doi}`, footnote: FOOTNOTE, front: frontMatter(xml), doi: meta.doi };
      const chars = parts.flat().reduce((n, b) => n + b.text.length, 0);
      if (!longest || chars > longest.chars) longest = { parts, head, chars };
      for (const layout of layouts) {
        const pdfs = layout.translation === 'separate' && parts.length > 1 ? [[parts[0]!], parts.slice(1)] : [parts];
        const names: string[] = [];
        for (const [k, group] of pdfs.entries()) {
          const name = `${id}.${layout.name}${k === 0 ? '' : '.translation'}`;
          await printArticle(page, group, layout, head, join(out, `${name}.pdf`));
          execFileSync('pdftotext', ['-layout', join(out, `${name}.pdf`), join(out, `${name}.layout.txt`)]);
          execFileSync('pdftotext', [join(out, `${name}.pdf`), join(out, `${name}.plain.txt`)]);
          names.push(name);
          count++;
        }
        const truth = {
          id,
          layout: layout.name,
          pdfs: names.map((n, k) => ({ name: n, blocks: (pdfs[k] ?? []).flat().map(({ lang, part, section, text }) => ({ lang, part, section, text })) })),
          leftOut: {
            runningHead: head.running,
            masthead: head.masthead,
            footnote: FOOTNOTE,
            tableCells: (layout.journal?.spanTables ? WIDE_TABLE_ROWS : TABLE_ROWS).flat(),
            // the wide table's rows, each by its first two cells (the eval catches the four layouts' grid by one row)
            ...(layout.journal?.spanTables ? { tableRows: WIDE_TABLE_ROWS.slice(1).map((r) => r.slice(0, 2).join(' ')) } : {}),
            // what other journals' layouts print with the front: authors, affiliations, dates, DOI, correspondence, licence
            ...(layout.journal?.front ? { frontMatter: printedLines(head.front!, layout.first, meta.doi) } : {}),
          },
        };
        writeFileSync(join(out, `${id}.${layout.name}.truth.json`), JSON.stringify(truth, null, 1));
      }
      process.stderr.write(`${id}\n`);
    }
    if (longest && !arg('--layout')) {
      const pages = await printLong(page, longest.parts, longest.head, join(out, 'long.pdf'));
      process.stderr.write(`long.pdf: ${pages} pages\n`);
    }
  } finally {
    await browser.close();
  }
  process.stderr.write(`${count} PDFs in ${out}\n`);
}

/** Print `parts` in the long layout, a point larger each time, until it fills LONG_PAGES pages; the page count. */
async function printLong(page: Page, parts: Block[][], head: PrintedHead, path: string): Promise<number> {
  for (let size = LONG.size; ; size++) {
    const layout: PdfLayout = { ...LONG, size };
    await page.setContent(articleHtml(parts, layout, head), { waitUntil: 'load' });
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
    if (pages >= LONG_PAGES) return pages;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
