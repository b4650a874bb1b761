import { describe, expect, it } from 'vitest';
import { captionLabelAlternation } from '../../src/lang/index.js';

describe('captionLabelAlternation', () => {
  it('gives every language’s caption labels once, escaped, with or without their final stop', () => {
    const withStop = new RegExp(`^(?:${captionLabelAlternation()})$`, 'iu');
    const withoutStop = new RegExp(`^(?:${captionLabelAlternation({ stop: false })})$`, 'iu');
    for (const label of ['Figure', 'Fig.', 'Tabela', 'Table']) expect(withStop.test(label)).toBe(true);
    expect(withStop.test('Figx')).toBe(false);
    expect(withoutStop.test('Fig')).toBe(true);
    expect(withoutStop.test('Fig.')).toBe(false);
    const words = captionLabelAlternation().split('|');
    expect(new Set(words).size).toBe(words.length);
  });
});
