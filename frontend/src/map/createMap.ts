import L from 'leaflet';
import { t } from '../i18n/messages';

/** The map, as the feature folders hold it: they pass it back to map/ and never call Leaflet themselves. */
export type AtlasMap = L.Map;

/** Central Asia in the middle, China to the east and the Caucasus to the west at the first view. */
export const initialView = { center: L.latLng(41, 76), zoom: 4 } as const;

/**
 * Panes keep the drawing order whatever order layers load in: land, borders, trade, disputed areas, visa outlines,
 * flows, lines, points.
 */
export function createMap(
  element: HTMLElement,
  view: { center: L.LatLngExpression; zoom: number } = initialView,
): L.Map {
  const map = L.map(element, { minZoom: 2, maxZoom: 12, zoomSnap: 1, worldCopyJump: false, preferCanvas: false });
  map.setView(view.center, view.zoom);
  map.createPane('basemap').style.zIndex = '150';
  map.createPane('trade').style.zIndex = '410';
  map.createPane('disputed').style.zIndex = '420';
  map.createPane('visa').style.zIndex = '425';
  map.createPane('flows').style.zIndex = '430';
  map.createPane('lines').style.zIndex = '450';
  map.createPane('routes').style.zIndex = '460';
  // Place names above the symbols' shadows and below popups; they never take a click (styles.css).
  map.createPane('labels').style.zIndex = '620';
  // The controls first in the tab order, before the dozens of places on the map: Leaflet appends them after its panes.
  // They are positioned above the panes by z-index, so where they sit on screen does not change.
  const controls = element.querySelector('.leaflet-control-container');
  if (controls) element.prepend(controls);
  scales.set(map, new (LocalScale as unknown as typeof L.Control.Scale)({ imperial: false }).addTo(map));
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  // Escape closes the open popup wherever the focus is: Leaflet's own handler listens only while the map container
  // itself has focus, so a popup opened by clicking a symbol could not be closed from the keyboard.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && element.querySelector('.leaflet-popup')) map.closePopup();
  });
  return map;
}

/** Leaflet's scale bar writes "500 km"; this one writes the unit as the page's language does (500 км, 500公里). */
const LocalScale = L.Control.Scale.extend({
  _updateScale(this: L.Control.Scale, element: HTMLElement, text: string, ratio: number) {
    const [, value, unit] = /^(\d+) (k?m)$/.exec(text) ?? [];
    const local = value && unit === 'km' && t('unit.km') !== 'unit.km' ? t('unit.km', { value }) : text;
    (
      L.Control.Scale.prototype as unknown as { _updateScale(e: HTMLElement, s: string, r: number): void }
    )._updateScale.call(this, element, local, ratio);
  },
});
const scales = new WeakMap<L.Map, L.Control.Scale>();

/**
 * Leaflet's own controls in the page's language, once its words have loaded: the zoom buttons, the popups' close
 * button, the scale bar.
 */
export function localizeControls(map: L.Map): void {
  for (const [selector, key] of [
    ['.leaflet-control-zoom-in', 'map.zoomIn'],
    ['.leaflet-control-zoom-out', 'map.zoomOut'],
  ] as const) {
    const button = map.getContainer().querySelector(selector);
    button?.setAttribute('title', t(key));
    button?.setAttribute('aria-label', t(key));
  }
  map.on('popupopen', (event) =>
    event.popup
      .getElement()
      ?.querySelector('.leaflet-popup-close-button')
      ?.setAttribute('aria-label', t('map.closePopup')),
  );
  (scales.get(map) as unknown as { _update?(): void } | undefined)?._update?.();
}

/** The zoom the API simplifies for: the map's zoom, whole and within the API's 0–18. */
export function requestZoom(map: L.Map): number {
  return Math.min(18, Math.max(0, Math.round(map.getZoom())));
}
