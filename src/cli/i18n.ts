import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { packageRoot } from '../lang/data.js';

export type Locale = 'en' | 'pt';

/** `pt_BR.UTF-8`, `pt-PT`, `pt` → pt; anything else → en. */
export function pickLocale(value: string | undefined): Locale {
  return value && /^pt([_.-]|$)/i.test(value) ? 'pt' : 'en';
}

/** The locale asked for by `--locale X` / `--locale=X`, else by the environment. */
export function localeFromArgv(argv: string[], env: NodeJS.ProcessEnv = process.env): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--locale') return pickLocale(argv[i + 1]);
    if (a.startsWith('--locale=')) return pickLocale(a.slice('--locale='.length));
  }
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function resources(locale: Locale): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packageRoot(), 'locales', locale, 'translation.json'), 'utf8'));
}

/** Initialise i18next with the CLI's resources (the HTML report uses the same files). */
export async function initI18n(locale: Locale): Promise<TFunction> {
  await i18next.init({
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: resources('en') }, pt: { translation: resources('pt') } },
  });
  return i18next.t;
}

export { resources as localeResources };
