import 'leaflet/dist/leaflet.css';
import './styles.css';
import './embed.css';
import './shell/shell.css';
import { applyKiosk } from './narrow';
import { ApiError, getJson } from './api';
import { saveBlob } from './download';
import { detectLanguage, type Lang } from './i18n/languages';
import { t, useLanguage } from './i18n/messages';
import { registerCountries } from './i18n/names';
import { createBasemap } from './map/basemap';
import { viewOf } from './map/control';
import { createMap, localizeControls, requestZoom, type AtlasMap } from './map/createMap';
import { loadTogether } from './map/geoJsonSource';
import { LabelLayer } from './map/labels';
import { createLegend } from './map/legend';
import { createOverlay, type Overlay } from './map/overlay';
import { createHighlight } from './map/highlight';
import { compactControls } from './map/compactControls';
import { announceMoves } from './map/announce';
import { createStage } from './map/stage';
import { compactPanels, movedTo } from './shell/shell';
import { pageText } from './shell/pageText';
import { labelOverlays } from './layers/labels';
import { missionLayers, sameSegment } from './layers/overlays';
import { legendEntries } from './layers/styles';
import { asOfLayers, statusAsOf } from './timeline/asOf';
import { tourLayers } from './tour/steps';
import { defaultState, writeState } from './state/permalink';
import { createStatus } from './shell/status';
import { valuesFor } from './trade/types';
import type { BasemapInfo, LayerInfo, TradeContext, TradeSeriesResponse } from './contract';
import { TradeMap } from './trade/view';
import type { LayerData } from './types';
import { configFromQuery, type WidgetConfig } from './widgets/config';

// The page iframes load: only the map, its title and caption, a compact legend, attribution and a link out.

applyKiosk(location.search);
const mapElement = document.getElementById('map') as HTMLElement;
const status = createStatus(document.getElementById('status') as HTMLElement, mapElement);

async function loadConfig(): Promise<WidgetConfig> {
  const id = /^\/embed\/([A-Za-z0-9]+)$/.exec(location.pathname)?.[1];
  return id ? getJson<WidgetConfig>(`/api/widgets/${id}`) : configFromQuery(location.search);
}

async function boot(): Promise<void> {
  let config: WidgetConfig | null = null;
  try {
    config = await loadConfig();
  } catch (error) {
    await useLanguage(detectLanguage(location.search, navigator.languages), ['widgets']).catch(() => {});
    pageText();
    status.error(messageFor(error), () => location.reload());
    return;
  }
  // A saved widget speaks the language it was saved in; an unsaved one lang= or the reader's browser's.
  const lang = config.lang ?? detectLanguage(location.search, navigator.languages);
  // The embed page's own words are the widgets' part of the catalogue; a tour widget needs the tour's too.
  await useLanguage(lang, config.type === 'tour' ? ['widgets', 'tour'] : ['widgets']);
  pageText();
  status.loading(t('embed.loading'));
  try {
    await drawWidget(config, lang);
  } catch (error) {
    status.error(messageFor(error), () => location.reload());
  }
}

async function drawWidget(config: WidgetConfig, lang: Lang): Promise<void> {
  const title = showHeading(config);
  const map = createMap(mapElement, { center: config.center, zoom: config.zoom });
  localizeControls(map);
  // On a narrow column the map's panels fold into buttons, closed at first.
  compactControls(mapElement, compactPanels(), { isOpen: () => false, changed: () => {} });
  announceMoves(map, document.getElementById('map-announcer')!, movedTo);
  const [layers, basemapInfo] = await Promise.all([
    getJson<LayerInfo[]>(`/api/layers${lang === 'en' ? '' : `?lang=${lang}`}`),
    getJson<BasemapInfo>('/api/basemap'),
  ]);
  const basemap = createBasemap(basemapInfo);
  if (config.basemap === 'osm' && basemap.online) basemap.online.addTo(map);
  else basemap.offline.addTo(map);
  // A tour widget loads every layer its steps show; each step chooses among them.
  const tour = config.type === 'tour';
  const shown = tour ? tourLayers : config.layers;
  const overlays = drawLayers(map, layers, shown);
  if (config.layers.includes('trade') && config.year !== null) await drawTrade(map, config.year);
  linkFullMap(map, config, lang);

  const load = async () => {
    const zoom = requestZoom(map);
    await loadTogether([...basemap.sources, ...overlays.map((o) => o.source)], zoom);
  };
  await load();
  map.on('zoomend', () => void load().catch((e: unknown) => status.error(messageFor(e), () => void load())));
  status.ready();
  performance.mark('atlas:layers-drawn');
  if (tour) await runTour(map, overlays);
  connectExports(map, { title, shown, year: config.year, layers, basemapInfo });
}

