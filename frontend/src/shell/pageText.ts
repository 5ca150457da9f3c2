// The words of the static pages (index.html, embed.html), written from the catalogue at start: the HTML carries only
// the structure, so nothing English is left in a Russian or Chinese page.
import { languages, nativeNames, type Lang } from '../i18n/languages';
import { t } from '../i18n/messages';

/** Every element with data-i18n="key" gets the key's text; data-i18n-label="key" sets its aria-label. */
export function pageText(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n!);
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    element.setAttribute('aria-label', t(element.dataset.i18nLabel!));
  const title = document.querySelector<HTMLElement>('title[data-i18n-title]');
  if (title) document.title = t(title.dataset.i18nTitle!);
  const description = document.querySelector('meta[name="description"]');
  if (description?.hasAttribute('data-i18n-content'))
    description.setAttribute('content', t(description.getAttribute('data-i18n-content')!));
}

/**
 * The language switcher in the masthead: each language named in itself. Choosing one reloads the page with lang= set,
 * keeping the rest of the view (a language is a page load: only its words are fetched).
 */
export function languageSwitcher(container: HTMLElement, current: Lang): void {
  const label = document.createElement('label');
  label.htmlFor = 'language';
  label.textContent = t('language.label');
  const select = document.createElement('select');
  select.id = 'language';
  for (const lang of languages) {
    const option = new Option(nativeNames[lang], lang, false, lang === current);
    option.lang = lang;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    params.set('lang', select.value);
    location.search = params.toString();
  });
  container.replaceChildren(label, select);
}
