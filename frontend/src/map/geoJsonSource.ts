import type L from 'leaflet';
import { getJson } from '../api';
import type { LayerData } from '../types';

/**
 * Fills a Leaflet GeoJSON layer from the API, and again when the zoom changes for layers whose detail
 * depends on it. A newer request cancels an older one, so a slow answer never replaces a newer view.
 */
export class GeoJsonSource {
  private controller: AbortController | null = null;
  private loadedZoom: number | null = null;
  private readonly listeners: ((data: LayerData) => void)[] = [];
  /** The collection drawn last, for listeners that come later. */
  data: LayerData | null = null;

  constructor(
    private readonly layer: L.GeoJSON,
    private readonly url: (zoom: number) => string,
    readonly perZoom: boolean,
  ) {}

  /**
   * Calls back with every collection drawn: for what reuses this geometry or names (the trade choropleth, the labels).
   */
  listen(listener: (data: LayerData) => void): void {
    this.listeners.push(listener);
    if (this.data) listener(this.data);
  }

  /**
   * Fetches what the zoom needs and returns the step that draws it: nothing when the layer is current or superseded.
   */
  async fetch(zoom: number): Promise<() => void> {
    if (this.loadedZoom !== null && (!this.perZoom || this.loadedZoom === zoom)) return () => {};
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    let data: LayerData;
    try {
      data = await getJson<LayerData>(this.url(zoom), controller.signal);
    } catch (error) {
      // Superseded by a newer zoom (a tour step, a quick zoom): the newer request draws; this one is no error.
      if (controller.signal.aborted) return () => {};
      throw error;
    }
    return () => {
      if (controller.signal.aborted) return;
      this.layer.clearLayers();
      this.layer.addData(data);
      this.loadedZoom = zoom;
      this.data = data;
      for (const listener of this.listeners) listener(data);
    };
  }

  /** Draws the same collection again, for a layer whose filter or styles changed (the network "as of" a year). */
  redraw(): void {
    if (!this.data) return;
    this.layer.clearLayers();
    this.layer.addData(this.data);
  }
}

/**
 * Fetches every source for the zoom, then draws them all in one task. Drawn one by one as answers arrive, each layer
 * cost the browser a frame of its own (layout, paint, rasterising the whole map again): on two cores that was most of
 * the time to the first full map.
 */
export async function loadTogether(sources: GeoJsonSource[], zoom: number, onFetched?: () => void): Promise<void> {
  const draws = await Promise.all(sources.map((source) => source.fetch(zoom).then((draw) => (onFetched?.(), draw))));
  for (const draw of draws) draw();
}
