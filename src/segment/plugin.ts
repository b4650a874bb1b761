import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Lang, Paragraph, Sentence } from '../types.js';
import { splitSentences } from './split.js';
import { InputError } from '../io/errors.js';
import { MAX_DOCUMENT_SENTENCES } from '../io/limits.js';
import { refuseDocument } from '../io/messages.js';

/**
 * segment: `paragraphs` → `sentences`.
 *
 * Each EN/PT paragraph is split on its own (a paragraph end is always a
 * sentence end); offsets are moved into `file.data.text[lang]`. Pre-segmented
 * input (`align --batch`) keeps its sentences exactly, as the body part.
 * `maxSentences`: the cap on one document's sentences (`--max-document-sentences`).
 */
const segment: Plugin<[{ maxSentences?: number }?], Node> = function (options = {}) {
  const cap = options.maxSentences ?? MAX_DOCUMENT_SENTENCES;
  return function (_tree: Node, file: VFile) {
    const input = file.data.input;
    if (input?.kind === 'segmented') {
      file.data.sentences = [...given(input.en, 'en'), ...given(input.pt, 'pt')];
      capSentences(file, cap);
      return;
    }
    file.data.sentences = sentencesOfParagraphs(file.data.paragraphs ?? []);
    capSentences(file, cap);
  };
};
export default segment;

/** A document over the sentence cap is refused here, before the stages whose cost grows with its sentences. */
function capSentences(file: VFile, cap: number): void {
  const count = file.data.sentences?.length ?? 0;
  if (count <= cap) return;
  refuseDocument(file, new InputError('tooManySentences', file.path ?? file.data.id ?? 'input', { count, limit: cap }), 'medbitext:segment');
  file.data.sentences = [];
}

/** Sentences of cleaned paragraphs, numbered 1… per language in document order. */
export function sentencesOfParagraphs(paragraphs: Paragraph[]): Sentence[] {
  const count: Record<Lang, number> = { en: 0, pt: 0 };
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.lang === 'other') continue;
    const lang = p.lang;
    for (const span of splitSentences(p.text, lang, p.citations.map((c) => c.at - p.start))) {
      const start = p.start + span.start;
      const end = p.start + span.end;
      const n = ++count[lang];
      out.push({
        id: `${lang}-${n}`,
        lang,
        n,
        part: p.part,
        section: p.section,
        text: p.text.slice(span.start, span.end),
        start,
        end,
        citations: p.citations.filter((c) => c.at >= start && c.at <= end),
      });
    }
  }
  return out;
}

/** Sentences given by the caller; offsets index the sentences joined by `\n`. */
function given(texts: string[], lang: Lang): Sentence[] {
  let at = 0;
  return texts.map((text, i) => {
    const s: Sentence = { id: `${lang}-${i + 1}`, lang, n: i + 1, part: 'body', section: '', text, start: at, end: at + text.length, citations: [] };
    at += text.length + 1;
    return s;
  });
}
