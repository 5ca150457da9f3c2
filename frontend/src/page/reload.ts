import type { AtlasMap } from '../map/createMap';
import { requestZoom } from '../map/createMap';
import type { Basemap } from '../map/basemap';
import { loadTogether } from '../map/geoJsonSource';
import { isShown } from '../map/layerControl';
import type { Overlay } from '../map/overlay';
import type { Status } from '../shell/status';

export interface ReloadParts {
  map: AtlasMap;
  mapElement: HTMLElement;
  status: Status;
  basemap: Basemap;
  overlays: Overlay[];
  /** Redraws what follows the layers drawn: the trade colours, the year's outlines, the network as of a year. */
  drawn(): void;
  /** Fills the side panel, once the layers are on screen. */
  fillPanel(): void;
  /** A layer switched on later has been drawn. */
  drawnLater(): void;
  failed(error: unknown): void;
}

/**
 * Fetches and draws what the view needs, at first and after every zoom. Only the layers on the map are fetched (and
 * the borders, whose outlines the trade colours and labels reuse); a layer switched on later, by the reader, the
 * timeline or the tour, is fetched then (listenForLayers).
 */
export function connectReload(parts: ReloadParts) {
  const { map, mapElement, status, basemap, overlays } = parts;
  const needed = () => overlays.filter((o) => isShown(map, o) || o.info.id === 'borders');
  const markDrawn = (drawn: Overlay[]) => {
    // An attribute, not dataset: a layer id may hold a hyphen ("visa-free"), which dataset names cannot.
    for (const overlay of drawn) mapElement.setAttribute(`data-layer-${overlay.info.id}`, 'drawn');
  };
  let reloads = 0;
  const reload = async () => {
    const generation = ++reloads;
    const drawn = needed();
    const sources = [...basemap.sources, ...drawn.map((o) => o.source)];
    let fetched = 0;
    await loadTogether(sources, requestZoom(map), () => status.progress(++fetched, sources.length));
    markDrawn(drawn);
    parts.drawn();
    performance.mark('atlas:layers-drawn');
    // The side panel is filled once the layers are on screen: its figures' number formats (ICU's, loaded on first use)
    // would otherwise hold back the first frame of the map by a tenth of a second.
    await afterPaint();
    // A newer reload (a zoom meanwhile) finishes the page itself, and may have reported an error this must not hide.
    if (generation !== reloads) return;
    parts.fillPanel();
    status.ready();
  };
  map.on('zoomend', () => {
    reload().catch(parts.failed);
  });
  const showLater = (overlay: Overlay) => () => {
    loadTogether([overlay.source], requestZoom(map))
      .then(() => (markDrawn([overlay]), parts.drawnLater()))
      .catch(parts.failed);
  };
  const listenForLayers = () => {
    for (const overlay of overlays) overlay.layer.on('add', showLater(overlay));
  };
  return { reload, listenForLayers };
}

/**
 * Resolves once the browser has drawn the next frame, or after a tenth of a second if it draws none (a tab hidden
 * before or during the load draws no frames, and its timers run late, but they run).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
