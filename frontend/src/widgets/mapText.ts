import type L from 'leaflet';
import { boundaryNote } from '../map/legend';
import { legendEntries } from '../map/styles';
import { classes, noDataColour } from '../trade/scale';
import type { Source } from '../types';
import type { SnapshotText } from './snapshot';

/** The words that go with a picture or a citation of the map: what is shown, and where the data comes from. */
export function snapshotText(map: L.Map, title: string, shown: string[], year: number | null, reporter: string): SnapshotText {
  const legend: SnapshotText['legend'] = [];
  for (const { layerId, entries } of legendEntries) {
    if (!shown.includes(layerId)) continue;
    for (const entry of entries) {
      const s = entry.symbol;
      legend.push({ label: entry.label, colour: s.type === 'line' || s.type === 'hatch' ? s.colour : s.type === 'area' ? s.fill : markerColour(s.className) });
    }
  }
  if (shown.includes('trade') && year !== null)
    legend.push(...classes.map((c) => ({ label: `Trade ${c.label} US$ bn`, colour: c.colour })), { label: 'Trade: no data', colour: noDataColour });
  const centre = map.getCenter();
  return {
    title,
    subtitle: `${year !== null && shown.includes('trade') ? `Trade with China in ${year} (${reporter}-reported). ` : ''}Centre ${centre.lat.toFixed(2)}°N ${centre.lng.toFixed(2)}°E, zoom ${map.getZoom()}.`,
    legend,
    attribution: 'Corridor Atlas · Basemap and borders: Natural Earth (public domain) · Sources in each feature',
    note: boundaryNote,
  };
}

function markerColour(className: string): string {
  if (className.includes('summit')) return '#c62828';
  if (className.includes('dry-port')) return '#e65100';
  if (className.includes('seaport')) return '#00838f';
  if (className.includes('break-of-gauge')) return '#6a1b9a';
  return '#37474f';
}

/** Sources of the layers shown, as the layer catalogue gives them. */
export function layerSources(layers: { id: string; sources: Source[] }[], shown: string[]): Source[] {
  return layers.filter((l) => shown.includes(l.id)).flatMap((l) => l.sources);
}
