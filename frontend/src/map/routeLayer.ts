import L from 'leaflet';
import { countryName } from '../format';
import { formatDays, type RouteMetrics } from '../routes/types';

/** The routes in the comparison table, each in its colour, above the corridor lines. */
export class RouteLayer {
  readonly group = L.layerGroup([], { pane: 'routes' });

  show(metrics: RouteMetrics[], colours: Map<string, string>, fit: (bounds: L.LatLngBounds) => void): void {
    this.group.clearLayers();
    const bounds = L.latLngBounds([]);
    for (const m of metrics) {
      const latlngs = m.geometry.coordinates.map(([lon, lat]) => L.latLng(lat!, lon!));
      const line = L.polyline(latlngs, {
        pane: 'routes', color: colours.get(m.id) ?? '#333', weight: 6, opacity: 0.85, lineJoin: 'round',
        className: `route-line route-line-${m.id}`,
      });
      line.bindTooltip(`${m.name}: ${Math.round(m.lengthKm).toLocaleString('en-GB')} km, ${m.countries.map(countryName).join(' → ')}, ${formatDays(m.transitDays)}`, { sticky: true });
      this.group.addLayer(line);
      bounds.extend(line.getBounds());
    }
    if (bounds.isValid()) fit(bounds);
  }
}
