import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { loadCatalogue, loadLaterWords, setCatalogue, t, tn, type Catalogue } from '../../src/i18n/messages';

const files = import.meta.glob<{ default: Catalogue }>('../../src/i18n/locales/*/*.ts');
const loaders = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [path.replace('../../src/i18n/', './'), load]),
);

const pluralForm = /\.(one|two|few|many|other)$/;
/** The keys, each counted message once (its forms differ by language: English one/other, Chinese other only). */
const keysOf = (catalogue: Catalogue) =>
  [...new Set(Object.keys(catalogue).map((k) => k.replace(pluralForm, '.#')))].sort();
const plurals = (catalogue: Catalogue) => [
  ...new Set(
    Object.keys(catalogue)
      .filter((k) => pluralForm.test(k))
      .map((k) => k.replace(pluralForm, '')),
  ),
];
const forms: Record<string, string[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'], zh: ['other'] };

describe('catalogues', () => {
  it('every language has the same files and exactly the keys English has, none left empty', async () => {
    const english = await loadCatalogue('en', loaders);
    const nameOf = (path: string) => path.split('/').pop();
    const englishFiles = Object.keys(loaders).filter((p) => p.includes('/en/')).map(nameOf).sort();
    for (const lang of languages) {
      expect(
        Object.keys(loaders)
          .filter((p) => p.includes(`/${lang}/`))
          .map(nameOf)
          .sort(),
        lang,
      ).toEqual(englishFiles);
      const catalogue = await loadCatalogue(lang, loaders);
      expect(keysOf(catalogue), lang).toEqual(keysOf(english));
      // A counted message has the form every count in the language needs ('other' always; Russian one, few and many
      // too).
      for (const base of plurals(english))
        for (const form of forms[lang]!) expect(catalogue, `${lang} ${base}`).toHaveProperty([`${base}.${form}`]);
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('a language loads only its own files', async () => {
    const asked: string[] = [];
    const spy = Object.fromEntries(
      Object.entries(loaders).map(([path, load]) => [path, () => (asked.push(path), load())]),
    );
    await loadCatalogue('zh', spy);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((path) => path.startsWith('./locales/zh/'))).toBe(true);
  });
});

describe('words loaded with their part', () => {
  it('the first view’s catalogue holds none of the later parts’ words; a part loaded later adds its own', async () => {
    const first = await loadCatalogue('ru');
    expect(first['tab.routes']).toBe('Маршруты');
    for (const key of ['routes.heading', 'tour.next', 'builder.heading', 'data.heading', 'print.sources'])
      expect(first, key).not.toHaveProperty([key]);
    setCatalogue('ru', first);
    await loadLaterWords(['routes', 'tour']);
    expect(t('routes.heading')).toBe('Сравнение грузовых маршрутов');
    expect(t('tour.next')).toBe('Далее');
    expect(t('tab.routes')).toBe('Маршруты');
    expect(t('builder.heading')).toBe('builder.heading');
  });

  it('keeps the words of parts that load side by side, whichever arrives first', async () => {
    setCatalogue('ru', { 'tab.routes': 'Маршруты' });
    let arrive: () => void = () => {};
    const slow: Record<string, () => Promise<{ default: Catalogue }>> = {
      './locales/ru/routes.ts': () =>
        new Promise((resolve) => (arrive = () => resolve({ default: { 'routes.heading': 'Сравнение' } }))),
    };
    const fast = { './locales/ru/tour.ts': async () => ({ default: { 'tour.next': 'Далее' } }) };
    const routes = loadLaterWords(['routes'], slow);
    await loadLaterWords(['tour'], fast);
    arrive();
    await routes;
    expect([t('routes.heading'), t('tour.next'), t('tab.routes')]).toEqual(['Сравнение', 'Далее', 'Маршруты']);
  });
});

describe('t and tn', () => {
  it('fills placeholders and shows a missing key as the key', () => {
    setCatalogue('en', { greeting: 'Trade in {year}: {value}' });
    expect(t('greeting', { year: 2024, value: '94.8' })).toBe('Trade in 2024: 94.8');
    expect(t('nope')).toBe('nope');
  });

  it('chooses the plural form by the language’s rules', () => {
    setCatalogue('ru', {
      'days.one': '{count} день',
      'days.few': '{count} дня',
      'days.many': '{count} дней',
      'days.other': '{count} дня',
    });
    expect([1, 3, 5, 21].map((n) => tn('days', n))).toEqual(['1 день', '3 дня', '5 дней', '21 день']);
    setCatalogue('zh', { 'days.other': '{count}天' });
    expect(tn('days', 1)).toBe('1天');
  });
});
