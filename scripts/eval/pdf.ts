/**
 * PDF reading measured against the publisher's own text: every article of
 * the dev JATS set, printed in every layout of scripts/pdf-corpus (generated
 * into .pdf-corpus/ when missing), read three ways: the PDF itself (positions),
 * and its `pdftotext -layout` and plain text. Each is run through ingest →
 * clean → segment → align and compared with the JATS run the same way:
 * - sentence recall / precision of the prose (title, abstract, keywords, body),
 *   a sentence counting when its normalised text matches one of the same language;
 * - titles found in both languages, abstract and body sentences in their part;
 * - prose sentences holding a running head, the masthead, the footnote, a
 *   table cell or a reference-list line (leaks);
 * - alignment agreement: JATS links (both sides) found among the PDF's links;
 * - hyphen joins at line ends (PDF path), truth from the JATS words;
 * - the PDF reader's pages per second, and `run`'s peak RSS on the largest
 *   PDF of the corpus and on long.pdf (the longest article set to fill 30
 *   pages or more).
 *
 *   npx tsx scripts/eval/pdf.ts [--errors N [--full] [--marks]] [--paths pdf,layout,plain] [--layout NAME] [--unmarked]
 *
 * `--paths` and `--layout` narrow a run while working on one path or layout
 * (the figures in docs/pdf.md are of full runs). Each path is also measured
 * against the JATS run with its paragraph marks (the lines `…, with JATS
 * paragraph marks`); `--marks` lists the errors of that measure instead.
 * `--unmarked` drops the paragraph marks a path's own blocks carry, so clean
 * re-flows them as it did before paths read paragraph ends: what the
 * re-flowed line then loses is not from the paragraph ends.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import { VFile } from 'vfile';
import ingest from '../../src/ingest/plugin.js';
import clean from '../../src/clean/plugin.js';
import segment from '../../src/segment/plugin.js';
import align from '../../src/align/plugin.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { readPdfPages } from '../../src/ingest/pdf/read.js';
import { decideHyphen } from '../../src/clean/dehyphenate.js';
import { buildVocabulary } from '../../src/lang/vocabulary.js';
import { dictionaryFor } from '../../src/lang/dictionary.js';
import { guessedParts } from '../../src/ingest/guesses.js';
import type { DocumentInput, Lang, Link, Sentence, TextLayout } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '.pdf-corpus');
const SCIELO = join(ROOT, '..', 'shared', 'eval', 'dev', 'scielo');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const wanted = Number(arg('--errors') ?? 0);
const only = new Set((arg('--paths') ?? 'pdf,layout,plain').split(','));
const onlyLayout = arg('--layout');
/** `--full`: errors list whole sentences, not their first 160 characters. */
const cut = process.argv.includes('--full') ? Infinity : 160;
/** `--marks`: errors list what differs from the JATS run with its paragraph marks, not the re-flowed one. */
const marksErrors = process.argv.includes('--marks');

if (!existsSync(CORPUS) || !readdirSync(CORPUS).some((f) => f.endsWith('.truth.json'))) {
  console.log('generating the PDF corpus (scripts/pdf-corpus/generate.ts) …');
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/pdf-corpus/generate.ts')], { stdio: 'inherit' });
}

const processor = unified().use(ingest).use(clean).use(segment).use(align).freeze();
/**
 * The truth: the JATS run with its paragraph marks dropped, so JATS paragraphs
 * are re-flowed as extracted text is. A page does not carry them (a list item
 * without a stop and the line after it look alike), so the figures measure
 * the reading of the page as before marks were kept (docs/faults.md, F30);
 * the line `with JATS paragraph marks` measures the PDF path against the run
 * a JATS file gets, marks and all.
 */
