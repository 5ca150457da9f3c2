import L from 'leaflet';
import { t } from '../i18n/messages';
import type { Basemap } from './basemap';
import type { AtlasMap } from './createMap';
import type { Overlay } from './overlay';

/** Leaflet's layer control writes names as HTML; our titles come from data, so they are escaped first. */
function escapeHtml(text: string): string {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

/**
 * Leaflet's layer control, open, measuring the room for its list once a frame: Leaflet measures the map each time the
 * control is added or given a layer, which made the browser lay the whole page out an extra time before the first view.
 * Overrides a private method of Leaflet 1.9 (pinned in package.json): check it at the next upgrade.
 */
const ExpandedLayers = L.Control.Layers.extend({
  _expandIfNotCollapsed(this: L.Control.Layers & { _map?: L.Map; _container: HTMLElement; _measuring?: boolean }) {
    if (!this._map || this.options.collapsed) return this;
    this._container.classList.add('leaflet-control-layers-expanded');
    if (!this._measuring) {
      this._measuring = true;
      requestAnimationFrame(() => {
        this._measuring = false;
        if (this._map) this.expand();
      });
    }
    return this;
  },
}) as unknown as typeof L.Control.Layers;

/**
 * The layer control: the basemaps (where there is a choice) and every mission layer by its title in the page's
 * language.
 */
export function addLayerControl(map: AtlasMap, basemap: Basemap, overlays: Overlay[]): void {
  const baseLayers: L.Control.LayersObject = basemap.online
    ? {
        [escapeHtml(t('layers.basemapOffline'))]: basemap.offline,
        [escapeHtml(t('layers.basemapOnline'))]: basemap.online,
      }
    : {};
  const overlayControl = Object.fromEntries(overlays.map((o) => [escapeHtml(o.info.title), o.layer]));
  new ExpandedLayers(baseLayers, overlayControl, { collapsed: false, position: 'topright' }).addTo(map);
  // Leaflet names its checkbox list nowhere; a label tells screen readers what the group is.
  map.getContainer().querySelector('.leaflet-control-layers')?.setAttribute('aria-label', t('layers.label'));
}

/** Calls back when the reader turns a mission layer on or off. */
export function onLayersToggled(map: AtlasMap, listener: () => void): void {
  map.on('overlayadd overlayremove', listener);
}

/** Whether a layer is on the map. */
export const isShown = (map: AtlasMap, overlay: Overlay): boolean => map.hasLayer(overlay.layer);
