#!/usr/bin/env node
// Validate every exchange file medbitext writes against the official schemas in
// ../shared/schemas (or the folder MEDBITEXT_SCHEMAS names): TMX 1.4b (DTD) and TBX v3 core structure (RELAX NG), plus
// the TBX-Basic data-category rules that can be checked without an XSLT 2 engine.
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemas = process.env.MEDBITEXT_SCHEMAS ?? join(root, '..', 'shared', 'schemas');
if (!existsSync(join(schemas, 'tmx14.dtd')) || !existsSync(join(schemas, 'TBXcoreStructV03.rng'))) {
  console.error(`conformance: no schemas in ${schemas}: put tmx14.dtd (github.com/mgrbyte/python-tmx) and TBXcoreStructV03.rng (github.com/LTAC-Global/TBX_Core_RNG) there, or name their folder in MEDBITEXT_SCHEMAS`);
  process.exit(2);
}
const cli = join(root, 'bin', 'medbitext.js');
const work = mkdtempSync(join(tmpdir(), 'medbitext-conformance-'));
let failures = 0;
let checks = 0;

function xmllint(args, file, what) {
  checks++;
  const r = spawnSync('xmllint', ['--noout', ...args, file], { encoding: 'utf8' });
  if (r.status === 0) console.log(`ok   ${what}`);
  else {
    failures++;
    console.log(`FAIL ${what}\n${r.stderr.split('\n').slice(0, 10).join('\n')}`);
  }
}

function check(ok, what) {
  checks++;
  if (ok) console.log(`ok   ${what}`);
  else {
    failures++;
    console.log(`FAIL ${what}`);
  }
}

// 1. The whole pipeline on the bundled corpus.
const out = join(work, 'out');
execFileSync(process.execPath, [cli, 'run', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const tmxDtd = ['--dtdvalid', join(schemas, 'tmx14.dtd')];
const tbxRng = ['--relaxng', join(schemas, 'TBXcoreStructV03.rng')];
xmllint(tmxDtd, join(out, 'alignment.tmx'), 'run: alignment.tmx is valid TMX 1.4b');
xmllint(tbxRng, join(out, 'glossary.tbx'), 'run: glossary.tbx is valid TBX core structure');

// 2. align --format tmx on raw text files.
const en = join(work, 'a.en.txt');
const pt = join(work, 'a.pt.txt');
writeFileSync(en, 'The patient was treated with prednisone 30 mg/day. Results were discouraging.\n');
writeFileSync(pt, 'A paciente foi tratada com prednisona 30 mg/dia. Os resultados foram desanimadores.\n');
execFileSync(process.execPath, [cli, 'align', '--en', en, '--pt', pt, '--format', 'tmx', '--out', join(work, 'a.tmx')]);
xmllint(tmxDtd, join(work, 'a.tmx'), 'align --format tmx is valid TMX 1.4b');

// 3. glossary --batch on a document with markup-like text and characters XML 1.0 forbids (escaping).
const batch = join(work, 'docs.jsonl');
writeFileSync(
  batch,
  JSON.stringify({ id: 'd<1>&\uFFFE', en_sentences: ['Calcinosis cutis & <dermatomyositis>\uFFFF.'], pt_sentences: ['Calcinose cutânea & <dermatomiosite>\u0001.'] }) + '\n',
);
execFileSync(process.execPath, [cli, 'glossary', '--batch', batch, '--out', join(work, 'g')], { stdio: ['ignore', 'ignore', 'inherit'] });
xmllint(tbxRng, join(work, 'g', 'glossary.tbx'), 'glossary --batch: glossary.tbx is valid TBX core structure');

// 3b. A review in report.html: the TMX and TBX the page exports, and those of a run
// applying its decisions (reviewed statuses, variants, terms with markup characters).
async function reviewInPage(report) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(report).href);
  const save = async (button, name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    await file.saveAs(join(work, name));
    return join(work, name);
  };
  await page.locator('#pairs tr.link').first().click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('a');
  await page.locator('#pairs tr.link.current button[data-act="reject"]').click();
  await page.locator('#pairs tr.link').last().locator('button[data-act="edit"]').click();
  const boxes = page.locator('#pairs tr.editor fieldset').nth(1).locator('input');
  if ((await boxes.count()) > 1) await boxes.first().check();
  await page.click('#pairs tr.editor button[data-act="apply"]');
  await page.click('#tab-glossary');
  await page.locator('#gtable tbody tr.term').first().click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('a');
  await page.keyboard.press('r');
  await page.locator('#gtable tbody tr.term.current button[data-act="edit"]').click();
  await page.fill('#gtable tr.editor input[data-field="pt"]', 'termo & <revisto> "x"');
  await page.fill('#gtable tr.editor input[data-field="pt_variants"]', 'variante; outra <forma>');
  await page.click('#gtable tr.editor button[data-act="apply"]');
  const files = { tmx: await save('#export-tmx', 'page.tmx'), tbx: await save('#export-tbx', 'page.tbx'), decisions: await save('#export-decisions', 'decisions.json') };
  await browser.close();
  return files;
}
const page = await reviewInPage(join(out, 'report.html'));
xmllint(tmxDtd, page.tmx, 'report.html: exported TMX is valid TMX 1.4b');
xmllint(tbxRng, page.tbx, 'report.html: exported TBX is valid TBX core structure');
const reviewed = join(work, 'reviewed');
execFileSync(process.execPath, [cli, 'run', '--out', reviewed, '--decisions', page.decisions], { stdio: ['ignore', 'ignore', 'inherit'] });
xmllint(tmxDtd, join(reviewed, 'alignment.tmx'), 'run --decisions: alignment.tmx is valid TMX 1.4b');
xmllint(tbxRng, join(reviewed, 'glossary.tbx'), 'run --decisions: glossary.tbx is valid TBX core structure');
check(readFileSync(join(reviewed, 'glossary.tbx'), 'utf8').includes('<term>termo &amp; &lt;revisto&gt; &quot;x&quot;</term>'), 'run --decisions: the edited term is in glossary.tbx');

