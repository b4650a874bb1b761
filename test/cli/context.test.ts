import { describe, expect, it } from 'vitest';
import { failureLine } from '../../src/cli/context.js';
import { initI18n } from '../../src/cli/i18n.js';

/** A system error from a file operation that no layer named: the path, the code and the call, not a guess. */
function systemError(path: string, code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { path, code, syscall, errno: -2 });
}

describe('failureLine', () => {
  it('says which file operation failed without calling a read a write', async () => {
    const t = await initI18n('en');
    const line = failureLine({ t, locale: 'en' }, systemError('/data/lexicon.tsv', 'ENOENT', 'open'));
    expect(line).toBe('/data/lexicon.tsv  a file operation failed (ENOENT: open)');
    expect(line).not.toMatch(/written/);
  });

  it('speaks Portuguese', async () => {
    const t = await initI18n('pt');
    expect(failureLine({ t, locale: 'pt' }, systemError('/x', 'EACCES', 'read'))).toBe('/x  uma operação de arquivo falhou (EACCES: read)');
  });
});
