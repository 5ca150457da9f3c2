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
  /** Called with every collection drawn, for layers that reuse this geometry (the trade choropleth). */
  onLoaded: ((data: LayerData) => void) | null = null;

  constructor(
    private readonly layer: L.GeoJSON,
    private readonly url: (zoom: number) => string,
    readonly perZoom: boolean,
  ) {}

  async load(zoom: number): Promise<number> {
    if (this.loadedZoom !== null && (!this.perZoom || this.loadedZoom === zoom)) return this.layer.getLayers().length;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const data = await getJson<LayerData>(this.url(zoom), controller.signal);
    if (controller.signal.aborted) return this.layer.getLayers().length;
    this.layer.clearLayers();
    this.layer.addData(data);
    this.loadedZoom = zoom;
    this.onLoaded?.(data);
    return data.features.length;
  }
}
