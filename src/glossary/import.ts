import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { TermType } from '../types.js';
import { termKey } from './morphology.js';
import { TERM_TYPES, type TermbaseEntry } from './termbase.js';

/**
 * `medbitext glossary import FILE`: read a termbase the user already has —
 * TBX (any dialect with `langSec xml:lang="en…"/"pt…"` and `<term>`), or
 * CSV/TSV with `en` and `pt` columns (optional `type`, `note`, `source`) — into
 * termbase entries that win over the corpus statistics. Problems stop the
 * import with the file and line, so an existing termbase is never half-merged.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}


export function importTermbase(path: string): TermbaseEntry[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (ext === '.tbx' || ext === '.xml' || /^\s*<\?xml|^\s*<tbx/i.test(text)) return parseTbx(text, path);
  return parseDelimited(text, path, ext === '.tsv' || (!text.split('\n')[0]!.includes(',') && text.includes('\t')) ? '\t' : ',');
}

/** Split one CSV/TSV line; CSV fields may be quoted with doubled quotes inside. */
function splitLine(line: string, sep: string, file: string, lineNo: number): string[] {
  if (sep === '\t') return line.split('\t').map((c) => c.trim());
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') (quoted = true), (cur = '');
    else if (ch === sep) cells.push(cur.trim()), (cur = '');
    else cur += ch;
  }
  if (quoted) throw new ImportError(file, lineNo, 'unterminated quoted field');
  cells.push(cur.trim());
  return cells;
}

function parseDelimited(text: string, file: string, sep: string): TermbaseEntry[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  let headerLine = 0;
  const rows: Array<{ entry: TermbaseEntry; line: number }> = [];
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = splitLine(raw, sep, file, lineNo);
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      headerLine = lineNo;
      const missing = ['en', 'pt'].filter((c) => !header!.includes(c));
      if (missing.length > 0) throw new ImportError(file, lineNo, `header lacks column(s) ${missing.join(', ')} (found: ${cells.join(', ')})`);
      return;
    }
    if (cells.length !== header.length) throw new ImportError(file, lineNo, `expected ${header.length} columns as in the header on line ${headerLine}, found ${cells.length}`);
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k]!]));
    if (!row.en || !row.pt) throw new ImportError(file, lineNo, `empty ${!row.en ? 'en' : 'pt'} term`);
    const type = (row.type || 'term') as TermType;
    if (!TERM_TYPES.has(type)) throw new ImportError(file, lineNo, `unknown type "${row.type}" (use drug, lab, test, diagnosis or term)`);
    rows.push({ entry: { en: row.en, pt: row.pt, type, note: row.note || `imported from ${file}`, ...(row.source ? { source: row.source } : {}) }, line: lineNo });
  });
  if (!header) throw new ImportError(file, 1, 'empty file: expected a header with en and pt columns');
  return checkDuplicates(rows, file);
}

/** The same pair twice, or one term given two different translations, is an error with both lines. */
function checkDuplicates(rows: Array<{ entry: TermbaseEntry; line: number }>, file: string): TermbaseEntry[] {
  const byEn = new Map<string, { pt: string; line: number }>();
  const byPt = new Map<string, { en: string; line: number }>();
  for (const { entry, line } of rows) {
    const en = termKey(entry.en.split(/\s+/), 'en');
    const pt = termKey(entry.pt.split(/\s+/), 'pt');
    const seenEn = byEn.get(en);
    if (seenEn) {
      throw new ImportError(
        file,
        line,
        seenEn.pt === pt ? `duplicate of line ${seenEn.line} ("${entry.en}")` : `conflicts with line ${seenEn.line}: "${entry.en}" has two Portuguese terms`,
      );
    }
    const seenPt = byPt.get(pt);
    if (seenPt) throw new ImportError(file, line, `conflicts with line ${seenPt.line}: "${entry.pt}" has two English terms`);
    byEn.set(en, { pt, line });
    byPt.set(pt, { en, line });
  }
  return rows.map((r) => r.entry);
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function unescapeXml(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Check that tags nest; the first mismatch is reported with its line. */
function checkWellFormed(text: string, file: string): void {
  const stack: Array<{ name: string; at: number }> = [];
  const body = text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|<(?![?!/A-Za-z_])/g)) {
    if (m[2] === undefined) throw new ImportError(file, lineAt(body, m.index!), 'malformed TBX: stray "<"');
    if (m[4] === '/') continue;
    if (m[1] === '/') {
      const open = stack.pop();
      if (!open || open.name !== m[2]) {
        throw new ImportError(file, lineAt(body, m.index!), `malformed TBX: </${m[2]}> ${open ? `does not close <${open.name}> from line ${lineAt(body, open.at)}` : 'has no opening tag'}`);
      }
    } else stack.push({ name: m[2], at: m.index! });
  }
  const open = stack.pop();
  if (open) throw new ImportError(file, lineAt(body, open.at), `malformed TBX: <${open.name}> is never closed`);
}

