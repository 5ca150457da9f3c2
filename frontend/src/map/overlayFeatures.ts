// How one overlay draws its features: their styles and symbols, their popups, and the data-* marks that let readers
// (and the browser tests) tell them apart. map/overlay.ts holds the state that changes (the years, the highlight).
import L from 'leaflet';
import type { Description } from '../format';
import { isLocal, localName } from '../i18n/names';
import type { FeatureProperties } from '../types';
import type { LayerInfo } from '../contract';
import { hatchedRenderer } from './hatch';
import type { OverlayOptions, YearLayer } from './overlay';
import { popupContent, popupRoom } from './popup';
import { markerIcon, paneOf, presimplified, type LayerLook } from './styles';

export type FeatureLayer = L.Layer & { feature?: GeoJSON.Feature };

/** One overlay's rules, as registered for its layer, and the state it is drawn in. */
export interface OverlayDrawing {
  info: LayerInfo;
  options: OverlayOptions;
  look: LayerLook;
  /** Its rules for a year, when it is drawn for the year the atlas shows (visa-free travel). */
  byYear: YearLayer | null;
  /** The network's dates, when the layer is drawn as it stood in a year. */
  dated: OverlayOptions['asOf'] | null;
  year: number | null;
  asOfYear: number | null;
  highlighted: ReadonlySet<string>;
}

export const propertiesOf = (layer: FeatureLayer) => (layer.feature?.properties ?? {}) as FeatureProperties;

/** A dated feature is drawn with the status it had in the year shown: dashed while it was being built. */
const asShown = (d: OverlayDrawing, props: FeatureProperties): FeatureProperties =>
  d.dated ? { ...props, status: d.dated.statusAt(props, d.asOfYear) } : props;

export const styleOf = (d: OverlayDrawing, props: FeatureProperties) =>
  d.byYear ? d.byYear.style(props, d.year) : d.look.path(asShown(d, props));

/** Lets readers of the page (and its browser test) tell which line is which, and which outline is in which class. */
export function mark(d: OverlayDrawing, featureLayer: FeatureLayer): void {
  const id = String(featureLayer.feature?.id ?? '');
  if (featureLayer instanceof L.Marker) {
    const icon = featureLayer.getElement();
    icon?.setAttribute('data-feature-id', id);
    icon?.classList.toggle('is-highlighted', d.highlighted.has(id));
    return;
  }
  if (!(featureLayer instanceof L.Path)) return;
  const element = featureLayer.getElement();
  if (!element) return;
  element.setAttribute('data-feature-id', id);
  element.classList.toggle('is-highlighted', d.highlighted.has(id));
  if (d.dated) element.setAttribute('data-status', String(asShown(d, propertiesOf(featureLayer)).status));
  if (!d.byYear) return;
  for (const [name, value] of Object.entries(d.byYear.marks(propertiesOf(featureLayer), d.year)))
    element.setAttribute(name, value);
}

/** The overlay's GeoJSON layer, in its pane, drawing each feature as the drawing's state says. */
export function featureLayers(d: OverlayDrawing): L.GeoJSON {
  const pane = paneOf(d.look, d.info.geometryType, d.byYear !== null);
  const layer: L.GeoJSON = L.geoJSON(undefined, {
    ...presimplified,
    pane,
    // Hatched areas (disputed territory) are drawn by a renderer of their own, which carries the pattern.
    ...(d.look.hatch ? { renderer: hatchedRenderer(pane, d.look.hatch) } : {}),
    style: (feature) => styleOf(d, feature?.properties ?? {}),
    // Not yet begun in the year shown: not drawn at all.
    filter: (feature) =>
      !d.dated || d.dated.statusAt((feature.properties ?? {}) as FeatureProperties, d.asOfYear) !== null,
    pointToLayer: (feature, latlng) => {
      const props = asShown(d, (feature.properties ?? {}) as FeatureProperties);
      const { zIndexOffset = 0, ...symbol } = d.look.symbol(props);
      const title = localName(props) || d.info.title;
      return L.marker(latlng, { icon: markerIcon(symbol), title, keyboard: true, riseOnHover: true, zIndexOffset });
    },
    onEachFeature: (feature, featureLayer) => {
      const props = (feature.properties ?? {}) as FeatureProperties;
      featureLayer.bindPopup(() => popupOf(d, layer, props, String(feature.id ?? '')), {
        maxHeight: 440,
        // Keep popups clear of the layer control and legend on the right (on a wide screen).
        ...popupRoom({ maxWidth: 360, paddingLeft: 60, paddingRight: 300 }),
      });
      featureLayer.on('add', () => {
        mark(d, featureLayer);
        // A symbol titled with a name no source gives in the page's language says its title is English.
        if (featureLayer instanceof L.Marker && !isLocal(props)) featureLayer.getElement()?.setAttribute('lang', 'en');
      });
    },
  });
  return layer;
}

/** A feature's popup: its description (for the year shown, on a year layer) with the page's extra lists. */
function popupOf(d: OverlayDrawing, layer: L.GeoJSON, props: FeatureProperties, id: string): HTMLElement {
  const withExtras = (description: Description): Description => {
    description.lists.push(...(d.options.popupExtras?.(d.info.id, id, props, description.sources) ?? []));
    return description;
  };
  return d.byYear
    ? popupContent(withExtras(d.byYear.describe(props, d.year)))
    : sharedPopup(layer, props, d.options.describe, withExtras);
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
