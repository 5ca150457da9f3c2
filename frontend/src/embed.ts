import 'leaflet/dist/leaflet.css';
import './styles.css';
import './embed.css';
import './shell/shell.css';
import { applyKiosk } from './narrow';
import { ApiError, getJson } from './api';
import { saveBlob } from './download';
import { detectLanguage } from './i18n/languages';
import { t, useLanguage } from './i18n/messages';
import { registerCountries } from './i18n/names';
import { createBasemap } from './map/basemap';
import { viewOf } from './map/control';
import { createMap, localizeControls, requestZoom } from './map/createMap';
import { loadTogether } from './map/geoJsonSource';
import { capitalLabels, countryLabels, LabelLayer, pointLabels } from './map/labels';
import { createLegend } from './map/legend';
import { createOverlay } from './map/overlay';
import { createHighlight } from './map/highlight';
import { compactControls } from './map/compactControls';
import { announceMoves } from './map/announce';
import { createStage } from './map/stage';
import { compactPanels, movedTo } from './shell/shell';
import { pageText } from './shell/pageText';
import { missionLayers } from './layers/overlays';
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
    const title = config.title || t('embed.defaultTitle');
    (document.getElementById('widget-title') as HTMLElement).textContent = title;
    const caption = document.getElementById('widget-caption') as HTMLElement;
    caption.textContent = config.caption;
    caption.hidden = !config.caption;

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
    const overlays = layers
      .filter((l) => shown.includes(l.id))
      .map((info) => createOverlay(info, { ...missionLayers, asOf: { layers: asOfLayers, statusAt: statusAsOf } }));
    for (const overlay of overlays) overlay.layer.addTo(map);
    const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])), legendEntries, { open: false });
    legend.addTo(map);
    legend.update(new Set(shown));
    const labels = new LabelLayer(map);
    const sizes: Record<string, number> = { summits: 18, hubs: 14, crossings: 14 };
    for (const overlay of overlays) {
      const id = overlay.info.id;
      overlay.source.listen((data) => {
        if (id === 'borders') {
          registerCountries(data.features);
          labels.set('countries', countryLabels(data));
          labels.set('capitals', capitalLabels(data));
        } else if (id in sizes) labels.set(
          id,
          pointLabels(id, data),
          data.features.flatMap((f) =>
            f.geometry?.type === 'Point'
              ? [{ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, size: sizes[id]! }]
              : [],
          ),
        );
      });
    }

    if (config.layers.includes('trade') && config.year !== null) {
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
      trade.show(valuesFor(series.series, config.year, 'china'), config.year, 'china');
    }

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
    map.attributionControl.addAttribution(
      `<a href="${fullUrl}" target="_blank" rel="noopener">${t('embed.sources')}</a>`,
    );

    const load = async () => {
      const zoom = requestZoom(map);
      await loadTogether([...basemap.sources, ...overlays.map((o) => o.source)], zoom);
    };
    await load();
    map.on('zoomend', () => void load().catch((e: unknown) => status.error(messageFor(e), () => void load())));
    status.ready();
    performance.mark('atlas:layers-drawn');
    if (tour) {
      await (
        await import('./tour/embed')
      ).runEmbeddedTour({
        stage: createStage(map, overlays),
        highlight: createHighlight(map, overlays),
        loadBorders: () => getJson(`/api/layers/borders?zoom=${requestZoom(map)}`),
        first: Number(new URLSearchParams(location.search).get('tour')) || 1,
        onStep: (step) => (mapElement.dataset.tourStep = step === null ? 'closed' : String(step)),
        below: mapElement,
      });
    }

    document.getElementById('download-image')!.addEventListener('click', async () => {
      const [{ mapImage }, { snapshotText, licenceNotes }] = await Promise.all([
        import('./map/snapshot'),
        import('./widgets/mapText'),
      ]);
      saveBlob(
        await mapImage(
          map,
          snapshotText(viewOf(map), title, shown, config!.year, 'china', licenceNotes(layers, shown)),
        ),
        'corridor-atlas-map.png',
      );
    });
    document.getElementById('cite')!.addEventListener('click', async () => {
      const [{ citation, showCitation }, { layerSources, licenceNotes }] = await Promise.all([
        import('./widgets/cite'),
        import('./widgets/mapText'),
      ]);
      const note = licenceNotes(layers, shown).map((n) => `${n}.`).join(' ') || undefined;
      showCitation(
        citation(
          title,
          location.href,
          [...layerSources(layers, shown), ...basemapInfo.layers.flatMap((l) => l.sources)],
          new Date(),
          note,
        ),
      );
    });
  } catch (error) {
    status.error(messageFor(error), () => location.reload());
  }
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return t('embed.missing');
  if (error instanceof ApiError && error.unreachable) return t('embed.unreachable');
  return t('error.draw', { message: error instanceof Error ? error.message : String(error) });
}

void boot();
