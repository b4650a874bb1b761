/**
 * The reviewer's loop, measured (docs/review.md). A report of the first 100
 * dev abstracts (WMT dev), a scripted review session of 50 decisions in
 * Chromium with keyboard and mouse (_review-session.ts), its three exports,
 * a rerun applying the decisions file, then 100 more abstracts and a rerun
 * that finds the file in the output folder. After each run: how many of the
 * 50 decisions alignment.jsonl, alignment.tmx, glossary.json and glossary.tbx
 * reflect (_review-check.ts), and whether the page's TMX and TBX equal the
 * run's.
 *
 *   npm run bench -- review
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { readDecisions } from '../../src/review/decisions.js';
import { readXml, reflected } from './_review-check.js';
import { reviewSession } from './_review-session.js';

const root = join(import.meta.dirname, '../..');
const dev = readFileSync(join(root, '../shared/eval/dev/align/wmt_dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const work = mkdtempSync(join(tmpdir(), 'mbt-bench-review-'));
const input = join(work, 'in');
const out = join(work, 'out');
mkdirSync(input);
const asDocument = (line: string) => {
  const d = JSON.parse(line) as { id: string; en_sentences: string[]; pt_sentences: string[] };
  return JSON.stringify({ id: d.id, en_sentences: d.en_sentences, pt_sentences: d.pt_sentences }) + '\n';
};
writeFileSync(join(input, 'first.jsonl'), dev.slice(0, 100).map(asDocument).join(''));

function run(...extra: string[]): { ms: number; stderr: string } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/medbitext.js'), 'run', input, '--out', out, ...extra], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
  return { ms: Date.now() - t0, stderr: r.stderr };
}

async function exported(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(work, name);
  await file.saveAs(path);
  return path;
}

run();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
const requests: string[] = [];
page.on('request', (r) => requests.push(r.url()));
const t0 = Date.now();
await page.goto(pathToFileURL(join(out, 'report.html')).href);
await page.waitForSelector('#pairs tr');
const openMs = Date.now() - t0;
const s0 = Date.now();
const made = await reviewSession(page, { linkAccepts: 20, linkRejects: 8, linkEdits: 7, termAccepts: 8, termRejects: 4, termEdits: 3 });
const sessionMs = Date.now() - s0;
const decisionsFile = await exported(page, '#export-decisions', 'decisions.json');
const pageTmx = readXml(readFileSync(await exported(page, '#export-tmx', 'page.tmx'), 'utf8')).units;
const pageTbx = readXml(readFileSync(await exported(page, '#export-tbx', 'page.tbx'), 'utf8')).concepts;
await browser.close();

const decisions = readDecisions(decisionsFile).map((d) => d.decision);
const kinds: Record<string, number> = {};
for (const d of decisions) kinds[`${d.kind} ${d.decision}`] = (kinds[`${d.kind} ${d.decision}`] ?? 0) + 1;

// A control: the outputs of the first run, made before any decision, reflect (nearly) none.
const beforeRerun = reflected(out, decisions);
const applied = run('--decisions', decisionsFile);
const afterRerun = reflected(out, decisions);
const runTmx = readXml(readFileSync(join(out, 'alignment.tmx'), 'utf8')).units;
const runTbx = readXml(readFileSync(join(out, 'glossary.tbx'), 'utf8')).concepts;
const equal = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

writeFileSync(join(input, 'more.jsonl'), dev.slice(100, 200).map(asDocument).join(''));
const grown = run();
const afterGrowth = reflected(out, decisions);
const unmatched = /decisions: (\d+) applied, (\d+) no longer match/.exec(grown.stderr);

const result = {
  documents: { first: 100, added: 100 },
  openMs,
  decisions: { made, inFile: decisions.length, kinds, sessionMs },
  before: { reflected: beforeRerun },
  rerun: { ms: applied.ms, reflected: afterRerun, pageTmxEqualsRun: equal(pageTmx, runTmx), pageTbxEqualsRun: equal(pageTbx, runTbx) },
  grown: { ms: grown.ms, reflected: afterGrowth, applied: Number(unmatched?.[1]), unmatched: Number(unmatched?.[2]) },
  networkRequests: requests.filter((u) => !/^(file|blob):/.test(u)).length,
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'bench-review.json'), JSON.stringify(result, null, 2));
