/**
 * The review report for 1,000 documents: its size, how long headless
 * Chromium takes to open it until the first document is on screen, and how
 * long a filter change takes (each filter of the Documents and Glossary tabs). The
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
  guessed: {},
  unpairedKeywords: 0,
};
const started = Date.now();
const html = renderReport(docs, glossary, counts);
const renderMs = Date.now() - started;
const dir = mkdtempSync(join(tmpdir(), 'mbt-bench-report-'));
const file = join(dir, 'report.html');
writeFileSync(file, html);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const times: number[] = [];
const filters: Array<Record<string, number>> = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#pairs tr');
  times.push(Date.now() - t0);
  // tsx names the functions below with esbuild's __name helper, which the page lacks.
  await page.evaluate('window.__name = function (f) { return f; }');
  // A filter change: its handler redraws the table; the time runs until the layout after it is done.
  filters.push(
    await page.evaluate(() => {
      const timed = (change: () => void) => {
        const t = performance.now();
        change();
        document.body.getBoundingClientRect();
        return Math.round((performance.now() - t) * 10) / 10;
      };
      const set = (id: string, value: string, event: string) => () => {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event(event));
      };
      return {
        documentScore: timed(set('dscore', '0.5', 'input')),
        documentDecision: timed(set('ddecision', 'open', 'change')),
        nextDocument: timed(set('doc', '999', 'change')),
        glossaryTab: timed(() => document.getElementById('tab-glossary')!.click()),
        glossaryText: timed(set('gfilter', 'cal', 'input')),
        glossaryScore: timed(set('gscore', '0.7', 'input')),
        glossaryType: timed(set('gtype', 'drug', 'change')),
        glossaryDocument: timed(set('gdoc', 'r500', 'change')),
      };
    }),
  );
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
// The slowest of the three loads, per filter.
const filterMs = Object.fromEntries(Object.keys(filters[0]!).map((k) => [k, Math.max(...filters.map((f) => f[k]!))]));
const result = { documents: docs.length, glossary: glossary.entries.length, sizeMb: +(html.length / 1e6).toFixed(1), renderMs, openMs: times, filterMs };
console.log(`report of ${result.documents} documents (${result.glossary} glossary entries): ${result.sizeMb} MB, written in ${renderMs} ms, opened in ${times.join(' / ')} ms (aim < 2,000 ms)`);
console.log(`filter changes, slowest of 3 loads (ms): ${JSON.stringify(filterMs)}`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'bench-report.json'), JSON.stringify(result, null, 2));
