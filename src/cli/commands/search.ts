import type { EntityType, Lang } from '../../types.js';
import { positiveInteger, UsageError, writeAll, type Context } from '../context.js';

interface SearchFlags {
  index?: string;
  lang?: Lang;
  type?: EntityType;
  limit: string;
  includeNegated?: boolean;
}

const BOLD_YELLOW = '\x1b[1;33m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/**
 * `medbitext search "QUERY" --index DIR` (interfaces.md §6): one JSON hit per
 * line, best first; on a terminal, the hits as highlighted snippets instead.
 */
export async function search(ctx: Context, query: string, flags: SearchFlags): Promise<void> {
  if (!flags.index) throw new UsageError('searchNeedsIndex');
  const limit = positiveInteger(flags.limit, '--limit');
  const { SearchIndex } = await import('../../search/embedded.js');
  const { MAX_QUERY_CHARS, MAX_QUERY_WORDS } = await import('../../search/query.js');
  const index = SearchIndex.open(flags.index);
  const { hits, hidden, trimmed } = index.find(query, { lang: flags.lang, type: flags.type, limit, includeNegated: flags.includeNegated });
  if (trimmed) process.stderr.write(ctx.t('search.trimmed', { ...trimmed, maxChars: MAX_QUERY_CHARS, maxWords: MAX_QUERY_WORDS }) + '\n');
  if (hits.length === 0 && hidden > 0) process.stderr.write(ctx.t('search.hidden', { count: hidden }) + '\n');

  if (process.stdout.isTTY) {
    const { markMatches } = await import('../../search/highlight.js');
    if (hits.length === 0 && hidden === 0) process.stdout.write(ctx.t('search.noHits') + '\n');
    for (const h of hits) {
      process.stdout.write(`${DIM}${h.doc} · ${h.part}${h.section ? ` · ${h.section}` : ''} · ${h.score}${RESET}\n`);
      for (const lang of ['en', 'pt'] as const) {
        if (h[lang]) process.stdout.write(`  ${lang.toUpperCase()}  ${markMatches(h[lang], lang, h.query, BOLD_YELLOW, RESET)}\n`);
      }
      const mentions = h.entities.map((e) => `${e.negated ? '¬' : ''}${e.type}:${e.normalized}${e.code ? ` (${e.code})` : ''}`);
      if (mentions.length > 0) process.stdout.write(`  ${DIM}${[...new Set(mentions)].join(', ')}${RESET}\n`);
      process.stdout.write('\n');
    }
    return;
  }
  await writeAll(undefined, async (sink) => {
    for (const h of hits) {
      await sink.write(JSON.stringify({ doc: h.doc, en: h.en, pt: h.pt, score: h.score, entities: h.entities, id: h.id, part: h.part, section: h.section }) + '\n');
    }
  });
}
