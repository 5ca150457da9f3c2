// Names of places are data: each feature carries names { en, ru, zh } (a language missing where no source gives the
// name) and, for other words the geodata build wrote in each language, translations { ru: { property: value } }.
// These pick the chosen language's, falling back to English, as the API does for ?lang=.
import { currentLanguage } from './messages';

type Properties = Record<string, unknown>;

const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** A { en, ru, zh } object's text in the chosen language, else its English, else null. */
export function pick(texts: unknown, lang = currentLanguage()): string | null {
  if (typeof texts !== 'object' || texts === null) return textOf(texts);
  const o = texts as Record<string, unknown>;
  return textOf(o[lang]) ?? textOf(o.en);
}

/** A feature's name in the chosen language where a source gives one, else its English name. */
export function localName(props: Properties): string {
  return pick(props.names) ?? textOf(props.name) ?? '';
}

/**
 * The properties as the chosen language shows them: name from names, the build's translations over the English words.
 */
export function localized(props: Properties): Properties {
  const lang = currentLanguage();
  if (lang === 'en') return props;
  const own = (props.translations as Record<string, Properties> | undefined)?.[lang] ?? {};
  const name = textOf((props.names as Record<string, unknown> | undefined)?.[lang]);
  return { ...props, ...own, ...(name ? { name } : {}) };
}

/** Whether a name is in the chosen language or fell back to English (the interface marks the latter lang="en"). */
export function isLocal(props: Properties): boolean {
  const lang = currentLanguage();
  return lang === 'en' || Boolean(textOf((props.names as Record<string, unknown> | undefined)?.[lang]));
}

const countries = new Map<string, string>();

/** Country names in the chosen language, from the borders layer (i18n-iso-countries at build time). */
export function registerCountries(features: { properties: Properties | null }[]): void {
  for (const f of features) {
    const iso3 = textOf(f.properties?.iso3);
    if (iso3) countries.set(iso3, localName(f.properties ?? {}));
  }
}

export function registeredCountry(iso3: string): string | null {
  return countries.get(iso3) ?? null;
}

/** The language a text from the data is written in, by its script: Cyrillic, Han, or Latin (English); null for none. */
export function scriptLanguage(text: string): 'ru' | 'zh' | 'en' | null {
  if (/[\u0400-\u04FF]/.test(text)) return 'ru';
  if (/[\u3400-\u9FFF]/.test(text)) return 'zh';
  return /[A-Za-z]{2}/.test(text) ? 'en' : null;
}

/**
 * Text from the data (a source's title, a quoted note) in an element, marked with its own language where it differs
 * from the page's: screen readers switch voice, and the page's words are told apart from the sources' own.
 */
export function originalText(element: HTMLElement, text: string): HTMLElement {
  element.textContent = text;
  const lang = scriptLanguage(text);
  if (lang && lang !== currentLanguage()) element.lang = lang;
  return element;
}
