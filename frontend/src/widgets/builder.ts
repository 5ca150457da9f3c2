import { ApiError, postJson } from '../api';
import { html } from '../dom';
import { isLang, languages, nativeNames } from '../i18n/languages';
import { currentLanguage, t } from '../i18n/messages';
import { copyText } from './cite';
import { embedQuery, iframeSnippet, type WidgetConfig } from './config';
import type { WidgetCreated } from '../contract';
import './builder.css';

interface BuilderContext {
  /** The map's centre and zoom now (the builder offers to take them again). */
  view(): { lat: number; lon: number; zoom: number };
  /** The layers' titles in the page's language, by id. */
  titles: Map<string, string>;
  years: number[];
  defaultYear: number | null;
  visibleLayers: string[];
  onlineTiles: boolean;
}

/**
 * The embed builder: layers, year, basemap, title and caption, the current view, a live preview at phone and
 * desktop widths, and a snippet to copy (an iframe, or a plain link); saving stores the widget for a short link.
 */
export function openBuilder(context: BuilderContext): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'builder';
  dialog.setAttribute('aria-labelledby', 'builder-heading');
  const heading = document.createElement('h2');
  heading.id = 'builder-heading';
  heading.textContent = t('builder.heading');

  const form = document.createElement('form');
  form.className = 'builder-form';
  const title = input('text', 'builder-title', t('map.title'));
  title.maxLength = 120;
  title.required = true;
  const caption = document.createElement('textarea');
  caption.id = 'builder-caption';
  caption.maxLength = 500;
  caption.rows = 2;
  const layers = document.createElement('fieldset');
  layers.append(html('legend', { text: t('builder.layers') }));
  // Every layer the page draws, and the trade colours.
  const layerBoxes = [...context.titles.keys(), 'trade'].map((id) => {
    const box = input('checkbox', `builder-layer-${id}`);
    box.value = id;
    box.checked = id === 'trade' ? false : context.visibleLayers.includes(id);
    layers.append(label(box, id === 'trade' ? t('builder.tradeLayer') : (context.titles.get(id) ?? id)));
    return box;
  });
  // A widget shows the map as set here, or runs the guided tour (which sets its own layers and years).
  const kind = document.createElement('fieldset');
  kind.append(html('legend', { text: t('tour.widget.type') }));
  const kinds = (['map', 'tour'] as const).map((value) => {
    const radio = input('radio', `builder-type-${value}`, value);
    radio.name = 'builder-type';
    radio.checked = value === 'map';
    kind.append(label(radio, t(`tour.widget.${value}`)));
    return radio;
  });
  const isTour = () => kinds[1]!.checked;
  const year = document.createElement('select');
  year.id = 'builder-year';
  for (const y of context.years) year.append(new Option(String(y), String(y), false, y === context.defaultYear));
  const basemap = document.createElement('select');
  basemap.id = 'builder-basemap';
  basemap.append(new Option(t('builder.basemapOffline'), 'offline'));
  if (context.onlineTiles) basemap.append(new Option(t('builder.basemapOnline'), 'osm'));
  const language = document.createElement('select');
  language.id = 'builder-lang';
  language.append(new Option(t('builder.langReader'), ''));
  for (const lang of languages) {
    const option = new Option(nativeNames[lang], lang, false, lang === currentLanguage());
    option.lang = lang;
    language.append(option);
  }
  const viewNote = document.createElement('p');
  viewNote.className = 'builder-view';
  const refreshView = document.createElement('button');
  refreshView.type = 'button';
  refreshView.textContent = t('builder.useView');

  const previews = document.createElement('div');
  previews.className = 'builder-previews';
  const phone = frame(t('builder.previewPhone'), 'builder-preview-phone');
  const desktop = frame(t('builder.previewDesktop'), 'builder-preview-desktop');
  previews.append(phone.figure, desktop.figure);

  const snippet = document.createElement('textarea');
  snippet.id = 'builder-snippet';
  snippet.readOnly = true;
  snippet.rows = 3;
  const link = input('text', 'builder-link');
  link.readOnly = true;
  const copySnippet = button(t('builder.copySnippet'), () => void copyText(snippet.value, snippet));
  const copyLink = button(t('builder.copyLink'), () => void copyText(link.value, link));
  const save = button(t('builder.save'), () => void saveWidget());
  const message = document.createElement('p');
  message.className = 'builder-message';
  message.setAttribute('role', 'status');
  const close = button(t('cite.close'), () => dialog.close());

  const current = () => {
    const v = context.view();
    return { center: [v.lat, v.lon] as [number, number], zoom: v.zoom };
  };
  let view = current();
  const config = (): WidgetConfig => ({
    title: title.value.trim(),
    caption: caption.value.trim(),
    layers: isTour() ? [] : layerBoxes.filter((b) => b.checked).map((b) => b.value),
    year: !isTour() && layerBoxes.find((b) => b.value === 'trade')?.checked ? Number(year.value) : null,
    ...(isTour() ? { type: 'tour' as const } : {}),
    center: view.center,
    zoom: view.zoom,
    basemap: basemap.value === 'osm' ? 'osm' : 'offline',
    ...(isLang(language.value) ? { lang: language.value } : {}),
  });
  const update = () => {
    layers.disabled = year.disabled = isTour();
    const c = config();
    const url = `${location.origin}/embed${embedQuery(c)}`;
    viewNote.textContent = t('builder.view', {
      lat: c.center[0].toFixed(2),
      lon: c.center[1].toFixed(2),
      zoom: c.zoom,
    });
    snippet.value = iframeSnippet(url, c.title || t('embed.defaultTitle'));
    link.value = url;
    phone.iframe.src = url;
    desktop.iframe.src = url;
    phone.iframe.title = desktop.iframe.title = t('builder.previewTitle', {
      title: c.title || t('embed.defaultTitle'),
    });
  };
  async function saveWidget() {
    message.textContent = '';
    try {
      const saved = await postJson<WidgetCreated>('/api/widgets', config());
      snippet.value = saved.iframe;
      link.value = saved.embedUrl;
      message.textContent = t('builder.saved', { url: saved.embedUrl });
      dialog.dataset.widgetId = saved.id;
    } catch (error) {
      message.textContent =
        error instanceof ApiError ? t('builder.notSaved', { reason: error.detail || error.title }) : String(error);
    }
  }
  refreshView.addEventListener('click', () => {
    view = current();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());

  form.append(
    label(title, t('builder.title')),
    label(caption, t('builder.caption')),
    kind,
    layers,
    label(year, t('builder.year')),
    label(basemap, t('builder.basemap')),
    label(language, t('builder.language')),
    viewNote,
    refreshView,
  );
  const share = document.createElement('div');
  share.className = 'builder-share';
  share.append(
    label(snippet, t('builder.snippet')),
    copySnippet,
    label(link, t('builder.link')),
    copyLink,
    save,
    message,
  );
  dialog.append(heading, form, previews, share, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  update();
  dialog.showModal();
  return dialog;
}

function input(type: string, id: string, value = ''): HTMLInputElement {
  const element = document.createElement('input');
  element.type = type;
  element.id = id;
  element.value = value;
  return element;
}

function label(control: HTMLElement, textContent: string): HTMLLabelElement {
  const element = document.createElement('label');
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    element.append(control, ` ${textContent}`);
  else element.append(textContent, control);
  return element;
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