const unmarked = () => (_tree: unknown, file: VFile) => {
  for (const b of file.data.blocks ?? []) delete b.marked;
};
const truthProcessor = unified().use(ingest).use(unmarked).use(clean).use(segment).use(align).freeze();
const pathProcessor = process.argv.includes('--unmarked') ? truthProcessor : processor;
interface Ran {
  sentences: Sentence[];
  alignment: Link[];
  fatal: boolean;
  /** The guessed-part rules the run noted (the terminal summary counts them). */
  guessed: string[];
}
async function run(input: DocumentInput, path: string, using = processor): Promise<Ran> {
  const file = new VFile({ path });
  file.data.input = input;
  await using.run({ type: 'root' }, file);
  return { sentences: file.data.sentences ?? [], alignment: file.data.alignment ?? [], fatal: file.messages.some((m) => m.fatal), guessed: guessedParts(file.messages.map((m) => ({ rule: m.ruleId ?? undefined }))) };
}

/**
 * Citation markers: a bracketed group of small numbers (`(10-12)`, `[4]`), or
 * one glued to the word, stop or sign before it (`pain.1`, `Studies1,2`,
 * `90%20-25`). The JATS prints them raised (`Studies¹,²`), and so does the
 * PDF path; text extracted without positions (pdftotext) prints them in plain
 * digits, sometimes with blanks (`conditions ( 4) .`). Both forms are left out
 * of the comparison alike, after blanks (which do not count either) and after
 * NFKC has made raised digits plain.
 */
const BRACKETED_CITATION = /[([]\d{1,3}(?:[,\-–−]\d{1,3})*[)\]]/g;
const GLUED_CITATION = /(?<=[\p{L}.,;:)\]%'"”’])\d{1,3}(?:[,\-–−]\d{1,3})*(?!\d|\.\d)/gu;

/** Whitespace, citation markers, soft hyphens, quote and dash shapes and case do not count. */
const norm = (s: string) =>
  s
    .replace(/[\s\u00AD]+/g, '')
    .normalize('NFKC')
    .replace(BRACKETED_CITATION, '')
    .replace(GLUED_CITATION, '')
    .replace(/[\u2010\u2011\u2012–—\u2212]/g, '-')
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .toLowerCase();

const PROSE = new Set(['title', 'abstract', 'keywords', 'body']);
const prose = (ss: Sentence[]) => ss.filter((s) => PROSE.has(s.part));

interface Tally {
  truth: number;
  found: number;
  out: number;
  correct: number;
  partsChecked: number;
  partsRight: number;
  titles: number;
  titlesFound: number;
  leaks: number;
  links: number;
  linksAgreed: number;
  joinsTruth: number;
  joinsMade: number;
  joinsRight: number;
  failed: number;
  docs: number;
  /** Documents whose run noted a block of uncertain language, or no title. */
  uncertain: number;
  untitled: number;
  /** …or two columns read from plain text (`interleaved-columns`). */
  interleaved: number;
}
const tally = (): Tally => ({ truth: 0, found: 0, out: 0, correct: 0, partsChecked: 0, partsRight: 0, titles: 0, titlesFound: 0, leaks: 0, links: 0, linksAgreed: 0, joinsTruth: 0, joinsMade: 0, joinsRight: 0, failed: 0, docs: 0, uncertain: 0, untitled: 0, interleaved: 0 });
const errors: string[] = [];

function linkKeys(alignment: Link[], sentences: Sentence[]): Set<string> {
  const text = new Map(sentences.map((s) => [`${s.lang}${s.n}`, norm(s.text)]));
  return new Set(alignment.filter((l) => l.en.length > 0 && l.pt.length > 0).map((l) => `${l.en.map((n) => text.get(`en${n}`)).join('')}|${l.pt.map((n) => text.get(`pt${n}`)).join('')}`));
}

interface Truth {
  id: string;
  layout: string;
  pdfs: Array<{ name: string }>;
  /** Since Step 16b: each table row's first two cells, and what other journals' layouts print with the front (byline, dates, box). */
  leftOut: { runningHead: string; masthead: string; footnote: string; tableCells: string[]; tableRows?: string[]; frontMatter?: string[] };
}

