import { SaxesParser } from 'saxes';

/**
 * What a journal prints under an article's title besides its text: authors
 * with their affiliation marks, the affiliations, the dates received and
 * accepted, the correspondence address and the licence. From the JATS
 * article's own front matter (sub-articles and the back are ignored); none of
 * it is prose, so the truth lists it as furniture the reader must leave out.
 */
export interface FrontMatter {
  authors: Array<{ name: string; marks: number[] }>;
  affiliations: string[];
  received?: JatsDate;
  accepted?: JatsDate;
  correspondence: string;
  licence: string;
}

export interface JatsDate {
  day: string;
  month: string;
  year: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const FIELDS = new Set(['given-names', 'surname', 'day', 'month', 'year', 'corresp', 'license-p']);

/** The article's front matter as a journal would print it. */
export function frontMatter(xml: string): FrontMatter {
  const out: FrontMatter = { authors: [], affiliations: [], correspondence: '', licence: '' };
  const stack: string[] = [];
  const text = new Map<string, string>();
  const affIds: string[] = [];
  const rids: string[][] = [];
  let author: { given: string; surname: string; rids: string[] } | undefined;
  let aff: { id: string; original: string; all: string } | undefined;
  let date: (JatsDate & { type: string }) | undefined;
  let original = false;
  let done = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (done || ['body', 'back', 'sub-article'].includes(tag.name)) return void (done = true);
    stack.push(tag.name);
    if (FIELDS.has(tag.name)) text.set(tag.name, '');
    if (tag.name === 'contrib' && attrs['contrib-type'] === 'author') author = { given: '', surname: '', rids: [] };
    if (tag.name === 'xref' && attrs['ref-type'] === 'aff' && author) author.rids.push(...(attrs.rid ?? '').split(/\s+/));
    if (tag.name === 'aff') aff = { id: attrs.id ?? '', original: '', all: '' };
    if (tag.name === 'institution' && attrs['content-type'] === 'original') original = true;
    if (tag.name === 'date' && stack.includes('history')) date = { type: attrs['date-type'] ?? '', day: '', month: '', year: '' };
  });
  parser.on('text', (t) => {
    if (done) return;
    for (const k of text.keys()) text.set(k, text.get(k)! + t);
    if (aff && original) aff.original += t;
    else if (aff && !stack.includes('label')) aff.all += t;
  });
  parser.on('closetag', (tag) => {
    if (done) return;
    stack.pop();
    const value = squash(text.get(tag.name) ?? '');
    text.delete(tag.name);
    if (author && tag.name === 'given-names') author.given = value;
    if (author && tag.name === 'surname') author.surname = value;
    if (author && tag.name === 'contrib') {
      out.authors.push({ name: squash(`${author.given} ${author.surname}`), marks: [] });
      rids.push(author.rids);
      author = undefined;
    }
    if (tag.name === 'institution') original = false;
    if (aff && tag.name === 'aff') {
      affIds.push(aff.id);
      // a label's stop can open the institution's text (`. Unità …`)
      out.affiliations.push((squash(aff.original) || squash(aff.all)).replace(/^[.,;\s]+/, ''));
      aff = undefined;
    }
    if (date && (tag.name === 'day' || tag.name === 'month' || tag.name === 'year')) date[tag.name] = value;
    if (date && tag.name === 'date') {
      if (date.type === 'received' || date.type === 'accepted') out[date.type] ??= { day: date.day, month: date.month, year: date.year };
      date = undefined;
    }
    if (tag.name === 'corresp' && !out.correspondence) out.correspondence = value;
    if (tag.name === 'license-p' && !out.licence) out.licence = value;
  });
  parser.write(xml).close();
  out.authors.forEach((a, k) => (a.marks = rids[k]!.map((rid) => affIds.indexOf(rid) + 1).filter((n) => n > 0)));
  return out;
}
