import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { unneutralise } from '../io/csv.js';
import type { TermType } from '../types.js';
import { termKey } from './inflection.js';
import { TERM_TYPES, type TermbaseEntry } from '../lang/termbase.js';

/**
 * `medbitext glossary import FILE`: read a termbase the user already has —
 * TBX (TBX v3 `langSec` or TBX 2 `langSet`, `xml:lang="en…"/"pt…"`, `<term>`), or
 * CSV/TSV with `en` and `pt` columns (optional `type`, `note`, `source`) — into
 * termbase entries that win over the corpus statistics. Problems stop the
 * import with the file and line, so an existing termbase is never half-merged.
 * An entry has a type only where the file gives one (the merge keeps the type
 * medbitext already knows otherwise: merge-imported.ts).
 */
export class ImportError extends Error {
  /**
   * `problem` is a message key (`errors.importProblem.<problem>` in locales/*),
   * `params` its values: the CLI says it in the user's language. A parser's own
   * words (csv-parse, saxes) travel as `detail`, as those libraries write them.
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: ImportProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${file}:${line}: ${problem} ${JSON.stringify(params)}`);
  }
}

export type ImportProblem =
  | 'unterminatedQuote'
  | 'malformedCsv'
  | 'emptyFile'
  | 'headerLacks'
  | 'columnCount'
  | 'emptyTerm'
  | 'unknownType'
  | 'duplicate'
  | 'conflictTerms'
  | 'conflictType'
  | 'malformedTbx'
  | 'tbxEntities'
  | 'notTbx'
  | 'noConcepts';

/** An entry as a file gave it: its type only where the file says one, and the line it came from. */
export interface ImportedEntry extends Omit<TermbaseEntry, 'type'> {
  type?: TermType;
  line: number;
}

export function importTermbase(path: string): ImportedEntry[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (ext === '.tbx' || ext === '.xml' || /^\s*<\?xml|^\s*<tbx/i.test(text)) return parseTbx(text, path);
  return parseDelimited(text, path, ext === '.tsv' ? '\t' : delimiterOf(text));
}

/** Field delimiters a spreadsheet writes: comma; semicolon where the decimal mark is a comma (Excel in Brazil); tab. */
const DELIMITERS = [',', ';', '\t'] as const;

const csvOptions = (sep: string) =>
  ({
    delimiter: sep,
    quote: sep === '\t' ? false : '"',
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  }) as const;

/**
 * The delimiter under which csv-parse reads a header naming `en` and `pt`
 * (the first record past comments and blank lines). csv-parse's own
 * `delimiter_auto` scores every character by how evenly it recurs, letters
 * included, so on a short file it can take `e` for the delimiter; the header,
 * which must name both columns, is the surer witness. Where no delimiter
 * gives both, the old reading (tab when the first line has no comma) stands,
 * and the header error says what was found.
 */
function delimiterOf(text: string): string {
  for (const sep of DELIMITERS) {
    try {
      const [head] = parse(text, { ...csvOptions(sep), to: 1 }) as string[][];
      const cells = (head ?? []).map((c) => c.toLowerCase());
      if (cells.includes('en') && cells.includes('pt')) return sep;
    } catch {
      // Not this delimiter: its quoting does not hold.
    }
  }
  return !text.split('\n')[0]!.includes(',') && text.includes('\t') ? '\t' : ',';
}

/**
 * Where csv-parse stopped, and why, in the words of the rest of the import's
 * errors. An unclosed quote is reported where its record starts (csv-parse
 * names the last line): the first line after the last whole record that is
 * neither blank nor a comment.
 */
function csvError(error: unknown, text: string, file: string): never {
  const e = error as Error & { code?: string; lines?: number; bytes_records?: number };
  if (!e.code?.startsWith('CSV_') && !e.code?.startsWith('INVALID_')) throw error;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED' && e.bytes_records !== undefined) {
    const before = Buffer.from(text).subarray(0, e.bytes_records).toString();
    let line = before.split('\n').length;
    const lines = text.split('\n');
    while (line < lines.length && /^\s*$|^#/.test(lines[line - 1]!)) line++;
    throw new ImportError(file, line, 'unterminatedQuote');
  }
  throw new ImportError(file, e.lines ?? 1, 'malformedCsv', { detail: e.message.replace(/^[^:]*: /, '').replace(/ at line \d+/, '') });
}

/**
 * CSV (RFC 4180, through csv-parse) or TSV (tab-separated, no quoting), with
 * a header naming at least `en` and `pt`. Blank lines and lines starting with
 * `#` are skipped. A cell medbitext's own CSV writer guarded against formula
 * injection (a leading `'`) is read back as it was.
 */
function parseDelimited(text: string, file: string, sep: string): ImportedEntry[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { ...csvOptions(sep), info: true }) as unknown as typeof records;
  } catch (error) {
    csvError(error, text, file);
  }
  const [head, ...body] = records;
  if (!head) throw new ImportError(file, 1, 'emptyFile');
  const header = head.record.map((c) => c.toLowerCase());
  const missing = ['en', 'pt'].filter((c) => !header.includes(c));
  if (missing.length > 0) throw new ImportError(file, head.info.lines, 'headerLacks', { missing: missing.join(', '), found: head.record.join(', ') });
  return checkDuplicates(body.map(({ record, info }) => delimitedEntry(record.map(unneutralise), header, file, info.lines, head.info.lines)), file);
}