// 4. TBX-Basic dialect rules (TBX-Basic_DCA.sch). Schematron needs XSLT 2;
// its rules are simple enough to restate as XPath 1 counts for xmllint.
const n = (name) => `*[local-name()='${name}']`;
const typed = (el, type) => `//${n(el)}[@type='${type}']`;
const parentIs = (...names) => names.map((x) => `parent::${n(x)}`).join(' or ');
const dcaRules = [
  ['root is TBX-Basic, DCA style', `count(/${n('tbx')}[@type='TBX-Basic' and @style='dca'])=1`],
  ['only TBX-namespace elements', `count(//*[namespace-uri()!='urn:iso:std:iso:30042:ed-2'])=0`],
  ['no empty data category', `count(//*[@type=''])=0`],
  ['termNote only in termSec', `count(//${n('termNote')}[not(${parentIs('termSec')} or parent::${n('termNoteGrp')}/parent::${n('termSec')})])=0`],
  ['admin types', `count(//${n('admin')}[not(@type='customerSubset' or @type='projectSubset' or @type='source')])=0`],
  ['descrip types', `count(//${n('descrip')}[not(@type='subjectField' or @type='context' or @type='definition')])=0`],
  ['termNote types', `count(//${n('termNote')}[not(@type='administrativeStatus' or @type='partOfSpeech' or @type='geographicalUsage' or @type='grammaticalGender' or @type='termLocation' or @type='termType')])=0`],
  ['xref / ref / transac types', `count(//${n('xref')}[not(@type='externalCrossReference' or @type='xGraphic')] | //${n('ref')}[not(@type='crossReference')] | //${n('transac')}[not(@type='transactionType')] | //${n('transacNote')}[not(@type='responsibility')])=0`],
  ['subjectField at conceptEntry', `count(${typed('descrip', 'subjectField')}[not(${parentIs('conceptEntry')} or parent::${n('descripGrp')}/parent::${n('conceptEntry')})])=0`],
  ['context in termSec', `count(${typed('descrip', 'context')}[not(${parentIs('termSec')} or parent::${n('descripGrp')}/parent::${n('termSec')})])=0`],
  ['definition at conceptEntry or langSec', `count(${typed('descrip', 'definition')}[not(${parentIs('conceptEntry', 'langSec')} or parent::${n('descripGrp')}/parent::*[local-name()='conceptEntry' or local-name()='langSec'])])=0`],
  ['source at conceptEntry, langSec or termSec', `count(${typed('admin', 'source')}[not(${parentIs('conceptEntry', 'langSec', 'termSec')} or parent::*[contains(local-name(),'Grp') and local-name()!='transacGrp']/parent::*[local-name()='conceptEntry' or local-name()='langSec' or local-name()='termSec'])])=0`],
  ['administrativeStatus picklist', `count(${typed('termNote', 'administrativeStatus')}[not(.='admittedTerm-admn-sts' or .='deprecatedTerm-admn-sts' or .='supersededTerm-admn-sts' or .='preferredTerm-admn-sts')])=0`],
  ['partOfSpeech picklist', `count(${typed('termNote', 'partOfSpeech')}[not(.='adjective' or .='noun' or .='other' or .='verb' or .='adverb')])=0`],
  ['grammaticalGender picklist', `count(${typed('termNote', 'grammaticalGender')}[not(.='masculine' or .='feminine' or .='neuter' or .='other')])=0`],
  ['termType picklist', `count(${typed('termNote', 'termType')}[not(.='fullForm' or .='acronym' or .='abbreviation' or .='shortForm' or .='variant' or .='phrase')])=0`],
  ['transactionType picklist', `count(${typed('transac', 'transactionType')}[not(.='origination' or .='modification')])=0`],
  ['internal targets resolve', `count(//*[@target and not(starts-with(@target,'http://') or starts-with(@target,'https://')) and not(@target = //*/@id)])=0`],
];
for (const file of [join(out, 'glossary.tbx'), join(work, 'g', 'glossary.tbx'), page.tbx, join(reviewed, 'glossary.tbx')]) {
  for (const [what, xpath] of dcaRules) {
    const r = spawnSync('xmllint', ['--xpath', `boolean(${xpath})`, file], { encoding: 'utf8' });
    check(r.stdout.trim() === 'true', `TBX-Basic: ${what} (${file.replace(work, '')})`);
  }
}
console.log(`\n${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
