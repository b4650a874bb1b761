import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCorpus } from '../../src/batch/run.js';
import { SaxesParser } from 'saxes';
import { readDecisions } from '../../src/review/decisions.js';
import { bundledRun } from '../helpers/bundled.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The review report in a real browser: Debian's Chromium driven by
 * playwright-core (.ci/run installs it). Screenshots go to test/artifacts/
 * (not committed). The tests run in order on one page: a review session
 * with keyboard and mouse, its exports, a reload, and a rerun applying them.
 */
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

let browser: Browser;
let page: Page;
let dir: string;
let extra: string;
let out: string;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dir = tempDir('mbt-report-');
  extra = join(dir, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'treatment.en.txt'), 'The patient was treated with prednisone 30 mg/day. Results were <b>discouraging</b>. The serum calcium was normal. She improved after six months.\n');
  writeFileSync(join(extra, 'treatment.pt.txt'), 'A paciente foi tratada com prednisona 30 mg/dia. Os resultados foram <b>desanimadores</b>. O cálcio sérico era normal. Ela melhorou após seis meses.\n');
  out = join(dir, 'out');
  // The bundled report as the test run made it once; the run below adds the extra document.
  cpSync((await bundledRun()).out, out, { recursive: true });
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

/** The cells' texts of the link rows of the document shown. */
const linkRows = () => page.locator('#pairs tr.link').evaluateAll((trs) => trs.map((tr) => ({ cls: tr.className, cells: Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '') })));

async function download(button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(dir, name);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/**
 * Every translation unit (TMX) or concept entry (TBX) of a file, each as one
 * string of its elements, their type and language attributes and their text
 * (white space between elements left out), sorted: two files with the same
 * units or concepts, written by the run or by the page, give the same list.
 */
function entries(xml: string, name: 'tu' | 'conceptEntry'): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let current: string[] | undefined;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === name) current = [];
    current?.push(`<${tag.name}${['id', 'type', 'xml:lang'].map((k) => (a[k] ? ` ${k}=${a[k]}` : '')).join('')}>`);
  });
  parser.on('text', (t) => {
    if (current && t.trim()) current.push(t);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === name && current) (out.push(current.join('')), (current = undefined));
  });
  parser.write(xml).close();
  return out.sort();
}

