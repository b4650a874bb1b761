import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundledRun } from '../helpers/bundled.js';

/**
 * report.html as a Portuguese-speaking reviewer opens it: a browser whose
 * language is Brazilian Portuguese, on the bundled report's page.
 */
let browser: Browser;
let url: string;

beforeAll(async () => {
  url = pathToFileURL(join((await bundledRun()).out, 'report.html')).href;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(locale: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

describe('report.html in the reader’s language', () => {
  it('F37 opens in the browser’s language, and keeps the one the reader chose', async () => {
    const pt = await open('pt-BR');
    expect(await pt.page.getAttribute('html', 'lang')).toBe('pt');
    expect(await pt.page.locator('#tab-glossary').textContent()).toBe('Glossário');
    // The reader switches to English: a reload keeps it.
    await pt.page.click('[data-locale="en"]');
    await pt.page.reload();
    expect(await pt.page.getAttribute('html', 'lang')).toBe('en');
    expect(await pt.page.locator('[data-locale="en"]').getAttribute('aria-pressed')).toBe('true');
    await pt.close();
    const en = await open('en-US');
    expect(await en.page.locator('#tab-glossary').textContent()).toBe('Glossary');
    await en.close();
  }, 120_000);

  it('F38 writes numbers, chart labels and the overview tab in Portuguese words', async () => {
    const { page, close } = await open('pt-BR');
    expect(await page.title()).toBe('Relatório medbitext');
    const scores = await page.locator('#pairs tr.link td.score').allTextContents();
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(s).toMatch(/^[01],\d\d$/);
    expect(await page.locator('#dscore-value').textContent()).toBe('1,00');
    await page.click('#tab-summary');
    expect(await page.locator('#tab-summary').textContent()).toBe('Visão geral');
    const labels = await page.locator('#panel-summary svg text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['0,5', 'medicamento', 'exame', 'diagnóstico']));
    expect(labels).not.toContain('drug');
    expect(await page.locator('#panel-summary svg').first().getAttribute('aria-label')).toBe('Distribuição das pontuações de alinhamento');
    // Back in English, the same figures as the run wrote them.
    await page.click('[data-locale="en"]');
    expect(await page.locator('#panel-summary svg text').allTextContents()).toEqual(expect.arrayContaining(['0.5', 'drug']));
    await close();
  }, 120_000);
});
