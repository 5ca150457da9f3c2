// The names the map shows for the mission layers, made here from the layers' own data as it arrives and handed to
// map/labels.ts, which places and draws them: map/ knows no layer's properties nor which layers are labelled.
import { isLocal, localName, registerCountries } from '../i18n/names';
import { isShown } from '../map/layerControl';
import type { AtlasMap } from '../map/createMap';
import { LabelLayer, type PlaceLabel, type SymbolPoint } from '../map/labels';
import type { Overlay } from '../map/overlay';
import type { LayerData } from '../types';

const centralAsia = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);

/**
 * Country names at each country's label point (polylabel, at build time): the five first, then China, then the rest.
 */
export function countryLabels(data: LayerData): PlaceLabel[] {
  return data.features.flatMap((f) => {
    const p = f.properties ?? {};
    const point = p.labelPoint as [number, number] | undefined;
    if (!Array.isArray(point)) return [];
    const iso3 = String(p.iso3);
    const main = centralAsia.has(iso3);
    return [
      {
        id: `country-${iso3}`,
        text: localName(p),
        lang: isLocal(p) ? null : 'en',
        lon: point[0],
        lat: point[1],
        kind: 'country' as const,
        priority: main ? 0 : iso3 === 'CHN' ? 1 : 3,
        minZoom: main || iso3 === 'CHN' ? 3 : 4,
        symbol: 0,
      },
    ];
  });
}

/** The capitals the borders layer carries, each with a dot of its own. */
export function capitalLabels(data: LayerData): PlaceLabel[] {
  return data.features.flatMap((f) => {
    const capital = (f.properties ?? {}).capital as
      { names?: unknown; name?: string; coordinates?: [number, number] } | undefined;
    if (!capital?.coordinates) return [];
    const p = { name: capital.name, names: capital.names };
    return [
      {
        id: `capital-${String(f.properties?.iso3)}`,
        text: localName(p),
        lang: isLocal(p) ? null : 'en',
        lon: capital.coordinates[0],
        lat: capital.coordinates[1],
        kind: 'capital' as const,
        priority: 1,
        minZoom: 4,
        symbol: 3,
      },
    ];
  });
}

const pointKinds: Record<string, { kind: PlaceLabel['kind']; priority: number; minZoom: number; symbol: number }> = {
  summits: { kind: 'city', priority: 1, minZoom: 3, symbol: 9 },
  hubs: { kind: 'hub', priority: 4, minZoom: 6, symbol: 7 },
};

/** Labels beside the symbols of a point layer (summit cities, hubs); none for layers that are not labelled. */
export function pointLabels(layerId: string, data: LayerData): PlaceLabel[] {
  const style = pointKinds[layerId];
  if (!style) return [];
  return data.features.flatMap((f) => {
    if (f.geometry?.type !== 'Point') return [];
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties ?? {};
    return [
      { id: `${layerId}-${String(f.id)}`, text: localName(p), lang: isLocal(p) ? null : 'en', lon, lat, ...style },
    ];
  });
}

/** The main stations of the network, each with a dot (they have no symbol of their own on the map). */
export function stationLabels(
  nodes: { id: string; name: string; names?: unknown; coordinates: number[] }[],
): PlaceLabel[] {
  return nodes.map((n) => ({
    id: `station-${n.id}`,
    text: localName(n as unknown as Record<string, unknown>),
    lang: isLocal(n as unknown as Record<string, unknown>) ? null : 'en',
    lon: n.coordinates[0]!,
    lat: n.coordinates[1]!,
    kind: 'station' as const,
    priority: 5,
    minZoom: 6,
    symbol: 3,
  }));
}

/** The point layers whose symbols labels keep clear of, by the symbols' size in pixels (layers/styles.ts). */
const symbolSizes: Record<string, number> = { summits: 18, hubs: 14, crossings: 14 };

const symbolsOf = (data: LayerData, size: number): SymbolPoint[] => data.features.flatMap((f) =>
  f.geometry?.type === 'Point' ? [{ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, size }] : []);

/**
 * Fills the labels from each overlay's data whenever it is drawn: countries and capitals from the borders, summit
 * cities and hubs beside their symbols. Returns each layer's label groups, which show while the layer is on.
 */
export function labelOverlays(labels: LabelLayer, overlays: Overlay[]): Map<string, string[]> {
  const groups = new Map<string, string[]>([['borders', ['countries', 'capitals']]]);
  for (const overlay of overlays) {
    const id = overlay.info.id;
    if (id === 'borders')
      overlay.source.listen((data) => {
        registerCountries(data.features);
        labels.set('countries', countryLabels(data));
        labels.set('capitals', capitalLabels(data));
      });
    else if (id in symbolSizes) {
      groups.set(id, [id]);
      overlay.source.listen((data) => labels.set(id, pointLabels(id, data), symbolsOf(data, symbolSizes[id]!)));
    }
  }
  return groups;
}

/**
 * Names on the full map: the layers' labels, shown with their layers (follow, after a layer is switched), and the
 * main stations once their list arrives.
 */
export function connectLabels(map: AtlasMap, overlays: Overlay[]) {
  const labels = new LabelLayer(map);
  const groups = labelOverlays(labels, overlays);
  const follow = () => {
    for (const overlay of overlays)
      for (const group of groups.get(overlay.info.id) ?? []) labels.show(group, isShown(map, overlay));
  };
  follow();
  return {
    follow,
    stations: (nodes: Parameters<typeof stationLabels>[0]) => labels.set('stations', stationLabels(nodes)),
  };
}
