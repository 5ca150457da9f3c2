import type { Source } from '../types';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A ready citation: title, the URL with the whole view in it, the access date, the data sources and any note on them. */
export function citation(title: string, url: string, sources: Source[], accessed = new Date(), note?: string): string {
  const unique = [...new Map(sources.map((s) => [s.title, s])).values()];
  const data = unique.map((s) => (s.url ? `${s.title} (${s.url})` : s.title)).join('; ');
  return `${title}. Corridor Atlas, interactive map. ${url} (accessed ${dateFormat.format(accessed)}).${data ? ` Data: ${data}.` : ''}${note ? ` ${note}` : ''}`;
}

/** A modal with the citation in a text box and a copy button; closed with Escape or the close button. */
export function showCitation(text: string): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-heading');
  const heading = document.createElement('h2');
  heading.id = 'cite-heading';
  heading.textContent = 'Cite this map';
  const box = document.createElement('textarea');
  box.readOnly = true;
  box.rows = 6;
  box.value = text;
  box.setAttribute('aria-label', 'Citation');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy';
  copy.addEventListener('click', () => void copyText(text, box).then(() => (copy.textContent = 'Copied')));
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
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