function delimitedEntry(cells: string[], header: string[], file: string, lineNo: number, headerLine: number): ImportedEntry {
  if (cells.length !== header.length) throw new ImportError(file, lineNo, 'columnCount', { expected: header.length, headerLine, found: cells.length });
  const row = Object.fromEntries(header.map((h, k) => [h, cells[k]!]));
  if (!row.en || !row.pt) throw new ImportError(file, lineNo, 'emptyTerm', { lang: !row.en ? 'en' : 'pt' });
  const type = row.type as TermType | undefined;
  if (type && !TERM_TYPES.has(type)) throw new ImportError(file, lineNo, 'unknownType', { type: row.type! });
  return { en: row.en, pt: row.pt, ...(type ? { type } : {}), note: row.note || `imported from ${file}`, ...(row.source ? { source: row.source } : {}), line: lineNo };
}

/**
 * The same pair twice is an error with both lines. One term given a second
 * translation on another line (`sepsis,sepse` then `sepsis,septicemia`) is a
 * synonym, as a terminologist lists them: recorded as a variant of the first
 * line's entry (`pt_variants`, or `en_variants` for a second English term),
 * not a second entry. A row whose other term is already another entry's, or
 * whose type differs from the first line's, conflicts.
 */
function checkDuplicates(rows: ImportedEntry[], file: string): ImportedEntry[] {
  const byEn = new Map<string, ImportedEntry>();
  const byPt = new Map<string, ImportedEntry>();
  const out: ImportedEntry[] = [];
  for (const entry of rows) {
    const { line } = entry;
    const en = termKey(entry.en.split(/\s+/), 'en');
    const pt = termKey(entry.pt.split(/\s+/), 'pt');
    const seenEn = byEn.get(en);
    const seenPt = byPt.get(pt);
    if (seenEn && seenEn === seenPt) throw new ImportError(file, line, 'duplicate', { first: seenEn.line, en: entry.en });
    if (seenEn && seenPt) throw new ImportError(file, line, 'conflictTerms', { enLine: seenEn.line, ptLine: seenPt.line, en: entry.en, pt: entry.pt });
    const first = seenEn ?? seenPt;
    if (!first) {
      const own = { ...entry };
      out.push(own);
      byEn.set(en, own);
      byPt.set(pt, own);
      continue;
    }
    if (entry.type && first.type && entry.type !== first.type) {
      throw new ImportError(file, line, 'conflictType', { first: first.line, term: seenEn ? entry.en : entry.pt, there: first.type, here: entry.type });
    }
    const synonym = seenEn ? entry.pt : entry.en;
    addSynonym(first, seenEn ? 'pt' : 'en', synonym);
    keepProvenance(first, entry, synonym, file);
    for (const v of entry.en_variants ?? []) addSynonym(first, 'en', v);
    for (const v of entry.pt_variants ?? []) addSynonym(first, 'pt', v);
    (seenEn ? byPt : byEn).set(seenEn ? pt : en, first);
  }
  return out;
}

