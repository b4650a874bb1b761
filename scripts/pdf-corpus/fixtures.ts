/**
 * The text fixtures of the PDF-text path: the tests' own article
 * (test/helpers/article.ts, no dev data) printed by headless Chromium in every
 * corpus layout and read back by `pdftotext -layout` and plain, written to
 * test/fixtures/pdf-text/ (committed; rerun when the layouts change, and
 * review the diff).
 *
 *   npx tsx scripts/pdf-corpus/fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ENGLISH, HEAD, PORTUGUESE } from '../../test/helpers/article.js';
import { ALL_LAYOUTS } from './layouts.js';
import { printArticle } from './print.js';

const OUT = fileURLToPath(new URL('../../test/fixtures/pdf-text/', import.meta.url));

mkdirSync(OUT, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'mbt-pdf-fixtures-'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage();
  for (const layout of ALL_LAYOUTS) {
    const pdfs = layout.translation === 'separate' ? [[ENGLISH], [PORTUGUESE]] : [[ENGLISH, PORTUGUESE]];
    for (const [k, parts] of pdfs.entries()) {
      const name = `${layout.name}${k === 0 ? '' : '.translation'}`;
      const pdf = join(scratch, `${name}.pdf`);
      await printArticle(page, parts, layout, HEAD, pdf);
      for (const mode of ['layout', 'plain'] as const) {
        const txt = join(scratch, `${name}.${mode}.txt`);
        execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), pdf, txt]);
        writeFileSync(join(OUT, `${name}.${mode}.txt`), readFileSync(txt));
      }
    }
  }
} finally {
  await browser.close();
}
process.stderr.write(`text fixtures in ${OUT}\n`);
