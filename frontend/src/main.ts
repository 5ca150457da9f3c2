import 'leaflet/dist/leaflet.css';
import './styles.css';
import L from 'leaflet';
import { ApiError, getJson } from './api';
import { createBasemap } from './map/basemap';
import { createMap, requestZoom } from './map/createMap';
import { createLegend } from './map/legend';
import { createOverlay, type Overlay } from './map/overlay';
import { TradeLayer } from './map/tradeLayer';
import { readState, writeState, type PageState } from './state/permalink';
import { createStatus } from './status';
import { TradePanel } from './trade/panel';
import { valuesFor, yearRange, type TradeContext, type TradeSeriesResponse } from './trade/types';
import type { BasemapInfo, LayerInfo } from './types';

const mapElement = document.getElementById('map') as HTMLElement;
const panelElement = document.getElementById('panel') as HTMLElement;
const status = createStatus(document.getElementById('status') as HTMLElement, mapElement);
const map = createMap(mapElement);
let page: { reload: () => Promise<void> } | null = null;

async function boot(): Promise<void> {
  status.loading('Loading map layers…');
  try {
    if (!page) page = await buildPage();
    await page.reload();
  } catch (error) {
    status.error(messageFor(error), () => void boot());
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
  const overlays = layers.map(createOverlay);
  for (const overlay of overlays) overlay.layer.addTo(map);

  const baseLayers: L.Control.LayersObject = basemap.online
    ? { 'Natural Earth (offline)': basemap.offline, OpenStreetMap: basemap.online }
    : {};
  const overlayControl = Object.fromEntries(overlays.map((o) => [escapeHtml(o.info.title), o.layer]));
  L.control.layers(baseLayers, overlayControl, { collapsed: false, position: 'topright' }).addTo(map);

  const legend = createLegend(new Map(overlays.map((o) => [o.info.id, o.info.title])));
  legend.addTo(map);
  const visible = () => new Set(overlays.filter((o) => map.hasLayer(o.layer)).map((o) => o.info.id));
  legend.update(visible());
  map.on('overlayadd overlayremove', () => legend.update(visible()));

  const tradeView = connectTrade(trade, context, overlays);

  const reload = async () => {
    const zoom = requestZoom(map);
    let done = 0;
    const all: Promise<unknown>[] = basemap.sources.map((s) => s.load(zoom));
    for (const overlay of overlays) {
      all.push(
        overlay.source.load(zoom).then(() => {
          mapElement.dataset[`layer${capitalise(overlay.info.id)}`] = 'drawn';
          status.progress(++done, overlays.length);
        }),
      );
    }
    await Promise.all(all);
    tradeView.render();
    status.ready();
    performance.mark('atlas:layers-drawn');
  };
  map.on('zoomend', () => {
    reload().catch((error: unknown) => status.error(messageFor(error), () => void boot()));
  });
  return { reload };
}

/** The trade overlay and its panel, driven by one state that the URL mirrors. */
function connectTrade(trade: TradeSeriesResponse, context: TradeContext, overlays: Overlay[]) {
  const layer = new TradeLayer(trade.series, context);
  const borders = overlays.find((o) => o.info.id === 'borders');
  if (borders) borders.source.onLoaded = (data) => layer.setBorders(data);
  layer.legend.addTo(map);

  let state: PageState = readState(location.search);
  const panel = new TradePanel(trade.series, context, (patch) => {
    state = { ...state, ...patch };
    render();
  });
  panelElement.append(panel.element);

  const latestComplete = () => {
    const years = yearRange(trade.series, state.reporter);
    const complete = years.filter((y) => valuesFor(trade.series, y, state.reporter).every((v) => v.point));
    return complete[complete.length - 1] ?? years[years.length - 1] ?? new Date().getFullYear();
  };

  const render = () => {
    const years = yearRange(trade.series, state.reporter);
    const year = state.year !== null && years.includes(state.year) ? state.year : latestComplete();
    state = { ...state, year };
    const values = valuesFor(trade.series, year, state.reporter);
    // On the map first, so that styling reaches drawn paths.
    toggle(layer.choropleth, state.trade);
    toggle(layer.flows, state.flows);
    layer.show(values, year, state.reporter);
    panel.update({ state: { ...state, year }, years, values });
    mapElement.dataset.tradeYear = String(year);
    mapElement.dataset.tradeReporter = state.reporter;
    history.replaceState(null, '', `${location.pathname}${writeState(state, location.search)}${location.hash}`);
  };
  return { render };
}

function toggle(layer: L.Layer, on: boolean): void {
  if (on && !map.hasLayer(layer)) layer.addTo(map);
  if (!on && map.hasLayer(layer)) map.removeLayer(layer);
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError && error.unreachable)
    return 'The map data server cannot be reached. Check that Corridor Atlas is running, then try again.';
  if (error instanceof ApiError) return `The map data could not be loaded (${error.message}).`;
  return `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
}

function capitalise(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Leaflet's layer control writes names as HTML; our titles come from data, so they are escaped first. */
function escapeHtml(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

void boot();
