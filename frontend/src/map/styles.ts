import L from 'leaflet';
import type { FeatureProperties } from '../types';

// Generic drawing only: how a layer looks is registered by the folder that owns the layer (layers/styles.ts), so
// map/ names no layer for its lines, symbols or legend.

/** The style of a layer's lines and areas, for the layers' owners, which do not import Leaflet. */
export type PathStyle = L.PathOptions;

export interface MarkerSymbol {
  className: string;
  size: number;
  zIndexOffset?: number;
}

/**
 * How one layer looks, registered by its owner: map/overlay.ts draws with it and knows no layer by its id. The
 * properties are a feature's as shown (for a dated layer, with its status in the year shown).
 */
export interface LayerLook {
  /** Its lines and areas. */
  path(props: FeatureProperties): L.PathOptions;
  /**
   * Its points: the class of the symbol's shape (styles.css), the symbol's size in pixels, and how far above the other
   * symbols it is drawn (Leaflet's zIndexOffset; 0 when absent).
   */
  symbol(props: FeatureProperties): MarkerSymbol;
  /** A pane of its own (map/createMap.ts), above the other areas, instead of the shared one. */
  pane?: string;
  /** Areas filled with diagonal hatching of this colour (map/hatch.ts) rather than a plain fill. */
  hatch?: string;
}

/**
 * For every GeoJSON layer: the API already simplified the geometry for the zoom it was asked for, so Leaflet's own
 * simplification (smoothFactor) would only repeat that work on every redraw; it was a tenth of the first view's script.
 */
export const presimplified = { smoothFactor: 0 } as const satisfies L.PolylineOptions;

/**
 * Polygons under everything else; a layer with a pane of its own (disputed areas) and the outlines of a layer drawn
 * for the year (visa-free travel, OverlayOptions.byYear) above the trade colours; lines in one pane.
 */
export function paneOf(look: LayerLook, geometryType: string, byYear = false): string {
  if (look.pane) return look.pane;
  if (byYear) return 'visa';
  return geometryType.includes('Polygon') ? 'overlayPane' : 'lines';
}

/**
 * Markers are focusable divs (Leaflet gives them role=button). Leaflet positions the outer div with a transform,
 * so the shape (a class in styles.css, rotated for crossings) sits on an inner element.
 */
export function markerIcon(symbol: { className: string; size: number }): L.DivIcon {
  const shape = document.createElement('span');
  shape.className = symbol.className;
  return L.divIcon({ html: shape, className: 'symbol-anchor', iconSize: [symbol.size, symbol.size] });
}