function parseTbx(text: string, file: string): TermbaseEntry[] {
  checkWellFormed(text, file);
  if (!/<tbx[\s>]|<martif[\s>]/.test(text)) throw new ImportError(file, 1, 'not a TBX file: no <tbx> (or TBX 2 <martif>) root element');
  const rows: Array<{ entry: TermbaseEntry; line: number }> = [];
  const concepts = /<(conceptEntry|termEntry)\b[^>]*>([\s\S]*?)<\/\1>/g;
  for (const c of text.matchAll(concepts)) {
    const line = lineAt(text, c.index!);
    const terms: Record<'en' | 'pt', string[]> = { en: [], pt: [] };
    let type: TermType = 'term';
    const subject = /<descrip type="subjectField">([\s\S]*?)<\/descrip>/.exec(c[2]!)?.[1] ?? '';
    if (/diagnos/i.test(subject)) type = 'diagnosis';
    else if (/drug/i.test(subject)) type = 'drug';
    else if (/lab/i.test(subject)) type = 'lab';
    for (const l of c[2]!.matchAll(/<langSec\b[^>]*xml:lang="([^"]+)"[^>]*>([\s\S]*?)<\/langSec>/g)) {
      const lang = l[1]!.toLowerCase().slice(0, 2);
      if (lang !== 'en' && lang !== 'pt') continue;
      for (const t of l[2]!.matchAll(/<term\b[^>]*>([\s\S]*?)<\/term>/g)) terms[lang].push(unescapeXml(t[1]!));
    }
    if (terms.en.length === 0 || terms.pt.length === 0) continue;
    const [en, ...enRest] = terms.en;
    const [pt, ...ptRest] = terms.pt;
    rows.push({
      entry: {
        en: en!,
        pt: pt!,
        type,
        ...(enRest.length ? { en_variants: enRest } : {}),
        ...(ptRest.length ? { pt_variants: ptRest } : {}),
        note: `imported from ${file}`,
      },
      line,
    });
  }
  if (rows.length === 0) throw new ImportError(file, 1, 'no concept entry has both an English and a Portuguese term');
  return checkDuplicates(rows, file);
}

/**
 * Merge newly imported entries into those kept from earlier imports: one entry
 * per English term, the new one winning; entries without a source are marked
 * with `source`. Sorted by English term, so the kept file diffs well.
 */
export function mergeImported(kept: TermbaseEntry[], incoming: TermbaseEntry[], source: string): { entries: TermbaseEntry[]; replaced: number } {
  const merged = new Map<string, TermbaseEntry>();
  for (const e of kept) merged.set(e.en.toLowerCase(), e);
  let replaced = 0;
  for (const e of incoming) {
    const before = merged.get(e.en.toLowerCase());
    if (before && before.pt.toLowerCase() !== e.pt.toLowerCase()) replaced++;
    merged.set(e.en.toLowerCase(), e.source || e.note ? e : { ...e, source });
  }
  const entries = [...merged.values()].sort((a, b) => (a.en < b.en ? -1 : a.en > b.en ? 1 : 0));
  return { entries, replaced };
}
