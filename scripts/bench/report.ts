/**
 * The review report for 1,000 documents: its size, and how long headless
 * Chromium takes to open it until the first document is on screen. The
 * documents are the dev abstracts run through the pipeline once (200 of them)
 * and repeated under new ids.
 *
 *   npx tsx scripts/bench/report.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { processDocument } from '../../src/processor.js';
import { toResult } from '../../src/batch/document.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { renderReport } from '../../src/report/html.js';
import type { DocumentResult } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const dev = readFileSync(join(root, '../shared/eval/dev/align/wmt_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; en_sentences: string[]; pt_sentences: string[] });

const base: DocumentResult[] = [];
for (const d of dev) {
  const input = { kind: 'pair' as const, en: d.en_sentences.join(' '), pt: d.pt_sentences.join(' ') };
  const file = await processDocument(d.id, input);
  base.push(toResult(file, { id: d.id, path: d.id, input, hash: '' }, 'bench'));
}
const docs = Array.from({ length: 1000 }, (_, k) => ({ ...base[k % base.length]!, id: `r${k}` }));
const glossary = buildGlossary(docs.map((d) => d.terms));
const counts = {
  documents: docs.length,
  sentences: { en: docs.reduce((n, d) => n + d.sentences.filter((s) => s.lang === 'en').length, 0), pt: docs.reduce((n, d) => n + d.sentences.filter((s) => s.lang === 'pt').length, 0) },
  links: docs.reduce((n, d) => n + d.alignment.length, 0),
  entities: docs.reduce((n, d) => n + d.entities.length, 0),
  glossary: glossary.entries.length,
  candidates: glossary.candidates.length,
};
const started = Date.now();
const html = renderReport(docs, glossary, counts);
const renderMs = Date.now() - started;
const dir = mkdtempSync(join(tmpdir(), 'mbt-bench-report-'));
const file = join(dir, 'report.html');
writeFileSync(file, html);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#pairs tr');
  times.push(Date.now() - t0);
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
const result = { documents: docs.length, sizeMb: +(html.length / 1e6).toFixed(1), renderMs, openMs: times };
console.log(`report of ${result.documents} documents: ${result.sizeMb} MB, written in ${renderMs} ms, opened in ${times.join(' / ')} ms (aim < 3,000 ms)`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'bench-report.json'), JSON.stringify(result, null, 2));
