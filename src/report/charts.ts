/** Hand-written SVG charts for the report: no library, no canvas. */

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Bar {
  label: string;
  value: number;
  color?: string;
  /** The label as the page's interface names it (an i18n key), so it follows the reader's language. */
  key?: string;
  /** The label as a number with this many decimals, written in the reader's language (`0,5` in Portuguese). */
  digits?: number;
}

/** A bar's label: a key or a number the page script re-renders in the reader's language. */
function labelText(b: Bar, x: number, y: number): string {
  const data = b.key !== undefined ? ` data-i18n="${esc(b.key)}"` : b.digits !== undefined ? ` data-num="${esc(b.label)}" data-digits="${b.digits}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y}" text-anchor="middle" font-size="10"${data}>${esc(b.label)}</text>`;
}

/** A labelled vertical bar chart. `title` becomes the SVG's accessible name (`titleKey`: its i18n key). */
export function barChart(bars: Bar[], title: string, titleKey: string, width = 360, height = 160): string {
  const pad = { top: 16, bottom: 28, left: 8, right: 8 };
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const inner = height - pad.top - pad.bottom;
  const parts = bars.map((b, i) => {
    const h = Math.round((b.value / max) * inner);
    const x = pad.left + i * slot + slot * 0.1;
    const y = pad.top + inner - h;
    const w = slot * 0.8;
    return (
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="${b.color ?? '#3b6ea5'}"><title>${esc(b.label)}: ${b.value}</title></rect>` +
      `<text x="${(x + w / 2).toFixed(1)}" y="${y - 3}" text-anchor="middle" font-size="10" data-num="${b.value}" data-digits="0">${b.value}</text>` +
      labelText(b, x + w / 2, height - 10)
    );
  });
  return `<svg role="img" aria-label="${esc(title)}" data-i18n-label="${esc(titleKey)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}

/** Counts of scores in ten bins [0, 0.1) … [0.9, 1]. */
export function scoreBins(scores: Iterable<number>): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const s of scores) bins[scoreBin(s)]!++;
  return bins;
}

/** The bin of one score, 0 … 9. */
export function scoreBin(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score * 10)));
}
