// Names in the atlas's languages for what geodata/ builds: countries from the npm package i18n-iso-countries (and the
// few choices made over it, each with its source), and each name object as features carry it: { en, ru, zh }, a
// language left out where no source gives the name.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
for (const lang of ['en', 'ru', 'zh']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

export const languages = ['en', 'ru', 'zh'];

/**
 * Where the package's first (official) form is not what a map label says. ru: the package has КНР (Китайская
 * Народная Республика) for China, too long for a label; CLDR 48 says Китай (source cldr-48-territories). For Russia
 * the package's own alias, Россия, instead of Российская Федерация.
 */
const overrides = { CHN: { ru: 'Китай' } };
const aliases = { RUS: ['ru'] };

/** Source keys (sources.json) behind the country names beyond English. */
export const countryNameSources = ['i18n-iso-countries'];
export const overrideSources = { CHN: ['cldr-48-territories'] };

/** A country's names, English as the atlas already writes it (Türkiye, Russia), the others from the package. */
export function countryNames(iso3, english) {
  const names = { en: english };
  for (const lang of ['ru', 'zh']) {
    const name = overrides[iso3]?.[lang] ?? countries.getName(iso3, lang, { select: aliases[iso3]?.includes(lang) ? 'alias' : 'official' });
    if (!name) throw new Error(`i18n-iso-countries has no ${lang} name for ${iso3}`);
    names[lang] = name;
  }
  return names;
}

/** The alpha-3 code of a country named in English (Natural Earth's notes name countries, not codes). */
export function alpha3Of(englishName) {
  const code = countries.getAlpha3Code(englishName, 'en');
  if (!code) throw new Error(`i18n-iso-countries knows no country called ${englishName}`);
  return code;
}

/** { en, ru, zh } from a source record's English name and its { ru, zh, sources } (the convention of the by-hand files). */
export function foldNames(english, names) {
  const { sources, ...others } = names ?? {};
  return { names: { en: english, ...others }, sources: sources ?? [] };
}
