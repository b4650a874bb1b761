import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { initI18n, localeFromArgv, pickLocale } from '../../src/cli/i18n.js';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('picks the locale from --locale, then LC_ALL/LANG', () => {
    expect(localeFromArgv(['run', '--locale', 'pt'], {})).toBe('pt');
    expect(localeFromArgv(['--locale=en'], { LANG: 'pt_BR.UTF-8' })).toBe('en');
    expect(localeFromArgv([], { LANG: 'pt_BR.UTF-8' })).toBe('pt');
    expect(localeFromArgv([], { LC_ALL: 'C' , LANG: 'pt_BR' })).toBe('en');
    expect(pickLocale('pt-PT')).toBe('pt');
    expect(pickLocale('ptx')).toBe('en');
  });

  it('English and Portuguese resources have the same keys', () => {
    const en = JSON.parse(readFileSync(new URL('../../locales/en/translation.json', import.meta.url), 'utf8'));
    const pt = JSON.parse(readFileSync(new URL('../../locales/pt/translation.json', import.meta.url), 'utf8'));
    // Plural forms are the language's own (Portuguese has a `many` form English has not).
    const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
    expect([...new Set(keys(pt).map(base))].sort()).toEqual([...new Set(keys(en).map(base))].sort());
  });

  it('translates with interpolation', async () => {
    const t = await initI18n('pt');
    expect(t('run.summary.links', { links: t('units.link', { count: 7 }) })).toBe('alinhamento: 7 ligações');
  });

  it('says counts in the plural form and numbers in the format of the locale', async () => {
    const pt = await initI18n('pt');
    expect(pt('units.entry', { count: 1 })).toBe('1 entrada');
    expect(pt('units.entry', { count: 1820 })).toBe('1.820 entradas');
    expect(pt('run.summary.time', { seconds: 0.8812 })).toBe('tempo: 0,88 s');
    const en = await initI18n('en');
    expect(en('units.entry', { count: 1 })).toBe('1 entry');
    expect(en('units.entry', { count: 1820 })).toBe('1,820 entries');
    expect(en('run.summary.time', { seconds: 0.8812 })).toBe('time: 0.88 s');
  });
  it('describes every command in lower case, as commander’s own lines are, in both locales', () => {
    for (const locale of ['en', 'pt']) {
      const resources = JSON.parse(readFileSync(new URL(`../../locales/${locale}/translation.json`, import.meta.url), 'utf8'));
      // The program's own description (cli.description) is a sentence; a command's is a phrase after its name in the help list.
      const commands = keys(resources).filter((k) => k.endsWith('.description') && k !== 'cli.description');
      expect(commands.length).toBeGreaterThan(10);
      for (const key of commands) {
        const text = key.split('.').reduce((o, k) => o[k], resources) as unknown as string;
        expect(text[0], `${locale} ${key}`).toBe(text[0]!.toLowerCase());
      }
    }
  });
});
