import type { Page } from 'playwright-core';
import { articleHtml, type PrintedHead } from './html.js';
import type { PdfLayout } from './layouts.js';
import type { Block } from '../../src/types.js';

/**
 * Print one PDF of an article in a layout through a Chromium page. A layout
 * with line numbers gets one at every line of text but a table's: the lines
 * are found in the page as laid out (the body is set to the print width, so
 * the lines break as they will on paper), and a zero-width float is put after
 * each line's first character, where it can only sit on that line; CSS
 * counts them and draws the number in the left margin, at one x for all.
 */
const NUMBER_LINES = `(() => {
  const starts = [];
  let bottom = -Infinity;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('table, style, .masthead')) continue;
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      if (/\\s|\\u00AD/.test(text[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getClientRects()[0];
      if (!r) continue;
      // a character whose middle is below the line's lowest one opens a line (a raised one does not)
      if ((r.top + r.bottom) / 2 > bottom) {
        starts.push([node, i + 1]);
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
  }
  const marks = [];
  for (const [node, offset] of starts.reverse()) {
    const rest = node.splitText(offset);
    const mark = document.createElement('span');
    mark.className = 'ln';
    rest.parentNode.insertBefore(mark, rest);
    marks.push(mark);
  }
  // every number at one x, as a word processor sets them, whatever the block's indent (a list, a box)
  const edge = document.body.getBoundingClientRect().left + parseFloat(getComputedStyle(document.body).paddingLeft);
  const shifts = marks.map((m) => m.getBoundingClientRect().left - edge);
  marks.forEach((m, k) => m.style.setProperty('--indent', shifts[k] + 'px'));
  return marks.length;
})()`;

export async function printArticle(page: Page, parts: Block[][], layout: PdfLayout, head: PrintedHead, path: string): Promise<void> {
  await page.setContent(articleHtml(parts, layout, head), { waitUntil: 'load' });
  if (layout.journal?.lineNumbers) await page.evaluate(NUMBER_LINES);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
}
