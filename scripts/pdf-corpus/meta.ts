import { SaxesParser } from 'saxes';

/** What a JATS article's running head is made of: journal, year, volume, issue, first page or e-location, DOI. */
export interface ArticleMeta {
  journal: string;
  year: string;
  volume: string;
  issue: string;
  page: string;
  doi: string;
}

const WANTED = new Set(['journal-title', 'abbrev-journal-title', 'year', 'volume', 'issue', 'fpage', 'elocation-id', 'article-id']);

/** The first of each wanted element in the article's front matter (the reference list comes later and is ignored). */
export function articleMeta(xml: string): ArticleMeta {
  const found = new Map<string, string>();
  const stack: string[] = [];
  let doi = '';
  let inBack = false;
  let text = '';
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    if (tag.name === 'back' || tag.name === 'ref-list' || tag.name === 'sub-article') inBack = true;
    if (tag.name === 'article-id' && (tag.attributes as Record<string, string>)['pub-id-type'] === 'doi') doi = '?';
    text = '';
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (tag) => {
    stack.pop();
    if (inBack || !WANTED.has(tag.name)) return;
    if (tag.name === 'article-id') {
      if (doi === '?') doi = text.trim();
    } else if (!found.has(tag.name)) found.set(tag.name, text.replace(/\s+/g, ' ').trim());
  });
  parser.write(xml).close();
  return {
    journal: found.get('abbrev-journal-title') ?? found.get('journal-title') ?? 'J',
    year: found.get('year') ?? '',
    volume: found.get('volume') ?? '',
    issue: found.get('issue') ?? '',
    page: found.get('fpage') ?? found.get('elocation-id') ?? '',
    doi,
  };
}

export function runningHead(m: ArticleMeta): string {
  return `${m.journal} ${m.year};${m.volume}${m.issue ? `(${m.issue})` : ''}:${m.page}`;
}
