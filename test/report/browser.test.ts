import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCorpus } from '../../src/batch/run.js';

/**
 * The review report in a real browser: Debian's Chromium driven by
 * playwright-core (.ci/run installs it). Screenshots go to test/artifacts/
 * (not committed).
 */
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mbt-report-'));
  const extra = join(dir, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'treatment.en.txt'), 'The patient was treated with prednisone 30 mg/day. Results were <b>discouraging</b>.\n');
  writeFileSync(join(extra, 'treatment.pt.txt'), 'A paciente foi tratada com prednisona 30 mg/dia. Os resultados foram <b>desanimadores</b>.\n');
  const out = join(dir, 'out');
  await runCorpus({ inputs: [CORPUS, extra], out });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(out, 'report.html')).href);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('report.html in Chromium', () => {
  it('shows the abstract pairs side by side', async () => {
    const rows = page.locator('#pairs tr:not(.part)');
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    const pair = texts.find((cells) => cells[0]!.startsWith('It is characterized by the formation of calcium deposits'));
    expect(pair?.[1]).toMatch(/^Caracteriza-se pela deposição de sais de cálcio/);
    await page.screenshot({ path: join(ARTIFACTS, 'report-documents.png'), fullPage: true });
  });

  it('hovering prednisone highlights prednisona', async () => {
    await page.selectOption('#doc', { label: 'treatment' });
    const en = page.locator('mark.e.drug', { hasText: 'prednisone' }).first();
    await en.hover();
    await expect.poll(() => page.locator('mark.active', { hasText: 'prednisona' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'report-hover.png') });
  });

  it('shows markup in documents as text', async () => {
    expect(await page.locator('#pairs b').count()).toBe(0);
    expect(await page.locator('#pairs').textContent()).toContain('<b>discouraging</b>');
  });

  it('filters the glossary', async () => {
    await page.click('#tab-glossary');
    const rows = page.locator('#gtable tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(3);
    await page.fill('#gfilter', 'dermatomiosite');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.first().textContent()).toContain('dermatomyositis');
    await page.screenshot({ path: join(ARTIFACTS, 'report-glossary.png') });
  });

  it('switches the interface to Portuguese', async () => {
    await page.click('[data-locale="pt"]');
    expect(await page.locator('#tab-glossary').textContent()).toBe('Glossário');
    expect(await page.getAttribute('html', 'lang')).toBe('pt');
    await page.click('[data-locale="en"]');
    expect(await page.locator('#tab-glossary').textContent()).toBe('Glossary');
  });

  it('works at 375 px wide', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.click('#tab-docs');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(ARTIFACTS, 'report-375.png'), fullPage: true });
  });

  it('made no network request and logged no error', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
