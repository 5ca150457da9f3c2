// The embed builder's settings: title and caption, a map or the guided tour, the layers, the trade year, the basemap,
// the language, and the view to open on. Each setting is read afresh into a widget's configuration.
import { html } from '../dom';
import { isLang, languages, nativeNames } from '../i18n/languages';
import { currentLanguage, t } from '../i18n/messages';
import type { WidgetConfig } from './config';

export interface BuilderContext {
  /** The map's centre and zoom now (the builder offers to take them again). */
  view(): { lat: number; lon: number; zoom: number };
  /** The layers' titles in the page's language, by id. */
  titles: Map<string, string>;
  years: number[];
  defaultYear: number | null;
  visibleLayers: string[];
  onlineTiles: boolean;
}

export interface BuilderForm {
  form: HTMLFormElement;
  /** Says which view the widget opens on. */
  viewNote: HTMLParagraphElement;
  /** Takes the map's view again. */
  refreshView: HTMLButtonElement;
  /** The widget as set, opening on this view. */
  config(view: { center: [number, number]; zoom: number }): WidgetConfig;
  /** A tour sets its own layers and years: their settings are off while the tour is chosen. */
  followKind(): void;
}

export function builderForm(context: BuilderContext): BuilderForm {
  const form = html('form', { class: 'builder-form' });
  const title = input('text', 'builder-title', t('map.title'));
  title.maxLength = 120;
  title.required = true;
  const caption = html('textarea', { attrs: { id: 'builder-caption' } });
  caption.maxLength = 500;
  caption.rows = 2;
  const layers = layerChoice(context);
  const kind = kindChoice();
  const year = html('select', { attrs: { id: 'builder-year' } });
  for (const y of context.years) year.append(new Option(String(y), String(y), false, y === context.defaultYear));
  const basemap = html('select', { attrs: { id: 'builder-basemap' } });
  basemap.append(new Option(t('builder.basemapOffline'), 'offline'));
  if (context.onlineTiles) basemap.append(new Option(t('builder.basemapOnline'), 'osm'));
  const language = languageSelect();
  const viewNote = html('p', { class: 'builder-view' });
  const refreshView = html('button', { text: t('builder.useView'), attrs: { type: 'button' } });
  form.append(label(title, t('builder.title')), label(caption, t('builder.caption')), kind.fieldset, layers.fieldset,
    label(year, t('builder.year')), label(basemap, t('builder.basemap')), label(language, t('builder.language')),
    viewNote, refreshView);
  const config = (view: { center: [number, number]; zoom: number }): WidgetConfig => ({
    title: title.value.trim(),
    caption: caption.value.trim(),
    layers: kind.isTour() ? [] : layers.boxes.filter((b) => b.checked).map((b) => b.value),
    year: !kind.isTour() && layers.boxes.find((b) => b.value === 'trade')?.checked ? Number(year.value) : null,
    ...(kind.isTour() ? { type: 'tour' as const } : {}),
    center: view.center,
    zoom: view.zoom,
    basemap: basemap.value === 'osm' ? 'osm' : 'offline',
    ...(isLang(language.value) ? { lang: language.value } : {}),
  });
  const followKind = () => {
    layers.fieldset.disabled = year.disabled = kind.isTour();
  };
  return { form, viewNote, refreshView, config, followKind };
}

/** Every layer the page draws, and the trade colours; the layers on the map are ticked at first. */
function layerChoice(context: BuilderContext) {
  const fieldset = html('fieldset', {}, html('legend', { text: t('builder.layers') }));
  const boxes = [...context.titles.keys(), 'trade'].map((id) => {
    const box = input('checkbox', `builder-layer-${id}`);
    box.value = id;
    box.checked = id === 'trade' ? false : context.visibleLayers.includes(id);
    fieldset.append(label(box, id === 'trade' ? t('builder.tradeLayer') : (context.titles.get(id) ?? id)));
    return box;
  });
  return { fieldset, boxes };
}

/** A widget shows the map as set here, or runs the guided tour (which sets its own layers and years). */
function kindChoice() {
  const fieldset = html('fieldset', {}, html('legend', { text: t('tour.widget.type') }));
  const kinds = (['map', 'tour'] as const).map((value) => {
    const radio = input('radio', `builder-type-${value}`, value);
    radio.name = 'builder-type';
    radio.checked = value === 'map';
    fieldset.append(label(radio, t(`tour.widget.${value}`)));
    return radio;
  });
  return { fieldset, isTour: () => kinds[1]!.checked };
}

/** The reader's language, or one of the atlas's, each named in itself. */
function languageSelect(): HTMLSelectElement {
  const language = html('select', { attrs: { id: 'builder-lang' } });
  language.append(new Option(t('builder.langReader'), ''));
  for (const lang of languages) {
    const option = new Option(nativeNames[lang], lang, false, lang === currentLanguage());
    option.lang = lang;
    language.append(option);
  }
  return language;
}

export function input(type: string, id: string, value = ''): HTMLInputElement {
  const element = document.createElement('input');
  element.type = type;
  element.id = id;
  element.value = value;
  return element;
}

export function label(control: HTMLElement, textContent: string): HTMLLabelElement {
  const element = document.createElement('label');
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    element.append(control, ` ${textContent}`);
  else element.append(textContent, control);
  return element;
}