/** A synonym row's own note and source, kept on the entry it joins (a note by its term, so a reviewer can tell whose it is). */
function keepProvenance(first: ImportedEntry, row: ImportedEntry, synonym: string, file: string): void {
  if (row.note && row.note !== `imported from ${file}` && row.note !== first.note) first.note = `${first.note}; ${synonym}: ${row.note}`;
  if (row.source && row.source !== first.source) first.source = first.source ? `${first.source}; ${row.source}` : row.source;
}

/** Adds a synonym to an entry's variants of its language, once. */
function addSynonym(entry: ImportedEntry, lang: 'en' | 'pt', term: string): void {
  const field = lang === 'en' ? 'en_variants' : 'pt_variants';
  const list = (entry[field] ??= []);
  if (!list.includes(term)) list.push(term);
}

/** A concept entry as the TBX reader collects it. */
interface TbxConcept {
  line: number;
  subject?: string;
  terms: Record<'en' | 'pt', string[]>;
}

/** Reads the terms of each concept entry, through saxes; any XML error stops it with the line. */
function readTbx(text: string, file: string): TbxConcept[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const concepts: TbxConcept[] = [];
  let root: string | undefined;
  let concept: TbxConcept | undefined;
  let lang: 'en' | 'pt' | undefined;
  let capture: { into: 'term' | 'subject'; depth: number; text: string } | undefined;
  let depth = 0;
  const fail = (problem: ImportProblem, params: Record<string, string> = {}): never => {
    throw new ImportError(file, parser.line, problem, params);
  };
  parser.on('error', (e) => fail('malformedTbx', { detail: e.message.replace(/^\d+:\d+: /, '') }));
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('tbxEntities');
  });
  parser.on('opentagstart', (tag) => {
    depth++;
    root ??= tag.name;
    if (tag.name === 'conceptEntry' || tag.name === 'termEntry') concept = { line: parser.line, terms: { en: [], pt: [] } };
  });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'langSec' || tag.name === 'langSet') {
      const l = (attrs['xml:lang'] ?? '').toLowerCase().slice(0, 2);
      lang = l === 'en' || l === 'pt' ? l : undefined;
    } else if (!capture && concept && tag.name === 'term' && lang) capture = { into: 'term', depth, text: '' };
    else if (!capture && concept && concept.subject === undefined && tag.name === 'descrip' && attrs.type === 'subjectField') capture = { into: 'subject', depth, text: '' };
  });
  const addText = (t: string) => {
    if (capture) capture.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    if (capture && capture.depth === depth) {
      const value = capture.text.replace(/\s+/g, ' ').trim();
      if (capture.into === 'subject') concept!.subject = value;
      else if (value) concept!.terms[lang!].push(value);
      capture = undefined;
    }
    if (tag.name === 'langSec' || tag.name === 'langSet') lang = undefined;
    if ((tag.name === 'conceptEntry' || tag.name === 'termEntry') && concept) concepts.push(concept), (concept = undefined);
    depth--;
  });
  parser.write(text).close();
  if (root !== 'tbx' && root !== 'martif') throw new ImportError(file, 1, 'notTbx');
  return concepts;
}

/** A TBX subject field as a term type; none where it names no type medbitext knows. */
function subjectType(subject: string): TermType | undefined {
  if (/diagnos/i.test(subject)) return 'diagnosis';
  if (/drug/i.test(subject)) return 'drug';
  if (/lab/i.test(subject)) return 'lab';
  return undefined;
}

function parseTbx(text: string, file: string): ImportedEntry[] {
  const rows: ImportedEntry[] = [];
  for (const c of readTbx(text, file)) {
    if (c.terms.en.length === 0 || c.terms.pt.length === 0) continue;
    const [en, ...enRest] = c.terms.en;
    const [pt, ...ptRest] = c.terms.pt;
    const type = subjectType(c.subject ?? '');
    rows.push({
      en: en!,
      pt: pt!,
      ...(type ? { type } : {}),
      ...(enRest.length ? { en_variants: enRest } : {}),
      ...(ptRest.length ? { pt_variants: ptRest } : {}),
      note: `imported from ${file}`,
      line: c.line,
    });
  }
  if (rows.length === 0) throw new ImportError(file, 1, 'noConcepts');
  return checkDuplicates(rows, file);
}
