import 'leaflet/dist/leaflet.css';
import './styles.css';
import L from 'leaflet';
import { ApiError, getJson } from './api';
import { createBasemap } from './map/basemap';
import { createMap, requestZoom } from './map/createMap';
import { boundaryNote, createLegend } from './map/legend';
import { loadTogether } from './map/geoJsonSource';
import { createOverlay } from './map/overlay';
import { createHighlight } from './map/highlight';
import { createStage } from './map/stage';
import { detectLanguage } from './i18n/languages';
import { t, useLanguage } from './i18n/messages';
import { PageStore, type PageState } from './state/permalink';
import { asOfLayers, statusAsOf } from './timeline/asOf';
import { FeatureEvents } from './timeline/featureEvents';
import { attachTimeline } from './timeline/page';
import { createStatus } from './status';
import { saveBlob } from './download';
import { citation, showCitation } from './widgets/cite';
import { layerSources, snapshotText } from './widgets/mapText';
import { mapImage } from './widgets/snapshot';
import { yearRange } from './trade/types';
import { createTabs } from './tabs';
import type { TradeContext, TradeSeriesResponse } from './trade/types';
import { connectTrade } from './trade/view';
import type { BasemapInfo, LayerInfo } from './types';
import type { RouteMetrics, RouteSummary } from './routes/types';
import { projectLicence } from './data/citation';
import { seriesToCsv } from './trade/csv';

const mapElement = document.getElementById('map') as HTMLElement;
const panelElement = document.getElementById('panel') as HTMLElement;
const status = createStatus(document.getElementById('status') as HTMLElement, mapElement);
const store = new PageStore(location, history);
const startView = store.state.view;
const map = createMap(mapElement, startView ? { center: [startView.lat, startView.lon], zoom: startView.zoom } : undefined);

async function boot(): Promise<void> {
  await useLanguage(detectLanguage(location.search, navigator.languages));
  status.loading('Loading map layers…');
  try {
    const page = await buildPage();
    await page.reload();
    page.connectPlanner();
    page.connectTimeline();
  } catch (error) {
    // A reload retries everything, the preloaded first requests included; the view is in the URL, so nothing is lost.
    status.error(messageFor(error), () => location.reload());
  }
}

