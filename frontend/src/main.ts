import 'leaflet/dist/leaflet.css';
import './styles.css';
import './shell/shell.css';
import { applyKiosk } from './narrow';
import { ApiError, getJson } from './api';
import { saveBlob } from './download';
import { detectLanguage } from './i18n/languages';
import { loadLaterWords, t, useLanguage } from './i18n/messages';
import { registerCountries } from './i18n/names';
import { createBasemap } from './map/basemap';
import { viewOf } from './map/control';
import { createMap, localizeControls, requestZoom } from './map/createMap';
import { loadTogether } from './map/geoJsonSource';
import { capitalLabels, countryLabels, LabelLayer, pointLabels, stationLabels } from './map/labels';
import { addLayerControl, isShown, onLayersToggled } from './map/layerControl';
import { boundaryNote, createLegend } from './map/legend';
import { createHighlight } from './map/highlight';
import { createOverlay, type Overlay } from './map/overlay';
import { announceMoves } from './map/announce';
import { createStage } from './map/stage';
import { languageSwitcher, pageText } from './shell/pageText';
import { missionLayers } from './layers/overlays';
import { legendEntries } from './layers/styles';
import { hiddenAtFirst, PageStore, type PageState } from './state/permalink';
import { asOfLayers, statusAsOf } from './timeline/asOf';
import { FeatureEvents } from './timeline/featureEvents';
import { attachTimeline } from './timeline/page';
import { connectShell, movedTo } from './shell/shell';
import { createStatus } from './shell/status';
import { createTabs } from './shell/tabs';
import { yearRange } from './trade/types';
import type {
  BasemapInfo,
  LayerInfo,
  NetworkNodeInfo,
  RouteComparison,
  RouteSummary,
  RouteVolumes,
  TradeContext,
  TradeSeriesResponse,
} from './contract';
import { connectTrade } from './trade/view';
import type { LayerData } from './types';
import { odbl, projectLicence } from './data/citation';

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

