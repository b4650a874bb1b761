import i18next, { type TFunction } from 'i18next';
import { localeResources, type Locale } from '../i18n/locales.js';

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

/** Initialise i18next with the CLI's resources (the HTML report uses the same files). */
export async function initI18n(locale: Locale): Promise<TFunction> {
  await i18next.init({
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: localeResources('en') }, pt: { translation: localeResources('pt') } },
  });
  return i18next.t;
}