/** One document read one way against its JATS run, counted into each of `into` (the path's tally and its layout's). */
function compare(into: Tally[], label: string, truth: { sentences: Sentence[]; alignment: Link[] }, got: Ran, leftOut: Truth['leftOut'], listed: boolean): void {
  const showErrors = listed ? wanted : 0;
  const t = tally();
  t.docs++;
  if (got.guessed.includes('uncertain-language')) t.uncertain++;
  if (got.guessed.includes('no-title')) t.untitled++;
  if (got.guessed.includes('interleaved-columns')) t.interleaved++;
  const want = prose(truth.sentences);
  const have = prose(got.sentences);
  const pool = new Map<string, Sentence[]>();
  for (const s of want) pool.set(s.lang + norm(s.text), [...(pool.get(s.lang + norm(s.text)) ?? []), s]);
  const refs = new Set(truth.sentences.filter((s) => s.part === 'references').map((s) => norm(s.text)));
  // a table row is caught by its first two cells; front matter lines by their first 40 characters
  const rows = (leftOut.tableRows ?? ['Group A 128 41.3']).map(norm);
  const leaks = [norm(leftOut.runningHead), norm(leftOut.masthead), norm(leftOut.footnote.slice(0, 40)), ...rows, ...(leftOut.frontMatter ?? []).map((l) => norm(l.slice(0, 40)))];
  t.truth += want.length;
  t.out += have.length;
  for (const s of have) {
    const k = s.lang + norm(s.text);
    const match = pool.get(k)?.shift();
    const n = norm(s.text);
    if (leaks.some((l) => n.includes(l)) || refs.has(n)) {
      t.leaks++;
      if (errors.length < showErrors) errors.push(`${label} LEAK [${s.part}] ${s.text.slice(0, 120)}`);
    }
    if (!match) {
      if (errors.length < showErrors) errors.push(`${label} EXTRA [${s.lang} ${s.part}] ${s.text.slice(0, cut)}`);
      continue;
    }
    t.correct++;
    if (match.part === 'abstract' || match.part === 'body') {
      t.partsChecked++;
      if (match.part === s.part) t.partsRight++;
      else if (errors.length < showErrors) errors.push(`${label} PART ${match.part}→${s.part} ${s.text.slice(0, 100)}`);
    }
  }
  t.found += want.length - [...pool.values()].reduce((n, v) => n + v.length, 0);
  for (const rest of [...pool.values()].flat()) if (errors.length < showErrors) errors.push(`${label} MISSED [${rest.lang} ${rest.part}] ${rest.text.slice(0, cut)}`);
  for (const lang of ['en', 'pt'] as const) {
    const titles = want.filter((s) => s.lang === lang && s.part === 'title').map((s) => norm(s.text));
    if (titles.length === 0) continue;
    t.titles++;
    if (have.some((s) => s.lang === lang && s.part === 'title' && titles.includes(norm(s.text)))) t.titlesFound++;
    else if (errors.length < showErrors) errors.push(`${label} NO ${lang} TITLE`);
  }
  const wantLinks = linkKeys(truth.alignment, truth.sentences);
  const haveLinks = linkKeys(got.alignment, got.sentences);
  t.links += wantLinks.size;
  for (const k of wantLinks) if (haveLinks.has(k)) t.linksAgreed++;
  for (const total of into) for (const k of Object.keys(t) as Array<keyof Tally>) total[k] += t[k];
}

