import { formatDate } from '../i18n/formats';
import { t } from '../i18n/messages';
import type { Source } from '../contract';

/**
 * A ready citation in the page's language: title, the URL with the whole view (and the language) in it, the access
 * date, the data sources as their publishers title them, and any note on them.
 */
export function citation(title: string, url: string, sources: Source[], accessed = new Date(), note?: string): string {
  const unique = [...new Map(sources.map((s) => [s.title, s])).values()];
  const data = unique.map((s) => (s.url ? `${s.title} (${s.url})` : s.title)).join('; ');
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const day = `${accessed.getFullYear()}-${twoDigits(accessed.getMonth() + 1)}-${twoDigits(accessed.getDate())}`;
  const date = formatDate(day);
  const dataText = data ? ` ${t('cite.data', { data })}` : '';
  return `${t('cite.text', { title, url, date })}${dataText}${note ? ` ${note}` : ''}`;
}

/** A modal with the citation in a text box and a copy button; closed with Escape or the close button. */
export function showCitation(text: string): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-heading');
  const heading = document.createElement('h2');
  heading.id = 'cite-heading';
  heading.textContent = t('cite.heading');
  const box = document.createElement('textarea');
  box.readOnly = true;
  box.rows = 6;
  box.value = text;
  box.setAttribute('aria-label', t('cite.label'));
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = t('cite.copy');
  copy.addEventListener('click', () => void copyText(text, box).then(() => (copy.textContent = t('cite.copied'))));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('cite.close');
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(heading, box, copy, close);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The clipboard API where the page may use it, else the selection. */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    field?.select();
    document.execCommand('copy');
  }
}