/** The widget's title (its own, or the default) and caption above the map; returns the title. */
function showHeading(config: WidgetConfig): string {
  const title = config.title || t('embed.defaultTitle');
  (document.getElementById('widget-title') as HTMLElement).textContent = title;
  const caption = document.getElementById('widget-caption') as HTMLElement;
  caption.textContent = config.caption;
  caption.hidden = !config.caption;
  return title;
}

/** The layers the widget shows, their compact legend (closed at first) and their labels. */
function drawLayers(map: AtlasMap, layers: LayerInfo[], shown: string[]): Overlay[] {
  const asOf = { layers: asOfLayers, statusAt: statusAsOf };
  const overlays = layers
    .filter((l) => shown.includes(l.id))
    .map((info) => createOverlay(info, { ...missionLayers, asOf }));
  for (const overlay of overlays) overlay.layer.addTo(map);
  const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])), legendEntries, { open: false });
  legend.addTo(map);
  legend.update(new Set(shown));
  labelOverlays(new LabelLayer(map), overlays);
  return overlays;
}

/** China's trade with each country in the widget's year, as colours and flows, over the borders at this zoom. */
async function drawTrade(map: AtlasMap, year: number): Promise<void> {
  const [series, context] = await Promise.all([
    getJson<TradeSeriesResponse>('/api/trade/series'),
    getJson<TradeContext>('/api/trade/context'),
  ]);
  const trade = new TradeMap(series.series, context);
  trade.layer.areas.addTo(map);
  trade.layer.flows.addTo(map);
  trade.layer.addLegendTo(map);
  const borders = await getJson<LayerData>(`/api/layers/borders?zoom=${requestZoom(map)}`);
  registerCountries(borders.features);
  trade.layer.setBorders(borders);
  trade.show(valuesFor(series.series, year, 'china'), year, 'china');
}

/** The link out to the full map, opened on the widget's view, layers, year and language. */
function linkFullMap(map: AtlasMap, config: WidgetConfig, lang: Lang): void {
  const full = {
    ...defaultState,
    year: config.year,
    trade: config.layers.includes('trade'),
    view: { zoom: config.zoom, lat: config.center[0], lon: config.center[1] },
    layers: config.layers.filter((l) => l !== 'trade'),
    lang,
  };
  const fullUrl = `${location.origin}/${writeState(full, '')}`;
  (document.getElementById('full-map') as HTMLAnchorElement).href = fullUrl;
  const link = `<a href="${fullUrl}" target="_blank" rel="noopener">${t('embed.sources')}</a>`;
  map.attributionControl.addAttribution(link);
}

/** A tour widget plays the tour in the widget; its code loads only for a tour widget. */
async function runTour(map: AtlasMap, overlays: Overlay[]): Promise<void> {
  const { runEmbeddedTour } = await import('./tour/embed');
  await runEmbeddedTour({
    stage: createStage(map, overlays),
    highlight: createHighlight(map, overlays, sameSegment),
    loadBorders: () => getJson(`/api/layers/borders?zoom=${requestZoom(map)}`),
    first: Number(new URLSearchParams(location.search).get('tour')) || 1,
    onStep: (step) => (mapElement.dataset.tourStep = step === null ? 'closed' : String(step)),
    below: mapElement,
  });
}

/** The image and the citation, whose code loads when a reader asks for them. */
function connectExports(
  map: AtlasMap,
  shown: { title: string; shown: string[]; year: number | null; layers: LayerInfo[]; basemapInfo: BasemapInfo },
): void {
  const { title, year, layers, basemapInfo } = shown;
  document.getElementById('download-image')!.addEventListener('click', async () => {
    const [{ mapImage }, { snapshotText, licenceNotes }] = await Promise.all([
      import('./map/snapshot'),
      import('./widgets/mapText'),
    ]);
    const text = snapshotText(viewOf(map), title, shown.shown, year, 'china', licenceNotes(layers, shown.shown));
    saveBlob(await mapImage(map, text), 'corridor-atlas-map.png');
  });
  document.getElementById('cite')!.addEventListener('click', async () => {
    const [{ citation, showCitation }, { layerSources, licenceNotes }] = await Promise.all([
      import('./widgets/cite'),
      import('./widgets/mapText'),
    ]);
    const note = licenceNotes(layers, shown.shown).map((n) => `${n}.`).join(' ') || undefined;
    const sources = [...layerSources(layers, shown.shown), ...basemapInfo.layers.flatMap((l) => l.sources)];
    showCitation(citation(title, location.href, sources, new Date(), note));
  });
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return t('embed.missing');
  if (error instanceof ApiError && error.unreachable) return t('embed.unreachable');
  return t('error.draw', { message: error instanceof Error ? error.message : String(error) });
}

void boot();
