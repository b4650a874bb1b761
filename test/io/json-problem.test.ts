import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initI18n } from '../../src/cli/i18n.js';
import { readJsonl } from '../../src/io/jsonl.js';
import { InputError } from '../../src/io/errors.js';
import { tempDir } from '../helpers/temp.js';

/** The localized reasons of a JSONL file's malformed lines, in `locale`. */
async function reasons(lines: string[], locale: 'en' | 'pt'): Promise<string[]> {
  const path = join(tempDir(), 'docs.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  const t = await initI18n(locale);
  const out: string[] = [];
  for await (const item of readJsonl(path)) {
    if ('error' in item && item.error instanceof InputError) out.push(t(`errors.${item.error.key}`, item.error.params));
  }
  return out;
}

const BAD = ['{bad', '{"id":', '{"id": 1}x', '{"id": "b}', '{"id": tru}', '[1 2]'];

describe('a malformed JSON line', () => {
  it('is said in Portuguese words in the Portuguese locale, with its position', async () => {
    const pt = await reasons(BAD, 'pt');
    expect(pt).toEqual([
      'JSON malformado: era esperado um nome de propriedade entre aspas duplas na posição 1',
      'JSON malformado: a linha termina antes do fim do JSON',
      'JSON malformado: há texto depois do fim do JSON, na posição 9',
      'JSON malformado: uma string não foi fechada, na posição 10',
      "JSON malformado: '}' inesperado",
      "JSON malformado: era esperado ',' ou ']' depois do elemento do array, na posição 3",
    ]);
    // none of V8's English detail is left in the Portuguese line
    for (const line of pt) expect(line).not.toMatch(/Unexpected|Expected|JSON at|is not valid/);
  });

  it('is said in English in the English locale', async () => {
    const en = await reasons(BAD, 'en');
    expect(en[0]).toBe('malformed JSON: a property name in double quotes was expected at position 1');
    expect(en.every((l) => l.startsWith('malformed JSON: '))).toBe(true);
  });
});
