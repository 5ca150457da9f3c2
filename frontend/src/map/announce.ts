import type L from 'leaflet';

/**
 * Tells screen-reader users, politely, where the map has moved (by the keyboard, a tour step, a place chosen in the
 * Places list): one sentence in a live region after each move ends, never for the first view.
 */
type Describe = (view: { lat: number; lon: number; zoom: number }) => string;

export function announceMoves(map: L.Map, region: HTMLElement, describe: Describe): void {
  region.setAttribute('aria-live', 'polite');
  map.on('moveend', () => {
    const centre = map.getCenter();
    region.textContent = describe({ lat: centre.lat, lon: centre.lng, zoom: map.getZoom() });
  });
}
