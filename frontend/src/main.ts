import 'leaflet/dist/leaflet.css';
import './styles.css';
import './shell/shell.css';
import { applyKiosk } from './narrow';
import { ApiError, getJson } from './api';
import { detectLanguage } from './i18n/languages';
import { t, useLanguage } from './i18n/messages';
import { createBasemap } from './map/basemap';
import { viewOf } from './map/control';
import { createMap, localizeControls } from './map/createMap';
import { addLayerControl, isShown, onLayersToggled } from './map/layerControl';
import { createLegend } from './map/legend';
import { createHighlight } from './map/highlight';
import { createOverlay, type Overlay } from './map/overlay';
import { announceMoves } from './map/announce';
import { createStage } from './map/stage';
import { languageSwitcher, pageText } from './shell/pageText';
import { connectLabels } from './layers/labels';
import { missionLayers, sameSegment } from './layers/overlays';
import { legendEntries } from './layers/styles';
import { connectDownloads } from './page/downloads';
import { connectExports } from './page/exports';
import { connectReload } from './page/reload';
import { hiddenAtFirst, PageStore, type PageState } from './state/permalink';
import { asOfLayers, statusAsOf } from './timeline/asOf';
import { FeatureEvents } from './timeline/featureEvents';
import { attachTimeline } from './timeline/page';
import { connectShell, movedTo } from './shell/shell';
import { createStatus } from './shell/status';
import { createTabs } from './shell/tabs';
import type { BasemapInfo, LayerInfo, NetworkNodeInfo, TradeContext, TradeSeriesResponse } from './contract';
import { connectTrade } from './trade/view';

applyKiosk(location.search);
const mapElement = document.getElementById('map') as HTMLElement;
const panelElement = document.getElementById('panel') as HTMLElement;
const status = createStatus(document.getElementById('status') as HTMLElement, mapElement);
const store = new PageStore(location, history);
// The language: lang= in the address, else the browser's; only its catalogue is fetched. A new language is a new page.
const lang = store.state.lang ?? detectLanguage(location.search, navigator.languages);
const language = useLanguage(lang);
const startView = store.state.view;
const map = createMap(
  mapElement,
  startView ? { center: [startView.lat, startView.lon], zoom: startView.zoom } : undefined,
);
const langQuery = lang === 'en' ? '' : `?lang=${lang}`;

async function boot(): Promise<void> {
  const data = Promise.all([
    getJson<LayerInfo[]>(`/api/layers${langQuery}`),
    getJson<BasemapInfo>('/api/basemap'),
    getJson<TradeSeriesResponse>('/api/trade/series'),
    getJson<TradeContext>('/api/trade/context'),
  ]);
  data.catch(() => {});
  try {
    await language;
  } catch (error) {
    status.error(`${messageFor(error)}`, () => location.reload());
    return;
  }
  store.update({ lang });
  pageText();
  localizeControls(map);
  languageSwitcher(document.getElementById('language-switcher') as HTMLElement, lang);
  connectShell(store, mapElement);
  announceMoves(map, document.getElementById('map-announcer')!, movedTo);
  status.loading(t('status.loading'));
  try {
    const page = await buildPage(await data);
    await page.reload();
    page.listenForLayers();
    page.connectPlanner();
    page.connectTimeline();
    page.connectStations();
    if (new URLSearchParams(location.search).get('print') === '1') await page.handout(false);
  } catch (error) {
    // A reload retries everything, the preloaded first requests included; the view is in the URL, so nothing is lost.
    status.error(messageFor(error), () => location.reload());
  }
}

type FirstData = [LayerInfo[], BasemapInfo, TradeSeriesResponse, TradeContext];

async function buildPage([layers, basemapInfo, trade, context]: FirstData) {
  const featureEvents = new FeatureEvents();
  const { basemap, overlays, legend, visible } = drawLayers(layers, basemapInfo, featureEvents);
  const labels = connectLabels(map, overlays);
  followView();
  const panels = connectPanels(overlays, trade, context, featureEvents, layers);
  onLayersToggled(map, () => {
    legend.update(visible());
    labels.follow();
    panels.renderPlaces();
    const on = [...visible()];
    const byDefault = overlays.map((o) => o.info.id).filter((id) => !hiddenAtFirst.has(id));
    store.update({ layers: on.length === byDefault.length && byDefault.every((id) => on.includes(id)) ? null : on });
  });
  // The main stations are named from zoom 6; their list comes after the first view, like the planner.
  const connectStations = () =>
    void getJson<NetworkNodeInfo[]>('/api/routes/nodes')
      .then((nodes) => labels.stations(nodes.filter((n) => n.kind === 'rail-hub')))
      .catch(() => {});
  const handout = connectExports({
    map, store, layers, basemapInfo, onlineTiles: basemap.online !== null, trade, visible,
    shownIds: () => [...visible(), ...(store.state.trade && store.state.panel === 'trade' ? ['trade'] : [])],
  });
  const { reload, listenForLayers } = connectReload({
    map, mapElement, status, basemap, overlays,
    drawn: () => {
      panels.tradeView.renderMap();
      followYear(overlays);
      panels.timeline.followAsOf();
    },
    fillPanel: () => {
      panels.tradeView.renderPanel();
      panels.renderPlaces();
    },
    drawnLater: panels.renderPlaces,
    failed: (error) => status.error(messageFor(error), () => location.reload()),
  });
  const { connectPlanner, connectTimeline } = panels;
  return { reload, listenForLayers, connectPlanner, connectStations, connectTimeline, handout };
}

