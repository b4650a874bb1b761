import type { CorpusCounts, DocumentResult, Glossary, Review } from '../types.js';
import { localeResources } from '../i18n/locales.js';
import { barChart, scoreBin, scoreBins } from './charts.js';
import { clientScript } from './client.js';
import { pageBody } from './layout.js';
import { STYLES } from './styles.js';
import { pipelineVersion } from '../io/package.js';

/** What the page's script gets for one document: sentences with entities, the ladder, entity links. */
interface ReportDocument {
  id: string;
  sentences: Record<string, { text: string; part: string; entities: ReportEntity[] }>;
  links: Array<{ en: string[]; pt: string[]; score: number; part: string; review?: Review }>;
  entityLinks: Array<[string, string]>;
}

interface ReportEntity {
  start: number;
  end: number;
  type: string;
  negated: boolean;
  key: string;
  attrs: Record<string, string>;
}

const ATTRS = ['normalized', 'code', 'category', 'dose', 'unit', 'route', 'frequency', 'value', 'reference_range', 'flag', 'expansion', 'subject'] as const;

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** One document as the report's data holds it: an element of its `docs` array. */
export function reportDocumentJson(doc: DocumentResult): string {
  return scriptJson(toReportDocument(doc));
}

function toReportDocument(doc: DocumentResult): ReportDocument {
  const sentences: ReportDocument['sentences'] = {};
  for (const s of doc.sentences) sentences[s.id] = { text: s.text, part: s.part, entities: [] };
  for (const e of doc.entities) {
    const attrs: Record<string, string> = {};
    for (const a of ATTRS) if (e[a] !== undefined && e[a] !== '') attrs[a] = String(e[a]);
    sentences[e.sentence]?.entities.push({ start: e.start, end: e.end, type: e.type, negated: e.negated, key: `${e.sentence}:${e.start}`, attrs });
  }
  return {
    id: doc.id,
    sentences,
    links: doc.alignment.map((l) => ({ en: l.en.map((n) => `en-${n}`), pt: l.pt.map((n) => `pt-${n}`), score: l.score, part: l.part, ...(l.review ? { review: l.review } : {}) })),
    entityLinks: doc.entityLinks.map((l) => [`${l.en.sentence}:${l.en.start}`, `${l.pt.sentence}:${l.pt.start}`]),
  };
}

/** What the summary charts count, gathered one document at a time. */
export interface ReportTally {
  /** Scores of links with both sides, in ten bins (see `scoreBins`). */
  scoreBins: number[];
  /** Entity mentions by type. */
  types: Record<string, number>;
}

export function emptyTally(): ReportTally {
  return { scoreBins: scoreBins([]), types: { drug: 0, lab: 0, diagnosis: 0 } };
}

export function tallyDocument(tally: ReportTally, doc: DocumentResult): void {
  for (const l of doc.alignment) if (l.en.length && l.pt.length) tally.scoreBins[scoreBin(l.score)]!++;
  for (const e of doc.entities) tally.types[e.type] = (tally.types[e.type] ?? 0) + 1;
}

/**
 * The review report: one self-contained HTML file (no network, no external
 * fonts or scripts). Document text travels as JSON and is inserted with
 * `textContent`, so markup in a document shows as text.
 */
export function renderReport(results: Iterable<DocumentResult>, glossary: Glossary, counts: CorpusCounts): string {
  const docs = [...results];
  const tally = emptyTally();
  for (const r of docs) tallyDocument(tally, r);
  return [...reportParts(docs, glossary, counts, tally)].join('');
}

/** `items` as a JSON array, one element at a time (the same text as `JSON.stringify` of the whole array). */
function* jsonArray<T>(items: Iterable<T>, toJson: (item: T) => string): Generator<string> {
  let first = true;
  for (const item of items) {
    yield (first ? '[' : ',') + toJson(item);
    first = false;
  }
  yield first ? '[]' : ']';
}

/**
 * The report in pieces, for writing to a file as they come: documents are
 * read and written one at a time, so a corpus of any size is never held in
 * memory. `tally` must already count every document (the charts come first).
 */
export function* reportParts(results: Iterable<DocumentResult>, glossary: Glossary, counts: CorpusCounts, tally: ReportTally): Generator<string> {
  yield reportHead(counts, tally);
  yield* jsonArray(results, reportDocumentJson);
  yield* reportTail(glossary);
}

/**
 * The report up to its documents: `reportParts` without them and what follows,
 * for a reduce that writes the documents' JSON array (their `reportDocumentJson`)
 * in its own pass.
 */
export function reportHead(counts: CorpusCounts, tally: ReportTally): string {
  const en = localeResources('en') as { report: Record<string, string> };
  const scoreChart = barChart(
    tally.scoreBins.map((v, i) => ({ label: (i / 10).toFixed(1), digits: 1, value: v, color: i >= 9 ? '#2e7d32' : i >= 5 ? '#a07c00' : '#b3261e' })),
    en.report.scoreChart!,
    'scoreChart',
  );
  const typeChart = barChart(
    Object.entries(tally.types).map(([label, value]) => ({ label, key: label, value, color: { drug: '#1565c0', lab: '#6a1b9a', diagnosis: '#c62828' }[label] })),
    en.report.typeChart!,
    'typeChart',
    240,
  );
  // The data element holds {counts, docs, glossary, candidates, version, i18n}, written key by key.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>medbitext report</title>
<style>${STYLES}</style>
</head>
<body>
${pageBody(`<figure><figcaption data-i18n="scoreChart">${en.report.scoreChart}</figcaption>${scoreChart}</figure>
  <figure><figcaption data-i18n="typeChart">${en.report.typeChart}</figcaption>${typeChart}</figure>`)}
<script type="application/json" id="data">{"counts":${scriptJson(counts)},"docs":`;
}

/** The report after its documents: the glossary, its candidates and the page's strings and script. */
export function* reportTail(glossary: Glossary): Generator<string> {
  const en = localeResources('en') as { report: Record<string, string> };
  const pt = localeResources('pt') as { report: Record<string, string> };
  yield ',"glossary":';
  for (const part of jsonArray(glossary.entries, scriptJson)) yield part;
  yield ',"candidates":';
  for (const part of jsonArray(glossary.candidates, scriptJson)) yield part;
  yield `,"version":${scriptJson(pipelineVersion())},"i18n":${scriptJson({ en: en.report, pt: pt.report })}}</script>
<script>${clientScript()}</script>
</body>
</html>
`;
}
