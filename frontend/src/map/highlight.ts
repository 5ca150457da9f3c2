import L from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Overlay } from './overlay';
import './highlight.css';

/**
 * A feature to point out: its layer and id, and its line or point when it has one (countries are marked on their
 * layer).
 */
export interface HighlightedFeature {
  layer: string;
  id: string;
  geometry?: Geometry;
}

export interface Highlight {
  /** Marks the features, shows the layers that hold them, and fits the map to the box; replaces what was shown. */
  show(features: HighlightedFeature[], bbox: [number, number, number, number] | null): void;
  clear(): void;
}

/**
 * A halo under each line and point (drawn from the feature's own geometry, so that a network segment no layer draws,
 * or a line the year shown hides, is still pointed out), and the layer's own symbols marked with is-highlighted.
 * sameSegment names the layers that share their feature ids (layers/overlays.ts): a feature named on one of them is
 * marked on the others too.
 */
export function createHighlight(map: L.Map, overlays: Overlay[], sameSegment: ReadonlySet<string>): Highlight {
  if (!map.getPane('highlight')) map.createPane('highlight').style.zIndex = '445';
  const halos = L.geoJSON(undefined, {
    pane: 'highlight',
    interactive: false,
    style: {
      className: 'highlight-halo',
      color: '#ffab00',
      weight: 13,
      opacity: 0.6,
      lineCap: 'round',
      lineJoin: 'round',
    },
    pointToLayer: (_feature, latlng) =>
      L.circleMarker(latlng, {
        pane: 'highlight',
        className: 'highlight-halo',
        radius: 15,
        color: '#ffab00',
        weight: 3,
        fillColor: '#ffd54f',
        fillOpacity: 0.55,
        interactive: false,
      }),
  }).addTo(map);

  const clear = () => {
    halos.clearLayers();
    for (const overlay of overlays) overlay.setHighlight(new Set());
  };
  const show = (features: HighlightedFeature[], bbox: [number, number, number, number] | null) => {
    clear();
    for (const feature of features) {
      if (feature.geometry)
        halos.addData({
          type: 'Feature',
          id: `${feature.layer}/${feature.id}`,
          properties: {},
          geometry: feature.geometry,
        } as Feature);
    }
    for (const overlay of overlays) {
      const own = overlay.info.id;
      const ids = new Set(
        features.filter((f) => f.layer === own || (sameSegment.has(f.layer) && sameSegment.has(own))).map((f) => f.id),
      );
      if (ids.size === 0) continue;
      // Only the layer that names the feature is switched on; a corridor segment named as a network segment stays as
      // the reader left it.
      if (features.some((f) => f.layer === own) && !map.hasLayer(overlay.layer)) overlay.layer.addTo(map);
      overlay.setHighlight(ids);
    }
    if (bbox) map.fitBounds([[bbox[1], bbox[0]], [bbox[3], bbox[2]]], { padding: [40, 40], maxZoom: 7 });
  };
  return { show, clear };
}
