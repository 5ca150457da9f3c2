import L from 'leaflet';
import type { AtlasMap } from './createMap';
import { nameForKeyboard } from './keyboardNames';

export interface RouteLine {
  id: string;
  /** [longitude, latitude] pairs, as GeoJSON has them. */
  coordinates: number[][];
  colour: string;
  tooltip: string;
}

/** The routes being compared, each in its colour, above the corridor lines; the view fits them. */
export class RouteLayer {
  readonly group = L.layerGroup([], { pane: 'routes' });

  constructor(private readonly map: AtlasMap) {
    this.group.addTo(map);
  }

  show(routes: RouteLine[]): void {
    this.group.clearLayers();
    const bounds = L.latLngBounds([]);
    for (const route of routes) {
      const line = L.polyline(
        route.coordinates.map(([lon, lat]) => L.latLng(lat!, lon!)),
        {
          pane: 'routes',
          color: route.colour,
          weight: 6,
          opacity: 0.85,
          lineJoin: 'round',
          className: `route-line route-line-${route.id}`,
        },
      );
      line.bindTooltip(route.tooltip, { sticky: true });
      nameForKeyboard(line, () => route.tooltip);
      this.group.addLayer(line);
      bounds.extend(line.getBounds());
    }
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
  }
}