/** Line-end hyphens of the laid-out text: joined or kept by clean's rule, against the JATS words. */
function hyphens(t: Tally, text: string, layout: TextLayout[], jatsText: Record<Lang, string>): void {
  const words = { en: new Set(jatsText.en.toLowerCase().match(/[\p{L}-]+/gu)), pt: new Set(jatsText.pt.toLowerCase().match(/[\p{L}-]+/gu)) };
  const vocab = buildVocabulary(layout.map((b) => text.slice(b.start, b.end)));
  for (const m of text.matchAll(/(\p{L}+)-\n(\p{L}+)/gu)) {
    const [, left, right] = m as unknown as [string, string, string];
    const compound = `${left}-${right}`.toLowerCase();
    const joined = (left + right).toLowerCase();
    const lang: Lang = words.pt.has(joined) || words.pt.has(compound) ? 'pt' : 'en';
    if (!words[lang].has(joined) && !words[lang].has(compound)) continue; // a word cut by a tag or a superscript: no truth
    const truthJoin = !words[lang].has(compound);
    const made = decideHyphen(left, right, dictionaryFor(lang), vocab, lang).decision === 'join';
    if (truthJoin) t.joinsTruth++;
    if (made) t.joinsMade++;
    if (made && truthJoin) t.joinsRight++;
    if (made !== truthJoin && errors.length < wanted) errors.push(`HYPHEN ${left}-${right}: ${made ? 'joined' : 'kept'}`);
  }
}

/** One document of all the PDFs of a layout (the translation apart is read after the article). */
function combine(parts: Array<{ text: string; blocks: TextLayout[] }>): { text: string; blocks: TextLayout[] } {
  let text = '';
  const blocks: TextLayout[] = [];
  for (const p of parts) {
    const offset = text === '' ? 0 : text.length + 2;
    text = text === '' ? p.text : `${text}\n\n${p.text}`;
    blocks.push(...p.blocks.map((b) => ({ ...b, start: b.start + offset, end: b.end + offset })));
  }
  return { text, blocks };
}

