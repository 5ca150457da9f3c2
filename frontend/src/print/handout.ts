// The handout: the current view as one A4 page to print or save as PDF, in the page's language — title, the map with
// its names, the legend of the layers shown, the year the network is drawn as of, a caption, the citation, the
// permalink with its QR code, and the sources. On screen it shows as a preview over the map (print=1, or the masthead's
// Print button); print.css keeps only it on paper. Loaded when asked for, not with the first view.
import { formatNumber } from '../i18n/formats';
import { loadLaterWords, t } from '../i18n/messages';
import { boundaryNote } from '../map/legend';
import type { SnapshotText } from '../map/snapshot';
import type { Source } from '../contract';
import { citation } from '../widgets/cite';
import { qrSvg } from './qr';
import './print.css';

export interface HandoutContent {
  title: string;
  /** The map as a picture (map/snapshot.ts), drawn without its own legend: the handout lists it as text. */
  image: Blob;
  /** What the map shows: its legend entries and subtitle (widgets/mapText.ts). */
  text: SnapshotText;
  /** The titles of the layers shown, for the caption. */
  layerTitles: string[];
  /** The network's year; null is today. */
  asOf: number | null;
  /** The address of this view, without what only the phone layout or the handout itself need. */
  permalink: string;
  sources: Source[];
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Builds (or rebuilds) the handout and shows it; returns it once its picture has loaded. */
export async function showHandout(content: HandoutContent, onClose: () => void): Promise<HTMLElement> {
  await loadLaterWords(['print']);
  document.getElementById('handout')?.remove();
  const sheet = element('article', 'handout');
  sheet.id = 'handout';
  sheet.setAttribute('aria-labelledby', 'handout-title');
  const title = element('h1', null, `Corridor Atlas: ${content.title}`);
  title.id = 'handout-title';
  title.tabIndex = -1;
  const year = content.asOf ?? new Date().getFullYear();
  const asOf = t(content.asOf === null ? 'print.asOfToday' : 'print.asOf', {
    year: formatNumber(year, { useGrouping: false }),
  });
  const shows = t('print.caption', { layers: content.layerTitles.join(', ') });
  const caption = element('p', 'handout-caption', `${shows} ${asOf} ${content.text.subtitle}`);

  const image = element('img', 'handout-map');
  image.alt = t('print.mapAlt', { title: content.title });
  const loaded = new Promise<void>((resolve) => image.addEventListener('load', () => resolve(), { once: true }));
  const url = URL.createObjectURL(content.image);
  image.src = url;

  const remove = () => {
    URL.revokeObjectURL(url);
    sheet.remove();
  };
  const actions = handoutActions(remove, onClose);
  const note = element('p', 'handout-note', content.text.note ?? boundaryNote());
  const parts = [legendSection(content, asOf), note, linkSection(content), sourcesSection(content)];
  sheet.append(actions, title, caption, image, ...parts);
  document.body.append(sheet);
  document.documentElement.classList.add('handout-open');
  await loaded;
  sheet.dataset.ready = 'true';
  title.focus();
  return sheet;
}

/** The legend of the layers shown, as text beside colour swatches, and the year the network is drawn as of. */
function legendSection(content: HandoutContent, asOf: string): HTMLElement {
  const legend = element('section', 'handout-legend');
  const legendList = element('ul', null);
  for (const entry of content.text.legend) {
    const item = element('li', null);
    const swatch = element('span', 'handout-swatch');
    swatch.style.background = entry.colour;
    item.append(swatch, document.createTextNode(entry.label));
    legendList.append(item);
  }
  legend.append(element('h2', null, t('legend.heading')), legendList, element('p', 'handout-as-of', asOf));
  return legend;
}

/** The permalink with its QR code, and the citation. */
function linkSection(content: HandoutContent): HTMLElement {
  const link = element('section', 'handout-link');
  const permalink = element('a', null, content.permalink);
  permalink.href = content.permalink;
  const linkText = element('div', null);
  const cited = citation(`Corridor Atlas: ${content.title}`, content.permalink, [], new Date());
  linkText.append(element('h2', null, t('print.permalink')), element('p', null, t('print.scan')), permalink,
    element('h2', null, t('cite.heading')), element('p', 'handout-citation', cited));
  link.append(qrSvg(content.permalink, t('print.qr')), linkText);
  return link;
}

/** The sources, each once. */
function sourcesSection(content: HandoutContent): HTMLElement {
  const sources = element('section', 'handout-sources');
  const list = element('ol', null);
  for (const source of [...new Map(content.sources.map((s) => [s.title, s])).values()]) {
    const item = element('li', null, source.title);
    if (source.url) item.append(` — ${source.url}`);
    list.append(item);
  }
  sources.append(element('h2', null, t('print.sources')), list);
  return sources;
}

/** Print and Back (or Escape), which closes the handout: removes it, then tells onClose. */
function handoutActions(remove: () => void, onClose: () => void): HTMLElement {
  const actions = element('div', 'handout-actions');
  const print = element('button', null, t('action.print'));
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  const back = element('button', null, t('print.back'));
  back.type = 'button';
  const close = () => {
    remove();
    document.documentElement.classList.remove('handout-open');
    document.removeEventListener('keydown', onKey);
    onClose();
  };
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
  back.addEventListener('click', close);
  document.addEventListener('keydown', onKey);
  actions.append(print, back);
  return actions;
}
