import { ApiError, postJson } from '../api';
import { html } from '../dom';
import { t } from '../i18n/messages';
import { builderForm, input, label, type BuilderContext } from './builderForm';
import { copyText } from './cite';
import { embedQuery, iframeSnippet } from './config';
import type { WidgetCreated } from '../contract';
import './builder.css';

/**
 * The embed builder: layers, year, basemap, title and caption, the current view, a live preview at phone and
 * desktop widths, and a snippet to copy (an iframe, or a plain link); saving stores the widget for a short link.
 */
export function openBuilder(context: BuilderContext): HTMLDialogElement {
  const dialog = html('dialog', { class: 'builder', attrs: { 'aria-labelledby': 'builder-heading' } });
  const heading = html('h2', { text: t('builder.heading'), attrs: { id: 'builder-heading' } });
  const settings = builderForm(context);
  const previews = html('div', { class: 'builder-previews' });
  const phone = frame(t('builder.previewPhone'), 'builder-preview-phone');
  const desktop = frame(t('builder.previewDesktop'), 'builder-preview-desktop');
  previews.append(phone.figure, desktop.figure);
  const share = sharePanel(() => void saveWidget());
  const close = button(t('cite.close'), () => dialog.close());

  const current = () => {
    const v = context.view();
    return { center: [v.lat, v.lon] as [number, number], zoom: v.zoom };
  };
  let view = current();
  const update = () => {
    settings.followKind();
    const c = settings.config(view);
    const url = `${location.origin}/embed${embedQuery(c)}`;
    const [lat, lon] = [c.center[0].toFixed(2), c.center[1].toFixed(2)];
    settings.viewNote.textContent = t('builder.view', { lat, lon, zoom: c.zoom });
    share.snippet.value = iframeSnippet(url, c.title || t('embed.defaultTitle'));
    share.link.value = url;
    phone.iframe.src = url;
    desktop.iframe.src = url;
    phone.iframe.title = desktop.iframe.title = t('builder.previewTitle', {
      title: c.title || t('embed.defaultTitle'),
    });
  };
  async function saveWidget() {
    share.message.textContent = '';
    try {
      const saved = await postJson<WidgetCreated>('/api/widgets', settings.config(view));
      share.snippet.value = saved.iframe;
      share.link.value = saved.embedUrl;
      share.message.textContent = t('builder.saved', { url: saved.embedUrl });
      dialog.dataset.widgetId = saved.id;
    } catch (error) {
      const reason = error instanceof ApiError ? error.detail || error.title : null;
      share.message.textContent = reason !== null ? t('builder.notSaved', { reason }) : String(error);
    }
  }
  settings.refreshView.addEventListener('click', () => {
    view = current();
    update();
  });
  settings.form.addEventListener('input', update);
  settings.form.addEventListener('change', update);
  settings.form.addEventListener('submit', (e) => e.preventDefault());

  dialog.append(heading, settings.form, previews, share.element, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  update();
  dialog.showModal();
  return dialog;
}

/** The snippet and the link to copy, Save (for a short link) and what saving said. */
function sharePanel(save: () => void) {
  const snippet = html('textarea', { attrs: { id: 'builder-snippet' } });
  snippet.readOnly = true;
  snippet.rows = 3;
  const link = input('text', 'builder-link');
  link.readOnly = true;
  const copySnippet = button(t('builder.copySnippet'), () => void copyText(snippet.value, snippet));
  const copyLink = button(t('builder.copyLink'), () => void copyText(link.value, link));
  const message = html('p', { class: 'builder-message', attrs: { role: 'status' } });
  const element = html('div', { class: 'builder-share' }, label(snippet, t('builder.snippet')), copySnippet,
    label(link, t('builder.link')), copyLink, button(t('builder.save'), save), message);
  return { element, snippet, link, message };
}

function button(content: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = content;
  element.addEventListener('click', onClick);
  return element;
}

function frame(caption: string, className: string) {
  const figure = document.createElement('figure');
  figure.className = className;
  const iframe = document.createElement('iframe');
  iframe.loading = 'lazy';
  const figcaption = document.createElement('figcaption');
  figcaption.textContent = caption;
  figure.append(iframe, figcaption);
  return { figure, iframe };
}
