import L from 'leaflet';
import type { Description } from '../format';
import { isLocal, localName } from '../i18n/names';
import type { FeatureProperties } from '../types';
import type { LayerInfo, Source } from '../contract';
import { GeoJsonSource } from './geoJsonSource';
import { hatchedRenderer } from './hatch';
import { popupContent, popupRoom } from './popup';
import { markerIcon, paneOf, presimplified, type LayerLook } from './styles';

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

type FeatureLayer = L.Layer & { feature?: GeoJSON.Feature };

const propertiesOf = (layer: FeatureLayer) => (layer.feature?.properties ?? {}) as FeatureProperties;

/** One mission layer: its symbols, a popup per feature, and a source that refetches per zoom unless it is points. */
export function createOverlay(info: LayerInfo, options: OverlayOptions): Overlay {
  const points = info.geometryType.includes('Point');
  const byYear = options.byYear?.get(info.id) ?? null;
  let year: number | null = null;
  const dated = options.asOf?.layers.has(info.id) ? options.asOf : null;
  let asOfYear: number | null = null;
  let highlighted: ReadonlySet<string> = new Set();
  // A dated feature is drawn with the status it had in the year shown: dashed while it was being built.
  const asShown = (props: FeatureProperties): FeatureProperties =>
    dated ? { ...props, status: dated.statusAt(props, asOfYear) } : props;
  const look = options.look(info.id);
  const styleOf = (props: FeatureProperties) => (byYear ? byYear.style(props, year) : look.path(asShown(props)));
  const withExtras = (description: Description, featureId: string, props: FeatureProperties): Description => {
    description.lists.push(...(options.popupExtras?.(info.id, featureId, props, description.sources) ?? []));
    return description;
  };
  // Lets readers of the page (and its browser test) tell which line is which, and which outline is in which class.
  const mark = (featureLayer: FeatureLayer) => {
    const id = String(featureLayer.feature?.id ?? '');
    if (featureLayer instanceof L.Marker) {
      const icon = featureLayer.getElement();
      icon?.setAttribute('data-feature-id', id);
      icon?.classList.toggle('is-highlighted', highlighted.has(id));
      return;
    }
    if (!(featureLayer instanceof L.Path)) return;
    const element = featureLayer.getElement();
    if (!element) return;
    element.setAttribute('data-feature-id', id);
    element.classList.toggle('is-highlighted', highlighted.has(id));
    if (dated) element.setAttribute('data-status', String(asShown(propertiesOf(featureLayer)).status));
    if (!byYear) return;
    for (const [name, value] of Object.entries(byYear.marks(propertiesOf(featureLayer), year)))
      element.setAttribute(name, value);
  };

  const pane = paneOf(look, info.geometryType, byYear !== null);
  const layer: L.GeoJSON = L.geoJSON(undefined, {
    ...presimplified,
    pane,
    // Hatched areas (disputed territory) are drawn by a renderer of their own, which carries the pattern.
    ...(look.hatch ? { renderer: hatchedRenderer(pane, look.hatch) } : {}),
    style: (feature) => styleOf(feature?.properties ?? {}),
    // Not yet begun in the year shown: not drawn at all.
    filter: (feature) => !dated || dated.statusAt((feature.properties ?? {}) as FeatureProperties, asOfYear) !== null,
    pointToLayer: (feature, latlng) => {
      const props = asShown((feature.properties ?? {}) as FeatureProperties);
      // A dry port sits a few kilometres from the border crossing it serves: drawn above it, so both stay clickable.
      const zIndexOffset = props.kind === 'dry-port' ? 1000 : 0;
      return L.marker(latlng, {
        icon: markerIcon(look.symbol(props)),
        title: localName(props) || info.title,
        keyboard: true,
        riseOnHover: true,
        zIndexOffset,
      });
    },
    onEachFeature: (feature, featureLayer) => {
      const props = (feature.properties ?? {}) as FeatureProperties;
      const id = String(feature.id ?? '');
      featureLayer.bindPopup(
        () =>
          byYear
            ? popupContent(withExtras(byYear.describe(props, year), id, props))
            : sharedPopup(layer, props, options.describe, (d) => withExtras(d, id, props)),
        {
          maxHeight: 440,
          // Keep popups clear of the layer control and legend on the right (on a wide screen).
          ...popupRoom({ maxWidth: 360, paddingLeft: 60, paddingRight: 300 }),
        },
      );
      featureLayer.on('add', () => {
        mark(featureLayer);
        // A symbol titled with a name no source gives in the page's language says its title is English.
        if (featureLayer instanceof L.Marker && !isLocal(props)) featureLayer.getElement()?.setAttribute('lang', 'en');
      });
    },
  });
  const path = `/api/layers/${encodeURIComponent(info.id)}`;
  const source = new GeoJsonSource(layer, (zoom) => (points ? path : `${path}?zoom=${zoom}`), !points);
  const setYear = (next: number | null) => {
    if (!byYear || next === year) return;
    year = next;
    layer.eachLayer((featureLayer) => {
      (featureLayer as L.Path).setStyle(styleOf(propertiesOf(featureLayer)));
      mark(featureLayer);
    });
  };
  const setAsOf = (next: number | null) => {
    if (!dated || next === asOfYear) return;
    asOfYear = next;
    source.redraw();
  };
  const setHighlight = (ids: ReadonlySet<string>) => {
    highlighted = ids;
    layer.eachLayer((featureLayer) => {
      mark(featureLayer);
      if (ids.has(String((featureLayer as FeatureLayer).feature?.id ?? '')) && featureLayer instanceof L.Path)
        featureLayer.bringToFront();
    });
  };
  const featureLayers = () => layer.getLayers() as FeatureLayer[];
  const entries = () => featureLayers().map((l) => {
    const props = propertiesOf(l);
    return {
      id: String(l.feature?.id ?? ''),
      name: localName(props) || info.title,
      lang: isLocal(props) ? null : 'en',
    };
  });
  const open = (id: string) => {
    const target = featureLayers().find((l) => String(l.feature?.id) === id);
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
  };
  return { info, layer, source, setYear, setAsOf, setHighlight, entries, open };
}

/**
 * Features drawn on one route (the gas pipeline's Lines A, B and C) lie on top of each other, so a click reaches only
 * the top one: its popup describes every feature of the route.
 */
function sharedPopup(
  layer: L.GeoJSON,
  props: FeatureProperties,
  describe: OverlayOptions['describe'],
  extend: (description: Description) => Description,
): HTMLElement {
  const route = props.sharedRoute;
  if (typeof route !== 'string') return popupContent(extend(describe(props)));
  const together: FeatureProperties[] = [];
  layer.eachLayer((featureLayer) => {
    const other = propertiesOf(featureLayer);
    if (other.sharedRoute === route) together.push(other);
  });
  const container = document.createElement('div');
  container.className = 'feature-popups';
  container.append(...together.map((p) => popupContent(describe(p))));
  return container;
}