describe('report.html in Chromium', () => {
  it('shows the abstract pairs side by side', async () => {
    const rows = page.locator('#pairs tr:not(.part)');
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    const pair = texts.find((cells) => cells[0]!.startsWith('It is characterized by the formation of calcium deposits'));
    expect(pair?.[1]).toMatch(/^Caracteriza-se pela deposição de sais de cálcio/);
    await page.screenshot({ path: join(ARTIFACTS, 'report-documents.png'), fullPage: true });
  });

  it('shows the article as a whole: the English-only body in its place, after the abstract', async () => {
    const rows = await page.locator('#pairs tr').evaluateAll((trs) => trs.map((tr) => `${tr.className}|${tr.textContent}`));
    const body = rows.findIndex((r) => r.startsWith('part|Body'));
    const abstract = rows.findIndex((r) => r.startsWith('part|Abstract'));
    expect(abstract).toBeGreaterThan(0);
    expect(body).toBeGreaterThan(abstract);
    const only = rows.slice(body).filter((r) => r.startsWith('only|'));
    expect(only.length).toBeGreaterThan(60);
    expect(only.some((r) => r.includes('diltiazem was initiated at a dose of 60 mg/day'))).toBe(true);
    expect(only[0]).toContain('English only');
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

  it('reviews links with the keyboard: next, accept, reject', async () => {
    await page.locator('#pairs').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.keyboard.press('r');
    const rows = await linkRows();
    expect(rows.map((r) => r.cls.split(' ').filter((c: string) => /accepted|rejected|edited/.test(c)).join())).toEqual(['accepted', 'rejected', 'rejected', '', '']);
    expect(rows[1]!.cells[1]).toContain('(no counterpart)');
    expect(await page.locator('#progress').textContent()).toMatch(/^Reviewed: 3 of \d+ links, 0 of \d+ terms$/);
  });

  it('re-pairs a link with the mouse by choosing the neighbouring sentence', async () => {
    const calcium = page.locator('#pairs tr.link', { hasText: 'The serum calcium was normal.' });
    await calcium.getByRole('button', { name: 'Edit' }).click();
    await page.locator('#pairs tr.editor label', { hasText: 'She improved after six months.' }).locator('input').check();
    await page.locator('#pairs tr.editor button[data-act="apply"]').click();
    const rows = await linkRows();
    const edited = rows.find((r) => r.cls.includes('edited'))!;
    expect(edited.cells[0]).toContain('The serum calcium was normal. She improved after six months.');
    expect(edited.cells[1]).toBe('O cálcio sérico era normal.');
    expect(rows.at(-1)!.cells[0]).toContain('(no counterpart)');
    await page.screenshot({ path: join(ARTIFACTS, 'report-review.png'), fullPage: true });
  });

  it('reviews glossary entries: accept and reject with the keyboard, edit with the mouse', async () => {
    await page.click('#tab-glossary');
    const rows = page.locator('#gtable tbody tr.term');
    expect(await rows.count()).toBeGreaterThan(3);
    await rows.nth(0).click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('a');
    await page.keyboard.press('r');
    const third = rows.nth(2);
    const en = (await third.locator('td').first().textContent())!;
    await third.getByRole('button', { name: /^Edit/ }).click();
    await page.fill('#gtable tr.editor input[data-field="pt"]', 'termo revisto');
    await page.selectOption('#gtable tr.editor select[data-field="type"]', 'diagnosis');
    await page.fill('#gtable tr.editor input[data-field="pt_variants"]', 'variante um; variante dois');
    await page.click('#gtable tr.editor button[data-act="apply"]');
    const states = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => tr.className.replace(/term|current|\s/g, '')));
    expect(states).toEqual(['accepted', 'rejected', 'edited']);
    expect(await rows.nth(2).textContent()).toContain('termo revisto');
    expect(await rows.nth(2).textContent()).toContain(en.slice(0, 8));
    expect(await page.locator('#progress').textContent()).toMatch(/, 3 of \d+ terms$/);
  });

  it('filters by decision, score, type and document', async () => {
    const rows = page.locator('#gtable tbody tr.term');
    const all = await rows.count();
    await page.selectOption('#gdecision', 'rejected');
    await expect.poll(() => rows.count()).toBe(1);
    await page.selectOption('#gdecision', 'all');
    await page.selectOption('#gtype', 'drug');
    expect(await rows.count()).toBeLessThan(all);
    expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(expect.arrayContaining(['drug']));
    await page.selectOption('#gtype', '');
    await page.selectOption('#gdoc', 'treatment');
    expect(await rows.count()).toBeLessThan(all);
    await page.selectOption('#gdoc', '');
    await page.fill('#gfilter', 'dermatomiosite');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.first().textContent()).toContain('dermatomyositis');
    await page.fill('#gfilter', '');
    await page.click('#tab-docs');
    await page.selectOption('#ddecision', 'open');
    expect((await linkRows()).every((r) => !/accepted|rejected|edited/.test(r.cls))).toBe(true);
    await page.selectOption('#ddecision', 'all');
    await page.locator('#dscore').fill('0.5');
    expect((await linkRows()).every((r) => Number(r.cells[2]) <= 0.5)).toBe(true);
    await page.locator('#dscore').fill('1');
    await page.screenshot({ path: join(ARTIFACTS, 'report-glossary.png') });
  });

  it('keeps the decisions across a reload', async () => {
    const before = await page.locator('#progress').textContent();
    await page.reload();
    expect(await page.locator('#progress').textContent()).toBe(before);
    await page.selectOption('#doc', { label: 'treatment' });
    expect((await linkRows()).filter((r) => r.cls.includes('edited'))).toHaveLength(1);
  });

  it('exports the decisions, and a rerun applying them writes what the page exported', async () => {
    const decisions = await download('#export-decisions', 'decisions.json');
    const tmx = await download('#export-tmx', 'page.tmx');
    const tbx = await download('#export-tbx', 'page.tbx');
    const file = join(dir, 'decisions.json');
    expect(readDecisions(file).map((d) => `${d.decision.kind} ${d.decision.decision}`)).toEqual(['link accept', 'link reject', 'link edit', 'term accept', 'term reject', 'term edit']);
    expect(decisions.split('\n')).toHaveLength(9);
    const summary = await runCorpus({ inputs: [CORPUS, extra], out, decisions: file });
    expect(summary.counts!.review!.map((o) => o.outcome)).toEqual(Array(6).fill('applied'));
    // The page wrote what the rerun writes: every unit and every concept, notes and term notes included.
    expect(entries(tmx, 'tu')).toEqual(entries(readFileSync(join(out, 'alignment.tmx'), 'utf8'), 'tu'));
    expect(entries(tbx, 'conceptEntry')).toEqual(entries(readFileSync(join(out, 'glossary.tbx'), 'utf8'), 'conceptEntry'));
    expect(entries(tmx, 'tu').filter((u) => u.includes('x-review'))).toHaveLength(2);
    expect(tbx).toContain('<term>termo revisto</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>');
    expect(tbx).toMatch(/<term>variante um<\/term><termNote type="administrativeStatus">admittedTerm-admn-sts<\/termNote>/);
    const reviewed = readFileSync(join(out, 'alignment.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { review?: string }).filter((l) => l.review);
    expect(reviewed.map((l) => l.review)).toEqual(['accepted', 'rejected', 'rejected', 'edited']);
  });

  it('opens the rerun\'s report with the decisions applied, none left pending', async () => {
    const before = await page.locator('#progress').textContent();
    await page.reload();
    expect(await page.locator('#progress').textContent()).toBe(before);
    await page.click('#tab-summary');
    expect(await page.locator('#carried').textContent()).toContain('6 applied, 0 no longer match anything');
    // Nothing is left to undo: every decision is the run's now.
    expect(await page.locator('#undo').isDisabled()).toBe(true);
    const again = await download('#export-decisions', 'again.json');
    expect(readDecisions(join(dir, 'again.json'))).toHaveLength(6);
    expect(again).toBe(readFileSync(join(out, 'decisions.json'), 'utf8'));
  });

  it('keeps every decision when one re-pairing undoes another and the link is then decided again', async () => {
    await page.click('#tab-docs');
    await page.selectOption('#doc', { label: 'calcinosis-cutis-lupus-case-report' });
    const row = (en: string) => page.locator('#pairs tr.link', { hasText: en });
    const repair = async (en: string, tick: string) => {
      await row(en).locator('button[data-act="edit"]').click();
      await page.locator('#pairs tr.editor label', { hasText: tick }).locator('input').click();
      await page.click('#pairs tr.editor button[data-act="apply"]');
    };
    // The third sentence takes the fourth's Portuguese; the fourth takes it back; the third is then accepted as it first was.
    await repair('It is characterized by the formation of calcium deposits', 'É classificada em quatro subtipos');
    await repair('It is classified into four subtypes', 'É classificada em quatro subtipos');
    await row('It is characterized by the formation of calcium deposits').locator('button[data-act="accept"]').click();
    const rows = await linkRows();
    const state = (en: string) => rows.find((r) => r.cells[0]!.startsWith(en))!.cls;
    expect(state('It is characterized by')).toContain('accepted');
    expect(state('It is classified into')).toContain('edited');
    await download('#export-decisions', 'three-more.json');
    const decisions = readDecisions(join(dir, 'three-more.json')).map((d) => d.decision.decision);
    expect(decisions.slice(6)).toEqual(['edit', 'edit', 'accept']);
  });

  it('switches the interface to Portuguese', async () => {
    await page.click('[data-locale="pt"]');
    expect(await page.locator('#tab-glossary').textContent()).toBe('Glossário');
    expect(await page.getAttribute('html', 'lang')).toBe('pt');
    await page.click('[data-locale="en"]');
    expect(await page.locator('#tab-glossary').textContent()).toBe('Glossary');
  });

  it('works at 390 px wide: no column or label lost', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.click('#tab-docs');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    const label = (selector: string) => page.locator(selector).first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(await label('#pairs tr.link td.en')).toBe('"English: "');
    expect(await label('#pairs tr.link td.pt')).toBe('"Portuguese: "');
    expect(await label('#pairs tr.link td.score')).toBe('"Score: "');
    await page.screenshot({ path: join(ARTIFACTS, 'report-390.png'), fullPage: true });
    await page.click('#tab-glossary');
    expect(await overflow()).toBeLessThanOrEqual(1);
    for (const cell of ['td.score', 'td.count']) {
      const box = await page.locator(`#gtable tbody tr.term ${cell}`).first().boundingBox();
      expect(box?.width).toBeGreaterThan(0);
    }
    expect(await label('#gtable tbody tr.term td.score')).toBe('"Score: "');
    expect(await label('#gtable tbody tr.term td.count')).toBe('"Count: "');
    await page.screenshot({ path: join(ARTIFACTS, 'report-390-glossary.png'), fullPage: true });
  });

  it('made no network request and logged no error', () => {
    // blob: URLs are the page's own downloads, made in the page.
    expect(requests.filter((u) => !/^(file|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('report.html exports of text XML 1.0 forbids', () => {
  it('writes the TMX and TBX the run writes: U+FFFD for U+FFFE, U+FFFF and lone surrogates, controls dropped', async () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'odd.en.txt'), 'The patient received prednisone\uFFFE 30 mg/day. The serum\u0001 calcium was normal\uFFFF. She improved\uD800 after six months.\n');
    writeFileSync(join(odd, 'odd.pt.txt'), 'A paciente recebeu prednisona\uFFFE 30 mg/dia. O cálcio\u0001 sérico era normal\uFFFF. Ela melhorou\uDC00 após seis meses.\n');
    const oddOut = join(dir, 'odd-out');
    await runCorpus({ inputs: [odd], out: oddOut });
    const own = await browser.newPage();
    try {
      await own.goto(pathToFileURL(join(oddOut, 'report.html')).href);
      const save = async (button: string, name: string) => {
        const [file] = await Promise.all([own.waitForEvent('download'), own.click(button)]);
        await file.saveAs(join(dir, name));
        return readFileSync(join(dir, name), 'utf8');
      };
      const tmx = await save('#export-tmx', 'odd.tmx');
      const tbx = await save('#export-tbx', 'odd.tbx');
      expect(tmx).toContain('\uFFFD');
      expect(tmx).not.toMatch(/[\uFFFE\uFFFF\u0001]/);
      expect(entries(tmx, 'tu')).toEqual(entries(readFileSync(join(oddOut, 'alignment.tmx'), 'utf8'), 'tu'));
      expect(entries(tbx, 'conceptEntry')).toEqual(entries(readFileSync(join(oddOut, 'glossary.tbx'), 'utf8'), 'conceptEntry'));
    } finally {
      await own.close();
    }
  }, 120_000);
});