/** The basemap, the mission layers (those the address or the defaults name) and their control and legend. */
function drawLayers(layers: LayerInfo[], basemapInfo: BasemapInfo, featureEvents: FeatureEvents) {
  const basemap = createBasemap(basemapInfo);
  basemap.offline.addTo(map);
  // The network drawn as of a year, and each feature's events in its popup: the timeline's, passed to the map.
  const asOf = { layers: asOfLayers, statusAt: statusAsOf };
  const overlays = layers.map((info) =>
    createOverlay(info, { ...missionLayers, asOf, popupExtras: featureEvents.extras }));
  const firstShown = (id: string) =>
    store.state.layers === null ? !hiddenAtFirst.has(id) : store.state.layers.includes(id);
  for (const overlay of overlays) if (firstShown(overlay.info.id)) overlay.layer.addTo(map);
  addLayerControl(map, basemap, overlays);

  const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])), legendEntries);
  legend.addTo(map);
  const visible = () => new Set(overlays.filter((o) => isShown(map, o)).map((o) => o.info.id));
  legend.update(visible());
  return { basemap, overlays, legend, visible };
}

/** The view in the address, and on the map element for the browser tests, after every move. */
function followView(): void {
  const showView = () => {
    const { zoom, lat, lon } = viewOf(map);
    mapElement.dataset.view = `${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
  };
  showView();
  map.on('moveend', () => {
    store.update({ view: viewOf(map) });
    showView();
  });
}

/** The side panel's tabs: trade, routes, timeline, data and places; each tab's heavier code loads when needed. */
function connectPanels(
  overlays: Overlay[],
  trade: TradeSeriesResponse,
  context: TradeContext,
  featureEvents: FeatureEvents,
  layers: LayerInfo[],
) {
  const tabs = createTabs(panelElement, [
    { id: 'trade', label: t('tab.trade') }, { id: 'routes', label: t('tab.routes') },
    { id: 'timeline', label: t('timeline.tab') }, { id: 'data', label: t('tab.data') },
    { id: 'places', label: t('tab.places') },
  ], store.state.panel, (id) => {
    store.update({ panel: id as PageState['panel'] });
    tradeView.render();
    if (id === 'data') connectDataPanel();
    renderPlaces();
  });
  const panel = (id: string) => tabs.panels.get(id)!;
  const tradeView = connectTrade(map, panel('trade'), store, trade, context, overlays);
  const renderPlaces = placesList(overlays, panel('places'));
  store.subscribe(() => followYear(overlays));
  const timeline = attachTimeline({
    stage: createStage(map, overlays), highlight: createHighlight(map, overlays, sameSegment), store, featureEvents,
    mapElement, panel: panel('timeline'), actions: document.querySelector('.page-actions')!, sidePanel: panelElement,
    trade: trade.series, showTrade: (tab) => (tab && tabs.select('trade'), tradeView.render()),
  });
  store.subscribe(timeline.followAsOf);
  // The planners' panel loads once the map is drawn: the first view neither waits for it nor shares the main thread.
  const connectPlanner = () =>
    void import('./routes/view')
      .then(({ connectRoutes }) => connectRoutes(map, panel('routes'), store))
      .catch((error: unknown) => {
        panel('routes').append(message(t('routes.loadFailed', { reason: messageFor(error) })));
      });
  // Downloads load when a reader opens the Data tab.
  let dataPanel: Promise<void> | null = null;
  const connectDataPanel = () => {
    dataPanel ??= connectDownloads(panel('data'), layers, trade, langQuery).catch((error: unknown) => {
      panel('data').append(message(t('data.loadFailed', { reason: messageFor(error) })));
    });
  };
  if (store.state.panel === 'data') connectDataPanel();
  return { tradeView, timeline, renderPlaces, connectPlanner, connectTimeline: timeline.connect };
}

/** The Places list: made when its tab is open, and its code loaded then, not for every reader's first view. */
function placesList(overlays: Overlay[], panel: HTMLElement): () => void {
  const placeGroups = () => overlays
    .filter((o) => isShown(map, o))
    .map((o) => ({ id: o.info.id, title: o.info.title, places: o.entries(), open: (id: string) => o.open(id) }));
  let places: Promise<{ render(groups: ReturnType<typeof placeGroups>): void }> | null = null;
  return () => {
    if (store.state.panel !== 'places') return;
    places ??= import('./places/panel').then(({ placesPanel }) => placesPanel(panel));
    void places.then((list) => list.render(placeGroups()));
  };
}

/** Layers drawn for a year (visa-free travel) follow the year the trade slider and the URL set. */
function followYear(overlays: Overlay[]): void {
  for (const overlay of overlays) overlay.setYear(store.state.year);
  mapElement.dataset.year = String(store.state.year);
}

function message(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'route-message';
  p.textContent = text;
  return p;
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.unreachable) return t('error.unreachable');
  if (error instanceof ApiError) return t('error.api', { message: error.message });
  return t('error.draw', { message: error instanceof Error ? error.message : String(error) });
}

void boot();
