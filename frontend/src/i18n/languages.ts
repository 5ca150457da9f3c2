// The atlas's languages: which exist, which one a visit starts in, and what Intl calls each.

export const languages = ['en', 'ru', 'zh'] as const;

export type Lang = (typeof languages)[number];

/** Each language in its own words, for the switcher. */
export const nativeNames: Record<Lang, string> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The locale Intl formats numbers and dates with: Chinese is Simplified, as the atlas writes it. */
export const intlLocales: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-Hans-CN' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The language of a visit: `lang=` in the address when it names one of ours, else the first of the browser's
 * preferred languages we have (ru-RU → ru, zh-TW → zh), else English.
 */
export function detectLanguage(search: string, preferred: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (isLang(asked)) return asked;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
