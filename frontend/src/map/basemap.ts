import L from 'leaflet';
import { t } from '../i18n/messages';
import type { BasemapInfo } from '../contract';
import { GeoJsonSource } from './geoJsonSource';
import { presimplified } from './styles';

/** The built-in basemap's land and boundaries, under the mission layers. */
const colours = { land: '#f4f1ea', boundary: '#a39d94' } as const;

export interface Basemap {
  /** The built-in Natural Earth basemap: land (the sea is the map's background) and country boundaries. */
  offline: L.LayerGroup;
  /** OpenStreetMap (or another tile server), only where the server's configuration switches it on. */
  online: L.TileLayer | null;
  sources: GeoJsonSource[];
}

export function createBasemap(info: BasemapInfo): Basemap {
  // SVG, not canvas: a map-sized canvas is redrawn on the main thread and copied again at every frame, which without a
  // GPU cost the first view ~150 ms more than the same paths in SVG (bench/). None of them is interactive.
  const renderer = L.svg({ pane: 'basemap', padding: 0.5 });
  const styleOf: Record<string, L.PathOptions> = {
    land: { stroke: false, fillColor: colours.land, fillOpacity: 1 },
    boundaries: { color: colours.boundary, weight: 0.8, opacity: 1 },
  };
  const offline = L.layerGroup();
  const sources = info.layers.map((layerInfo) => {
    const layer = L.geoJSON(undefined, {
      ...presimplified,
      pane: 'basemap',
      renderer,
      interactive: false,
      style: styleOf[layerInfo.id] ?? {},
    } as L.GeoJSONOptions);
    offline.addLayer(layer);
    return new GeoJsonSource(layer, (zoom) => `/api/basemap/${encodeURIComponent(layerInfo.id)}?zoom=${zoom}`, true);
  });
  offline.getAttribution = () =>
    t('attribution.basemap', { link: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>' });
  const online = info.onlineTiles
    ? L.tileLayer(info.onlineTiles.url, {
        attribution: info.onlineTiles.attribution,
        maxZoom: info.onlineTiles.maxZoom,
      })
    : null;
  return { offline, online, sources };
}
