import 'leaflet/dist/leaflet.css';
import './styles.css';
import { ApiError, getJson } from './api';
import { saveBlob } from './download';
import { createBasemap } from './map/basemap';
import { createMap, requestZoom } from './map/createMap';
import { createLegend } from './map/legend';
import { loadTogether } from './map/geoJsonSource';
import { createOverlay } from './map/overlay';
import { createHighlight } from './map/highlight';
import { createStage } from './map/stage';
import { detectLanguage } from './i18n/languages';
import { useLanguage } from './i18n/messages';
import { asOfLayers, statusAsOf } from './timeline/asOf';
import { tourLayers } from './tour/steps';
import { TradeLayer } from './map/tradeLayer';
import { defaultState, writeState } from './state/permalink';
import { createStatus } from './status';
import { valuesFor, type TradeContext, type TradeSeriesResponse } from './trade/types';
import type { BasemapInfo, LayerInfo } from './types';
import { citation, showCitation } from './widgets/cite';
import { configFromQuery, type WidgetConfig } from './widgets/config';
import { layerSources, snapshotText } from './widgets/mapText';
import { mapImage } from './widgets/snapshot';

// The page iframes load: only the map, its title and caption, a compact legend, attribution and a link out.

const mapElement = document.getElementById('map') as HTMLElement;
const status = createStatus(document.getElementById('status') as HTMLElement, mapElement);

async function loadConfig(): Promise<WidgetConfig> {
  const id = /^\/embed\/([A-Za-z0-9]+)$/.exec(location.pathname)?.[1];
  return id ? getJson<WidgetConfig>(`/api/widgets/${id}`) : configFromQuery(location.search);
}

async function boot(): Promise<void> {
  await useLanguage(detectLanguage(location.search, navigator.languages));
  status.loading('Loading the map…');
  try {
    const config = await loadConfig();
    (document.getElementById('widget-title') as HTMLElement).textContent = config.title;
    const caption = document.getElementById('widget-caption') as HTMLElement;
    caption.textContent = config.caption;
    caption.hidden = !config.caption;

    const map = createMap(mapElement, { center: config.center, zoom: config.zoom });
    const [layers, basemapInfo] = await Promise.all([getJson<LayerInfo[]>('/api/layers'), getJson<BasemapInfo>('/api/basemap')]);
    const basemap = createBasemap(basemapInfo);
    if (config.basemap === 'osm' && basemap.online) basemap.online.addTo(map);
    else basemap.offline.addTo(map);
    // A tour widget loads every layer its steps show; each step chooses among them.
    const tour = config.type === 'tour';
    const shown = tour ? tourLayers : config.layers;
    const overlays = layers.filter((l) => shown.includes(l.id)).map((info) => createOverlay(info, { asOf: { layers: asOfLayers, statusAt: statusAsOf } }));
    for (const overlay of overlays) overlay.layer.addTo(map);
    const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])), { open: false });
    legend.addTo(map);
    legend.update(new Set(shown));

    let trade: TradeLayer | null = null;
    if (config.layers.includes('trade') && config.year !== null) {
      const [series, context] = await Promise.all([getJson<TradeSeriesResponse>('/api/trade/series'), getJson<TradeContext>('/api/trade/context')]);
      trade = new TradeLayer(series.series, context);
      trade.choropleth.addTo(map);
      trade.legend.addTo(map);
      const borders = await getJson<import('./types').LayerData>(`/api/layers/borders?zoom=${requestZoom(map)}`);
      trade.setBorders(borders);
      trade.show(valuesFor(series.series, config.year, 'china'), config.year, 'china');
    }

    const full = { ...defaultState, year: config.year, trade: config.layers.includes('trade'), view: { zoom: config.zoom, lat: config.center[0], lon: config.center[1] }, layers: config.layers.filter((l) => l !== 'trade') };
    const fullUrl = `${location.origin}/${writeState(full, '')}`;
    (document.getElementById('full-map') as HTMLAnchorElement).href = fullUrl;
    map.attributionControl.addAttribution(`<a href="${fullUrl}" target="_blank" rel="noopener">Corridor Atlas: sources</a>`);

    const load = async () => {
      const zoom = requestZoom(map);
      await loadTogether([...basemap.sources, ...overlays.map((o) => o.source)], zoom);
    };
    await load();
    map.on('zoomend', () => void load().catch((e: unknown) => status.error(messageFor(e), () => void load())));
    status.ready();
    performance.mark('atlas:layers-drawn');
    if (tour) {
      await (await import('./tour/embed')).runEmbeddedTour({
        stage: createStage(map, overlays), highlight: createHighlight(map, overlays),
        loadBorders: () => getJson(`/api/layers/borders?zoom=${requestZoom(map)}`), first: Number(new URLSearchParams(location.search).get('tour')) || 1,
        onStep: (step) => (mapElement.dataset.tourStep = step === null ? 'closed' : String(step)),
        below: mapElement,
      });
    }

    document.getElementById('download-image')!.addEventListener('click', async () => {
      const blob = await mapImage(map, snapshotText(map, config.title, config.layers, config.year, 'china'));
      saveBlob(blob, 'corridor-atlas-map.png');
    });
    document.getElementById('cite')!.addEventListener('click', () =>
      showCitation(citation(config.title, location.href, [...layerSources(layers, config.layers), ...basemapInfo.layers.flatMap((l) => l.sources)])));
  } catch (error) {
    status.error(messageFor(error), () => location.reload());
  }
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'This map widget does not exist.';
  if (error instanceof ApiError && error.unreachable) return 'The map data server cannot be reached.';
  return `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
}

void boot();
