import L from 'leaflet';

/** The map, as the feature folders hold it: they pass it back to map/ and never call Leaflet themselves. */
export type AtlasMap = L.Map;

/** Central Asia in the middle, China to the east and the Caucasus to the west at the first view. */
export const initialView = { center: L.latLng(41, 76), zoom: 4 } as const;

/** Panes keep the drawing order whatever order layers load in: land, borders, trade, disputed areas, visa outlines, flows,
 * lines, points. */
export function createMap(element: HTMLElement, view: { center: L.LatLngExpression; zoom: number } = initialView): L.Map {
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
  L.control.scale({ imperial: false }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  // Escape closes the open popup wherever the focus is: Leaflet's own handler listens only while the map container
  // itself has focus, so a popup opened by clicking a symbol could not be closed from the keyboard.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && element.querySelector('.leaflet-popup')) map.closePopup();
  });
  return map;
}

/** The zoom the API simplifies for: the map's zoom, whole and within the API's 0–18. */
export function requestZoom(map: L.Map): number {
  return Math.min(18, Math.max(0, Math.round(map.getZoom())));
}
