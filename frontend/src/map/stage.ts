import L from 'leaflet';
import type { MapControl } from './control';
import type { Overlay } from './overlay';

export type Corner = 'topleft' | 'topright' | 'bottomleft' | 'bottomright';

/**
 * What a feature folder may do with the map without knowing Leaflet: move it, choose its layers, show the network as
 * of a year, switch a layer it built (through map/) on or off, and place its own element on the map.
 */
export interface MapStage {
  /** Moves the map to { lat, lon, zoom }. */
  showView(view: { lat: number; lon: number; zoom: number }): void;
  /** Shows exactly these overlays (by id) and hides the others. */
  showOverlays(ids: readonly string[]): void;
  /** Draws the dated layers as they stood at the end of the year; null is today. */
  setAsOf(year: number | null): void;
  /** Switches a layer or control made by a map/ module (the trade choropleth and its legend, say) on or off. */
  toggle(item: L.Layer | MapControl, on: boolean): void;
  /**
   * Places an element built elsewhere (plain DOM) on the map; clicks and scrolling in it stay off the map. Returns its
   * removal.
   */
  place(element: HTMLElement, corner: Corner): () => void;
}

export function createStage(map: L.Map, overlays: Overlay[]): MapStage {
  const controls = new Set<MapControl>();
  const toggle = (item: L.Layer | MapControl, on: boolean) => {
    if (!(item instanceof L.Layer)) {
      if (on && !controls.has(item)) (controls.add(item), item.addTo(map));
      if (!on && controls.has(item)) (controls.delete(item), item.remove());
      return;
    }
    if (on && !map.hasLayer(item)) item.addTo(map);
    if (!on && map.hasLayer(item)) map.removeLayer(item);
  };
  return {
    // A reader who asks for less motion gets the new view at once, with no pan or zoom animation.
    showView: (view) => {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      map.setView([view.lat, view.lon], view.zoom, { animate: !still });
    },
    showOverlays: (ids) => {
      for (const overlay of overlays) toggle(overlay.layer, ids.includes(overlay.info.id));
    },
    setAsOf: (year) => {
      for (const overlay of overlays) overlay.setAsOf(year);
    },
    toggle,
    place: (element, corner) => {
      L.DomEvent.disableClickPropagation(element);
      L.DomEvent.disableScrollPropagation(element);
      element.classList.add('leaflet-control');
      const control = new (L.Control.extend({ onAdd: () => element }))({ position: corner });
      control.addTo(map);
      return () => control.remove();
    },
  };
}