const paths = { pdf: tally(), 'pdftotext -layout': tally(), 'pdftotext plain': tally() };
/** Per path and layout, keyed `path|layout`. */
const byLayout = new Map<string, Tally>();
let pages = 0;
let readMs = 0;
let largest = { path: '', size: 0 };
const truths = readdirSync(CORPUS).filter((f) => f.endsWith('.truth.json') && (!onlyLayout || f.includes(`.${onlyLayout}.`))).sort();
const jatsRuns = new Map<string, { sentences: Sentence[]; alignment: Link[]; text: Record<Lang, string>; marked: Ran }>();
/** Each path, and each path and layout, against the JATS run with its paragraph marks. */
const withMarks = { pdf: tally(), 'pdftotext -layout': tally(), 'pdftotext plain': tally() };
const withMarksByLayout = new Map<string, Tally>();
for (const f of truths) {
  const truth = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Truth;
  if (!jatsRuns.has(truth.id)) {
    const xml: DocumentInput = { kind: 'text', text: readFileSync(join(SCIELO, `${truth.id}.xml`), 'utf8') };
    const r = await run(xml, `${truth.id}.xml`, truthProcessor);
    const text = { en: r.sentences.filter((s) => s.lang === 'en').map((s) => s.text).join(' '), pt: r.sentences.filter((s) => s.lang === 'pt').map((s) => s.text).join(' ') };
    jatsRuns.set(truth.id, { ...r, text, marked: await run(xml, `${truth.id}.xml`) });
  }
  const jats = jatsRuns.get(truth.id)!;
  const label = `${truth.id}.${truth.layout}`;
  const read = [];
  for (const p of only.has('pdf') ? truth.pdfs : []) {
    const path = join(CORPUS, `${p.name}.pdf`);
    const started = performance.now();
    const laid = await readPdf({ path });
    readMs += performance.now() - started;
    pages += (await readPdfPages({ path })).length;
    const size = readFileSync(path).length;
    if (size > largest.size) largest = { path, size };
    read.push(laid);
  }
  const ofLayout = (key: keyof typeof paths, from = byLayout) => {
    const t = from.get(`${key}|${truth.layout}`) ?? tally();
    from.set(`${key}|${truth.layout}`, t);
    return t;
  };
  if (only.has('pdf')) {
    const laid = combine(read);
    hyphens(paths.pdf, laid.text, laid.blocks, jats.text);
    const got = await run({ kind: 'text', text: laid.text, layout: laid.blocks }, label, pathProcessor);
    compare([paths.pdf, ofLayout('pdf')], `${label} [pdf]`, jats, got, truth.leftOut, !marksErrors);
    compare([withMarks.pdf, ofLayout('pdf', withMarksByLayout)], `${label} [pdf, with marks]`, jats.marked, got, truth.leftOut, marksErrors);
  }
  for (const [mode, key] of [['layout', 'pdftotext -layout'], ['plain', 'pdftotext plain']] as const) {
    if (!only.has(mode)) continue;
    const text = truth.pdfs.map((p) => readFileSync(join(CORPUS, `${p.name}.${mode}.txt`), 'utf8')).join('\n\n');
    const r = await run({ kind: 'text', text }, `${label}.${mode}.txt`, pathProcessor);
    if (r.fatal) paths[key].failed++;
    compare([paths[key], ofLayout(key)], `${label} [${mode}]`, jats, r, truth.leftOut, !marksErrors);
    compare([withMarks[key], ofLayout(key, withMarksByLayout)], `${label} [${mode}, with marks]`, jats.marked, r, truth.leftOut, marksErrors);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : (a / b).toFixed(4));
const row = (name: string, t: Tally) =>
  `${name.padEnd(26)} ${String(t.docs).padStart(4)}  recall ${pct(t.found, t.truth)}  precision ${pct(t.correct, t.out)}  titles ${t.titlesFound}/${t.titles}  parts ${pct(t.partsRight, t.partsChecked)}  leaks ${t.leaks}  links ${pct(t.linksAgreed, t.links)}  noted: uncertain-language ${t.uncertain}, no-title ${t.untitled}, interleaved-columns ${t.interleaved}`;
console.log(`${truths.length} article × layout documents (${pages} pages), dev JATS as truth`);
for (const [name, t] of Object.entries(paths)) if (t.docs > 0) console.log(row(name, t));
for (const [marks, from] of [['', byLayout], [', with JATS paragraph marks', withMarksByLayout]] as const) {
  if (marks) {
    console.log('');
    for (const [name, t] of Object.entries(withMarks)) if (t.docs > 0) console.log(row(`${name}${marks}`, t));
  }
  for (const name of Object.keys(paths)) {
    const layouts = [...from].filter(([k]) => k.startsWith(`${name}|`));
    if (layouts.length === 0) continue;
    console.log(`\n${name} by layout${marks}:`);
    for (const [k, t] of layouts) console.log(row(k.slice(name.length + 1), t));
  }
}
if (!only.has('pdf')) {
  if (errors.length) console.log(`\n${errors.join('\n')}`);
  process.exit(0);
}
const p = paths.pdf;
console.log('');
console.log(`hyphen joins (PDF path): precision ${pct(p.joinsRight, p.joinsMade)}  recall ${pct(p.joinsRight, p.joinsTruth)}  (${p.joinsTruth} syllable breaks)`);
console.log(`PDF reader: ${(pages / (readMs / 1000)).toFixed(1)} pages/s (parse thread, layout; ${pages} pages in ${(readMs / 1000).toFixed(1)} s)`);
const out = mkdtempSync(join(tmpdir(), 'mbt-pdf-eval-'));
/** `run --jobs 1` on one PDF: its pages and the process's peak resident memory. */
async function peakRss(path: string): Promise<string> {
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/medbitext.js'), 'run', path, '--out', join(out, path.split('/').pop()!), '--jobs', '1'], { encoding: 'utf8' });
  const pageCount = (await readPdfPages({ path })).length;
  return `run on ${path.split('/').pop()} (${pageCount} pages): peak RSS ${Math.round(Number(timed.stderr.trim().split('\n').pop()) / 1024)} MB`;
}
console.log(await peakRss(largest.path));
if (existsSync(join(CORPUS, 'long.pdf'))) console.log(await peakRss(join(CORPUS, 'long.pdf')));
if (errors.length) console.log(`\n${errors.join('\n')}`);
