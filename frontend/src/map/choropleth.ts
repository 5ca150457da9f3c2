import L from 'leaflet';
import type { LayerData } from '../types';
import { mapControl, type MapControl } from './control';
import type { AtlasMap } from './createMap';
import { nameForKeyboard } from './keyboardNames';
import { popupRoom } from './popup';
import { presimplified } from './styles';

/** What a choropleth of countries shows, told by the feature that owns the figures (the trade tab, say). */
export interface ChoroplethContent {
  /** Which countries (ISO 3166-1 alpha-3) are coloured. */
  include(iso3: string): boolean;
  fill(iso3: string): { colour: string; known: boolean };
  popup(iso3: string): HTMLElement;
  tooltip(iso3: string): string;
}

export interface FlowLine {
  id: string;
  from: [number, number];
  to: [number, number];
  width: number;
  /** Text, or a function that makes it each time the tooltip opens (figures formatted only for readers who point). */
  tooltip: string | (() => string);
}

/**
 * Countries coloured by a value (the borders geometry reused), flow lines between places, and a legend beside the map.
 * It draws what it is given: the figures, their words and their classes belong to the caller.
 */
export class ChoroplethLayer {
  readonly areas: L.GeoJSON;
  readonly flows = L.layerGroup([], { pane: 'flows' });
  /** The legend as a map control: the page adds it with addLegendTo, a tour shows and hides it by step. */
  readonly legend: MapControl;

  constructor(
    private readonly content: ChoroplethContent,
    legend: HTMLElement,
    private readonly arc: (from: [number, number], to: [number, number]) => [number, number][],
  ) {
    this.areas = L.geoJSON(undefined, {
      ...presimplified,
      pane: 'trade',
      filter: (feature) => content.include(String(feature.properties?.iso3)),
      style: (feature) => this.styleOf(String(feature?.properties?.iso3)),
      onEachFeature: (feature, layer) => {
        const iso3 = String(feature.properties?.iso3);
        layer.bindPopup(() => content.popup(iso3), popupRoom({ maxWidth: 340, paddingLeft: 380, paddingRight: 300 }));
        layer.bindTooltip(() => content.tooltip(iso3), { sticky: true });
        nameForKeyboard(
          layer as L.Path,
          () => content.tooltip(iso3),
          () => layer.openPopup(),
        );
      },
    });
    this.legend = mapControl(legend, 'bottomleft');
  }

  addLegendTo(map: AtlasMap): void {
    this.legend.addTo(map);
  }

  setBorders(data: LayerData): void {
    this.areas.clearLayers();
    this.areas.addData(data);
    this.restyle();
  }

  restyle(): void {
    this.areas.eachLayer((layer) => {
      const feature = (layer as L.Path & { feature?: GeoJSON.Feature }).feature;
      const iso3 = String(feature?.properties?.iso3);
      (layer as L.Path).setStyle(this.styleOf(iso3));
      // Lets readers of the page (and its browser test) tell which area is which country.
      (layer as L.Path).getElement()?.setAttribute('data-iso3', iso3);
    });
  }

  drawFlows(lines: FlowLine[]): void {
    this.flows.clearLayers();
    for (const flow of lines) {
      const line = L.polyline(this.arc(flow.from, flow.to), {
        pane: 'flows',
        color: '#6a1b9a',
        opacity: 0.6,
        weight: flow.width,
        lineCap: 'round',
        interactive: true,
        className: `trade-flow trade-flow-${flow.id}`,
      });
      line.bindTooltip(flow.tooltip, { sticky: true });
      const tooltip = flow.tooltip;
      nameForKeyboard(line, typeof tooltip === 'string' ? () => tooltip : tooltip);
      this.flows.addLayer(line);
    }
  }

  private styleOf(iso3: string): L.PathOptions {
    const { colour, known } = this.content.fill(iso3);
    return known
      ? { fillColor: colour, fillOpacity: 0.85, color: '#37474f', weight: 1.2, dashArray: undefined }
      : { fillColor: colour, fillOpacity: 0.6, color: '#616161', weight: 1.2, dashArray: '4 3' };
  }
}