async function buildPage([layers, basemapInfo, trade, context]: [
  LayerInfo[],
  BasemapInfo,
  TradeSeriesResponse,
  TradeContext,
]) {
  const basemap = createBasemap(basemapInfo);
  basemap.offline.addTo(map);
  // The network drawn as of a year, and each feature's events in its popup: the timeline's, passed to the map.
  const featureEvents = new FeatureEvents();
  const overlays = layers.map((info) =>
    createOverlay(info, {
      ...missionLayers,
      asOf: { layers: asOfLayers, statusAt: statusAsOf },
      popupExtras: featureEvents.extras,
    }),
  );
  const firstShown = (id: string) =>
    store.state.layers === null ? !hiddenAtFirst.has(id) : store.state.layers.includes(id);
  for (const overlay of overlays) if (firstShown(overlay.info.id)) overlay.layer.addTo(map);
  addLayerControl(map, basemap, overlays);

  const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])), legendEntries);
  legend.addTo(map);
  const visible = () => new Set(overlays.filter((o) => isShown(map, o)).map((o) => o.info.id));
  legend.update(visible());

  const labels = connectLabels(overlays);
  onLayersToggled(map, () => {
    legend.update(visible());
    labels.follow();
    renderPlaces();
    const on = [...visible()];
    const byDefault = overlays.map((o) => o.info.id).filter((id) => !hiddenAtFirst.has(id));
    store.update({ layers: on.length === byDefault.length && byDefault.every((id) => on.includes(id)) ? null : on });
  });
  const showView = () => {
    const { zoom, lat, lon } = viewOf(map);
    mapElement.dataset.view = `${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
  };
  showView();
  map.on('moveend', () => {
    store.update({ view: viewOf(map) });
    showView();
  });

  const tabs = createTabs(
    panelElement,
    [
      { id: 'trade', label: t('tab.trade') },
      { id: 'routes', label: t('tab.routes') },
      { id: 'timeline', label: t('timeline.tab') },
      { id: 'data', label: t('tab.data') },
      { id: 'places', label: t('tab.places') },
    ],
    store.state.panel,
    (id) => {
      store.update({ panel: id as PageState['panel'] });
      tradeView.render();
      if (id === 'data') connectDataPanel();
      renderPlaces();
    },
  );
  const tradeView = connectTrade(map, tabs.panels.get('trade')!, store, trade, context, overlays);
  // The Places list and its code load when its tab is first opened, not for every reader's first view.
  let places: Promise<{ render(groups: ReturnType<typeof placeGroups>): void }> | null = null;
  const placeGroups = () =>
    overlays
      .filter((o) => isShown(map, o))
      .map((o) => ({ id: o.info.id, title: o.info.title, places: o.entries(), open: (id: string) => o.open(id) }));
  // The list is made when its tab is open, not for every reader's first view.
  const renderPlaces = () => {
    if (store.state.panel !== 'places') return;
    places ??= import('./places/panel').then(({ placesPanel }) => placesPanel(tabs.panels.get('places')!));
    void places.then((list) => list.render(placeGroups()));
  };
  // Layers drawn for a year (visa-free travel) follow the year the trade slider and the URL set.
  const followYear = () => {
    for (const overlay of overlays) overlay.setYear(store.state.year);
    mapElement.dataset.year = String(store.state.year);
  };
  store.subscribe(followYear);
  const timeline = attachTimeline({
    stage: createStage(map, overlays),
    highlight: createHighlight(map, overlays),
    store,
    featureEvents,
    mapElement,
    panel: tabs.panels.get('timeline')!,
    actions: document.querySelector('.page-actions')!,
    sidePanel: panelElement,
    trade: trade.series,
    showTrade: (tab) => (tab && tabs.select('trade'), tradeView.render()),
  });
  store.subscribe(timeline.followAsOf);
  // The planners' panel loads once the map is drawn: the first view neither waits for it nor shares the main thread.
  const connectPlanner = () =>
    void import('./routes/view')
      .then(({ connectRoutes }) => connectRoutes(map, tabs.panels.get('routes')!, store))
      .catch((error: unknown) => {
        tabs.panels.get('routes')!.append(message(t('routes.loadFailed', { reason: messageFor(error) })));
      });
  // The main stations are named from zoom 6; their list comes after the first view, like the planner.
  const connectStations = () =>
    void getJson<NetworkNodeInfo[]>('/api/routes/nodes')
      .then((nodes) => labels.stations(nodes.filter((n) => n.kind === 'rail-hub')))
      .catch(() => {});

  // Downloads load when a reader opens the Data tab: the layers from the OGC API, the trade table, the routes compared
  // and the volumes series.
  let dataPanel: Promise<void> | null = null;
  const connectDataPanel = () => {
    dataPanel ??= (async () => {
      const [{ connectData }, routes] = await Promise.all([
        import('./data/view'),
        getJson<RouteSummary[]>(`/api/routes${langQuery}`),
        loadLaterWords(['data']),
      ]);
      // A comparison takes two to six routes (the API's limits), so more routes make more than one download, evenly
      // split.
      const count = Math.ceil(routes.length / 6);
      const size = Math.ceil(routes.length / count);
      const batches = Array.from({ length: count }, (_, i) => routes.slice(i * size, i * size + size));
      const titles = new Map(layers.map((l) => [l.id, { title: l.title, description: l.description }]));
      await connectData(
        tabs.panels.get('data')!,
        [
          {
            id: 'trade',
            title: t('data.tradeTitle'),
            jsonPath: '/api/trade/series',
            description: t('data.tradeDescription'),
            csv: async () => (await import('./trade/csv')).seriesToCsv(trade.series),
            licence: projectLicence,
            attribution: 'Corridor Atlas, compiled from the customs and statistics publications cited per value',
          },
          ...batches.map((batch, i) => {
            const compare = `/api/routes/compare?ids=${batch.map((r) => r.id).join(',')}`;
            return {
              id: i === 0 ? 'routes' : `routes-${i + 1}`,
              title:
                batches.length > 1
                  ? t('data.routesTitlePart', { part: i + 1, parts: batches.length })
                  : t('data.routesTitle'),
              jsonPath: compare,
              description: t('data.routesDescription', { routes: batch.map((r) => r.name).join('; ') }),
              // The routes' geometry is drawn through OpenStreetMap station nodes: the comparison is ODbL like the
              // network.
              csv: async () =>
                (await import('./routes/csv')).metricsToCsv((await getJson<RouteComparison>(compare)).routes),
              licence: odbl,
              attribution:
                '© OpenStreetMap contributors (route geometry through OSM station nodes); Corridor Atlas; transit times, published lengths and emission factors from the publications cited per route',
            };
          }),
          {
            id: 'volumes',
            title: t('data.volumesTitle'),
            jsonPath: '/api/routes/volumes',
            description: t('data.volumesDescription'),
            csv: async () =>
              (await import('./routes/csv')).volumesToCsv((await getJson<RouteVolumes>('/api/routes/volumes')).series),
            licence: projectLicence,
            attribution:
              'Corridor Atlas, compiled from the ministries’, railways’, port operators’ and associations’ publications cited per value',
          },
        ],
        titles,
      );
    })().catch((error: unknown) => {
      tabs.panels.get('data')!.append(message(t('data.loadFailed', { reason: messageFor(error) })));
    });
  };
  if (store.state.panel === 'data') connectDataPanel();

  const title = t('map.title');
  const shownIds = () => [...visible(), ...(store.state.trade && store.state.panel === 'trade' ? ['trade'] : [])];
  // The builder's code loads when an educator asks for it, not with every reader's first view.
  document.getElementById('embed-open')!.addEventListener('click', async () => {
    const [{ openBuilder }] = await Promise.all([import('./widgets/builder'), loadLaterWords(['widgets'])]);
    openBuilder({
      view: () => viewOf(map),
      titles: new Map(overlays.map((o) => [o.info.id, o.info.title])),
      years: yearRange(trade.series, 'china'),
      defaultYear: store.state.year,
      visibleLayers: [...visible()],
      onlineTiles: basemap.online !== null,
    });
  });
  // The image export and the citation load when asked for, like the builder.
  document.getElementById('download-image')!.addEventListener('click', async () => {
    const [{ mapImage }, { snapshotText }] = await Promise.all([import('./map/snapshot'), import('./widgets/mapText')]);
    const { licenceNotes } = await import('./widgets/mapText');
    const notes = licenceNotes(layers, shownIds());
    saveBlob(
      await mapImage(map, snapshotText(viewOf(map), title, shownIds(), store.state.year, store.state.reporter, notes)),
      'corridor-atlas-map.png',
    );
  });
  document.getElementById('cite')!.addEventListener('click', async () => {
    const [{ citation, showCitation }, { layerSources, licenceNotes }] = await Promise.all([
      import('./widgets/cite'),
      import('./widgets/mapText'),
    ]);
    const note = [boundaryNote(), ...licenceNotes(layers, shownIds()).map((n) => `${n}.`)].join(' ');
    showCitation(
      citation(
        `Corridor Atlas: ${title}`,
        location.href,
        [...layerSources(layers, shownIds()), ...basemapInfo.layers.flatMap((l) => l.sources)],
        new Date(),
        note,
      ),
    );
  });

  // The handout and its code load when asked for: the Print button, or print=1 in the address once the map is drawn.
  const handout = async (thenPrint: boolean) =>
    (await import('./print/printView')).printView({
      map,
      title,
      shown: shownIds(),
      state: store.state,
      layers,
      thenPrint,
      basemapSources: basemapInfo.layers.flatMap((l) => l.sources),
    });
  document.getElementById('print')!.addEventListener('click', () => void handout(true));

  // Only the layers on the map are fetched (and the borders, whose outlines the trade colours and labels reuse); a
  // layer switched on later, by the reader, the timeline or the tour, is fetched then.
  const needed = () => overlays.filter((o) => isShown(map, o) || o.info.id === 'borders');
  const markDrawn = (drawn: Overlay[]) => {
    // An attribute, not dataset: a layer id may hold a hyphen ("visa-free"), which dataset names cannot.
    for (const overlay of drawn) mapElement.setAttribute(`data-layer-${overlay.info.id}`, 'drawn');
  };
  let reloads = 0;
  const reload = async () => {
    const generation = ++reloads;
    const drawn = needed();
    const sources = [...basemap.sources, ...drawn.map((o) => o.source)];
    let fetched = 0;
    await loadTogether(sources, requestZoom(map), () => status.progress(++fetched, sources.length));
    markDrawn(drawn);
    tradeView.renderMap();
    followYear();
    timeline.followAsOf();
    performance.mark('atlas:layers-drawn');
    // The side panel is filled once the layers are on screen: its figures' number formats (ICU's, loaded on first use)
    // would otherwise hold back the first frame of the map by a tenth of a second.
    await afterPaint();
    // A newer reload (a zoom meanwhile) finishes the page itself, and may have reported an error this must not hide.
    if (generation !== reloads) return;
    tradeView.renderPanel();
    renderPlaces();
    status.ready();
  };
  map.on('zoomend', () => {
    reload().catch((error: unknown) => status.error(messageFor(error), () => location.reload()));
  });
  const showLater = (overlay: Overlay) => () => {
    loadTogether([overlay.source], requestZoom(map))
      .then(() => (markDrawn([overlay]), renderPlaces()))
      .catch((error: unknown) => status.error(messageFor(error), () => location.reload()));
  };
  const listenForLayers = () => {
    for (const overlay of overlays) overlay.layer.on('add', showLater(overlay));
  };
  return { reload, listenForLayers, connectPlanner, connectStations, connectTimeline: timeline.connect, handout };
}

/** Names on the map, from the layers' own data as it arrives: countries and capitals, summit cities, hubs, stations. */
function connectLabels(overlays: Overlay[]) {
  const labels = new LabelLayer(map);
  const sizes: Record<string, number> = { summits: 18, hubs: 14, crossings: 14 };
  const symbols = (data: LayerData, size: number) => data.features.flatMap((f) =>
    f.geometry?.type === 'Point' ? [{ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, size }] : []);
  const groups = new Map<string, string[]>([['borders', ['countries', 'capitals']]]);
  for (const overlay of overlays) {
    const id = overlay.info.id;
    if (id === 'borders')
      overlay.source.listen((data) => {
        registerCountries(data.features);
        labels.set('countries', countryLabels(data));
        labels.set('capitals', capitalLabels(data));
      });
    else if (id in sizes) {
      groups.set(id, [id]);
      overlay.source.listen((data) => labels.set(id, pointLabels(id, data), symbols(data, sizes[id]!)));
    }
  }
  const follow = () => {
    for (const overlay of overlays)
      for (const group of groups.get(overlay.info.id) ?? []) labels.show(group, isShown(map, overlay));
  };
  follow();
  return {
    follow,
    stations: (nodes: { id: string; name: string; names?: unknown; coordinates: number[] }[]) =>
      labels.set('stations', stationLabels(nodes)),
  };
}

/**
 * Resolves once the browser has drawn the next frame, or after a tenth of a second if it draws none (a tab hidden
 * before or during the load draws no frames, and its timers run late, but they run).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
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
