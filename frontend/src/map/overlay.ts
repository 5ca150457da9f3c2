import L from 'leaflet';
import { describe } from '../format';
import type { FeatureProperties, LayerInfo } from '../types';
import { GeoJsonSource } from './geoJsonSource';
import { hatchedRenderer } from './hatch';
import { popupContent } from './popup';
import { markerIcon, pathStyle, presimplified } from './styles';

export interface Overlay {
  info: LayerInfo;
  layer: L.GeoJSON;
  source: GeoJsonSource;
}

/** One mission layer: its symbols, a popup per feature, and a source that refetches per zoom unless it is points. */
export function createOverlay(info: LayerInfo): Overlay {
  const points = info.geometryType.includes('Point');
  const polygons = info.geometryType.includes('Polygon');
  // Disputed areas sit above the trade colours in their own pane, hatched by their own renderer.
  const disputed = info.id === 'disputed';
  const layer = L.geoJSON(undefined, {
    ...presimplified,
    pane: disputed ? 'disputed' : polygons ? 'overlayPane' : 'lines',
    ...(disputed ? { renderer: hatchedRenderer('disputed') } : {}),
    style: (feature) => pathStyle(info.id, feature?.properties ?? {}),
    pointToLayer: (feature, latlng) => {
      const props = (feature.properties ?? {}) as FeatureProperties;
      // A dry port sits a few kilometres from the border crossing it serves: drawn above it, so both stay clickable.
      const zIndexOffset = props.kind === 'dry-port' ? 1000 : 0;
      return L.marker(latlng, { icon: markerIcon(info.id, props), title: String(props.name ?? info.title), keyboard: true, riseOnHover: true, zIndexOffset });
    },
    onEachFeature: (feature, featureLayer) => {
      // Lets readers of the page (and its browser test) tell which area is which.
      if (featureLayer instanceof L.Path) featureLayer.on('add', () => featureLayer.getElement()?.setAttribute('data-feature-id', String(feature.id)));
      featureLayer.bindPopup(() => popupContent(describe((feature.properties ?? {}) as FeatureProperties)), {
        maxWidth: 360,
        // Keep popups clear of the layer control and legend on the right.
        autoPanPaddingTopLeft: [60, 24],
        autoPanPaddingBottomRight: [300, 24],
      });
    },
  });
  const path = `/api/layers/${encodeURIComponent(info.id)}`;
  const source = new GeoJsonSource(layer, (zoom) => (points ? path : `${path}?zoom=${zoom}`), !points);
  return { info, layer, source };
}
