import { captionLabelAlternation } from '../../lang/index.js';

/**
 * The label of a figure or table caption a PDF line opens with (`Figure 2.`,
 * `Tabela 1 -`), from the caption words of the language data files.
 */
let opener: RegExp | undefined;

export function captionLabel(line: string): string | undefined {
  if (!opener) {
    const words = captionLabelAlternation();
    // a dash before a number is a range in prose (`Figures 1-3 show`), not a caption's separator
    opener = new RegExp(`^((?:${words})\\s*\\d+[A-Za-z]?)\\s*(?:[:.|]|[\\-–—](?!\\s*\\d))`, 'iu');
  }
  return opener.exec(line)?.[1];
}