async function buildPage() {
  const [layers, basemapInfo, trade, context] = await Promise.all([
    getJson<LayerInfo[]>('/api/layers'),
    getJson<BasemapInfo>('/api/basemap'),
    getJson<TradeSeriesResponse>('/api/trade/series'),
    getJson<TradeContext>('/api/trade/context'),
  ]);
  const basemap = createBasemap(basemapInfo);
  basemap.offline.addTo(map);
  // The network drawn as of a year, and each feature's events in its popup: the timeline's, passed to the map.
  const featureEvents = new FeatureEvents();
  const overlays = layers.map((info) => createOverlay(info, { asOf: { layers: asOfLayers, statusAt: statusAsOf }, popupExtras: featureEvents.extras }));
  const shown = store.state.layers;
  for (const overlay of overlays) if (shown === null || shown.includes(overlay.info.id)) overlay.layer.addTo(map);

  const baseLayers: L.Control.LayersObject = basemap.online
    ? { 'Natural Earth (offline)': basemap.offline, OpenStreetMap: basemap.online }
    : {};
  const overlayControl = Object.fromEntries(overlays.map((o) => [escapeHtml(o.info.title), o.layer]));
  L.control.layers(baseLayers, overlayControl, { collapsed: false, position: 'topright' }).addTo(map);

  const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])));
  legend.addTo(map);
  const visible = () => new Set(overlays.filter((o) => map.hasLayer(o.layer)).map((o) => o.info.id));
  legend.update(visible());
  map.on('overlayadd overlayremove', () => {
    legend.update(visible());
    const on = [...visible()];
    store.update({ layers: on.length === overlays.length ? null : on });
  });
  const showView = () => {
    const c = map.getCenter();
    mapElement.dataset.view = `${map.getZoom()}/${c.lat.toFixed(4)}/${c.lng.toFixed(4)}`;
  };
  showView();
  map.on('moveend', () => {
    const c = map.getCenter();
    store.update({ view: { zoom: map.getZoom(), lat: c.lat, lon: c.lng } });
    showView();
  });

  const tabs = createTabs(panelElement, [{ id: 'trade', label: 'Trade' }, { id: 'routes', label: 'Routes' }, { id: 'timeline', label: t('timeline.tab') }, { id: 'data', label: 'Data' }], store.state.panel, (id) => {
    store.update({ panel: id as PageState['panel'] });
    tradeView.render();
    if (id === 'data') connectDataPanel();
  });
  const tradeView = connectTrade(map, tabs.panels.get('trade')!, store, trade, context, overlays);
  // Layers drawn for a year (visa-free travel) follow the year the trade slider and the URL set.
  const followYear = () => {
    for (const overlay of overlays) overlay.setYear(store.state.year);
    mapElement.dataset.year = String(store.state.year);
  };
  store.subscribe(followYear);
  const timeline = attachTimeline({
    stage: createStage(map, overlays), highlight: createHighlight(map, overlays), store, featureEvents, mapElement, panel: tabs.panels.get('timeline')!,
    actions: document.querySelector('.page-actions')!, sidePanel: panelElement, trade: trade.series, showTrade: (tab) => (tab && tabs.select('trade'), tradeView.render()),
  });
  store.subscribe(timeline.followAsOf);
  // The planners' panel loads once the map is drawn: the first view neither waits for it nor shares the main thread.
  const connectPlanner = () =>
    void import('./routes/view').then(({ connectRoutes }) => connectRoutes(map, tabs.panels.get('routes')!, store)).catch((error: unknown) => {
      const message = document.createElement('p');
      message.className = 'route-message';
      message.textContent = `The route planner could not be loaded: ${messageFor(error)}`;
      tabs.panels.get('routes')!.append(message);
    });

  // Downloads load when a reader opens the Data tab: the layers from the OGC API, the trade table and the routes compared.
  let dataPanel: Promise<void> | null = null;
  const connectDataPanel = () => {
    dataPanel ??= (async () => {
      const [{ connectData }, { metricsToCsv }, routes] = await Promise.all([
        import('./data/view'), import('./routes/table'), getJson<RouteSummary[]>('/api/routes')]);
      // A comparison takes two to six routes (the API's limits), so more routes make more than one download, evenly split.
      const count = Math.ceil(routes.length / 6);
      const size = Math.ceil(routes.length / count);
      const batches = Array.from({ length: count }, (_, i) => routes.slice(i * size, i * size + size));
      await connectData(tabs.panels.get('data')!, [
        {
          id: 'trade', title: 'China–Central Asia trade by year', jsonPath: '/api/trade/series',
          description: 'China-reported and partner-reported merchandise trade, one row per value, each with its sources; no value estimated.',
          csv: async () => seriesToCsv(trade.series), licence: projectLicence,
          attribution: 'Corridor Atlas, compiled from the customs and statistics publications cited per value',
        },
        ...batches.map((batch, i) => {
          const compare = `/api/routes/compare?ids=${batch.map((r) => r.id).join(',')}`;
          return {
            id: i === 0 ? 'routes' : `routes-${i + 1}`,
            title: batches.length > 1 ? `Route comparison, ${i + 1} of ${batches.length}` : 'Route comparison',
            jsonPath: compare,
            description: `${batch.map((r) => r.name).join('; ')}: length by basis, mode and country, countries, border crossings, gauge breaks, transshipments, transit days and CO2e of each route.`,
            csv: async () => metricsToCsv((await getJson<{ routes: RouteMetrics[] }>(compare)).routes), licence: projectLicence,
            attribution: 'Corridor Atlas; transit times, published lengths and emission factors from the publications cited per route',
          };
        }),
      ]);
    })().catch((error: unknown) => {
      const message = document.createElement('p');
      message.className = 'route-message';
      message.textContent = `The downloads could not be loaded: ${messageFor(error)}`;
      tabs.panels.get('data')!.append(message);
    });
  };
  if (store.state.panel === 'data') connectDataPanel();

  const title = 'China–Central Asia connectivity';
  const shownIds = () => [...visible(), ...(store.state.trade && store.state.panel === 'trade' ? ['trade'] : [])];
  // The builder's code loads when an educator asks for it, not with every reader's first view.
  document.getElementById('embed-open')!.addEventListener('click', async () =>
    (await import('./widgets/builder')).openBuilder({ map, years: yearRange(trade.series, 'china'), defaultYear: store.state.year, visibleLayers: [...visible()], onlineTiles: basemap.online !== null }));
  document.getElementById('download-image')!.addEventListener('click', async () =>
    saveBlob(await mapImage(map, snapshotText(map, title, shownIds(), store.state.year, store.state.reporter)), 'corridor-atlas-map.png'));
  document.getElementById('cite')!.addEventListener('click', () =>
    showCitation(citation(`Corridor Atlas: ${title}`, location.href, [...layerSources(layers, shownIds()), ...basemapInfo.layers.flatMap((l) => l.sources)], new Date(), boundaryNote)));

  const reload = async () => {
    const sources = [...basemap.sources, ...overlays.map((o) => o.source)];
    let fetched = 0;
    await loadTogether(sources, requestZoom(map), () => status.progress(++fetched, sources.length));
    // An attribute, not dataset: a layer id may hold a hyphen ("visa-free"), which dataset names cannot.
    for (const overlay of overlays) mapElement.setAttribute(`data-layer-${overlay.info.id}`, 'drawn');
    tradeView.render();
    followYear();
    timeline.followAsOf();
    status.ready();
    performance.mark('atlas:layers-drawn');
  };
  map.on('zoomend', () => {
    reload().catch((error: unknown) => status.error(messageFor(error), () => location.reload()));
  });
  return { reload, connectPlanner, connectTimeline: timeline.connect };
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.unreachable)
    return 'The map data server cannot be reached. Check that Corridor Atlas is running, then try again.';
  if (error instanceof ApiError) return `The map data could not be loaded (${error.message}).`;
  return `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
}

/** Leaflet's layer control writes names as HTML; our titles come from data, so they are escaped first. */
function escapeHtml(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

void boot();
