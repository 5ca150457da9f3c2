import L from 'leaflet';
import type { Description } from '../format';
import { isLocal, localName } from '../i18n/names';
import type { FeatureProperties } from '../types';
import type { LayerInfo, Source } from '../contract';
import { GeoJsonSource } from './geoJsonSource';
import { featureLayers, mark, propertiesOf, styleOf, type FeatureLayer, type OverlayDrawing } from './overlayFeatures';
import type { LayerLook } from './styles';

export interface Overlay {
  info: LayerInfo;
  layer: L.GeoJSON;
  source: GeoJsonSource;
  /** Restyles a layer drawn for a year (visa-free travel) when the atlas's year changes; others ignore it. */
  setYear(year: number | null): void;
  /** Redraws a dated layer (the network) as it stood at the end of a year; null is today. Others ignore it. */
  setAsOf(year: number | null): void;
  /** Marks these features of the layer (class is-highlighted); an empty set marks none. */
  setHighlight(ids: ReadonlySet<string>): void;
  /** Its features as the Places list names them, in the order drawn. */
  entries(): { id: string; name: string; lang: string | null }[];
  /** Brings a feature into view and opens its facts. */
  open(id: string): void;
}

/**
 * A layer drawn for the year the atlas shows (visa-free travel), registered by the feature that owns it: its style, its
 * popup and the data-* attributes that let readers (and the browser tests) tell its features apart, for a year.
 */
export interface YearLayer {
  style(props: FeatureProperties, year: number | null): L.PathOptions;
  describe(props: FeatureProperties, year: number | null): Description;
  marks(props: FeatureProperties, year: number | null): Record<string, string>;
}

/**
 * What the map does not know by itself, passed in by the page: the map knows no layer's properties, its words nor
 * its look.
 */
export interface OverlayOptions {
  /** How a layer looks: its lines, areas and symbols (layers/styles.ts). */
  look(layerId: string): LayerLook;
  /** A feature's popup: its properties in words. */
  describe(props: FeatureProperties): Description;
  /** The layers drawn for the year, by layer id; the others are drawn once. */
  byYear?: ReadonlyMap<string, YearLayer>;
  /**
   * The network as it stood in a year: a feature's status then (styled as such), or null when it had not been begun
   * (not drawn).
   */
  asOf?: { layers: ReadonlySet<string>; statusAt(props: FeatureProperties, year: number | null): string | null };
  /** More lists for a feature's popup (its events, its dates), citing into the popup's own numbered source list. */
  popupExtras?: (
    layerId: string,
    featureId: string,
    props: FeatureProperties,
    sources: Source[],
  ) => Description['lists'];
}

/** One mission layer: its symbols, a popup per feature, and a source that refetches per zoom unless it is points. */
export function createOverlay(info: LayerInfo, options: OverlayOptions): Overlay {
  const points = info.geometryType.includes('Point');
  const drawing: OverlayDrawing = {
    info,
    options,
    look: options.look(info.id),
    byYear: options.byYear?.get(info.id) ?? null,
    dated: options.asOf?.layers.has(info.id) ? options.asOf : null,
    year: null,
    asOfYear: null,
    highlighted: new Set(),
  };
  const layer = featureLayers(drawing);
  const path = `/api/layers/${encodeURIComponent(info.id)}`;
  const source = new GeoJsonSource(layer, (zoom) => (points ? path : `${path}?zoom=${zoom}`), !points);
  const setYear = (next: number | null) => {
    if (!drawing.byYear || next === drawing.year) return;
    drawing.year = next;
    layer.eachLayer((featureLayer) => {
      (featureLayer as L.Path).setStyle(styleOf(drawing, propertiesOf(featureLayer)));
      mark(drawing, featureLayer);
    });
  };
  const setAsOf = (next: number | null) => {
    if (!drawing.dated || next === drawing.asOfYear) return;
    drawing.asOfYear = next;
    source.redraw();
  };
  const setHighlight = (ids: ReadonlySet<string>) => {
    drawing.highlighted = ids;
    layer.eachLayer((featureLayer) => {
      mark(drawing, featureLayer);
      const id = String((featureLayer as FeatureLayer).feature?.id ?? '');
      if (ids.has(id) && featureLayer instanceof L.Path) featureLayer.bringToFront();
    });
  };
  const entries = () => (layer.getLayers() as FeatureLayer[]).map((l) => {
    const props = propertiesOf(l);
    const name = localName(props) || info.title;
    return { id: String(l.feature?.id ?? ''), name, lang: isLocal(props) ? null : 'en' };
  });
  return { info, layer, source, setYear, setAsOf, setHighlight, entries, open: (id) => openFeature(layer, id) };
}

/** Brings a feature into view and opens its popup, whose heading takes the focus. */
function openFeature(layer: L.GeoJSON, id: string): void {
  const target = (layer.getLayers() as FeatureLayer[]).find((l) => String(l.feature?.id) === id);
  const map = (layer as unknown as { _map?: L.Map })._map;
  if (!target || !map) return;
  if (target instanceof L.Marker) map.setView(target.getLatLng(), Math.max(map.getZoom(), 6), { animate: false });
  else if ('getBounds' in target)
    map.fitBounds((target as L.Polyline).getBounds(), { padding: [40, 40], maxZoom: 7, animate: false });
  target.openPopup();
  // The facts take the focus, so a keyboard or screen-reader user reads them next; Escape closes them.
  const heading = target.getPopup()?.getElement()?.querySelector<HTMLElement>('.feature-title, h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}
