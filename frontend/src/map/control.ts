import L from 'leaflet';
import type { AtlasMap } from './createMap';

export type ControlPosition = 'topleft' | 'topright' | 'bottomleft' | 'bottomright';

/** An element of the page placed on the map as a control; clicks and scrolls on it stay off the map. */
/** A control of the map built from plain DOM: added and removed, nothing else. */
export interface MapControl {
  addTo(map: AtlasMap): void;
  remove(): void;
}

export function mapControl(element: HTMLElement, position: ControlPosition): MapControl {
  L.DomEvent.disableClickPropagation(element);
  L.DomEvent.disableScrollPropagation(element);
  const control = new (L.Control.extend({ onAdd: () => element }))({ position });
  return { addTo: (map) => void control.addTo(map), remove: () => void control.remove() };
}

/** Shows or hides a layer of the map. */
export function toggleLayer(map: AtlasMap, layer: L.Layer, on: boolean): void {
  if (on && !map.hasLayer(layer)) layer.addTo(map);
  if (!on && map.hasLayer(layer)) map.removeLayer(layer);
}

/** The map's centre and zoom, for permalinks, citations and widgets. */
export function viewOf(map: AtlasMap): { lat: number; lon: number; zoom: number } {
  const c = map.getCenter();
  return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
}
