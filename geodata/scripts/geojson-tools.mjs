// Small helpers shared by the geodata scripts: antimeridian repair, clipping, rounding, writing.
import { writeFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';

// world-atlas is built for spherical rendering: a ring may jump from 179.9 to -180.
// Unwrap each ring so consecutive longitudes never differ by more than 180 degrees,
// then cut what lies past ±180 and shift it back, as RFC 7946 §3.1.9 asks.
export function cutAtAntimeridian(polygons) {
  const pieces = [];
  for (const polygon of polygons) {
    const rings = alignRings(polygon.map(unwrapRing));
    const lons = rings[0].map(([lon]) => lon);
    const min = Math.min(...lons);
    const max = Math.max(...lons);
    if (min >= -180 && max <= 180) { pieces.push(rings); continue; }
    for (const shift of [-360, 0, 360]) {
      const window = box(-180 + shift, -90, 180 + shift, 90);
      for (const part of polygonClipping.intersection([rings], window)) {
        pieces.push(part.map((ring) => ring.map(([lon, lat]) => [lon - shift, lat])));
      }
    }
  }
  // Pieces cut from one polygon are disjoint, and polygons that needed no cut are kept as they are,
  // so the edges neighbouring countries share stay identical (the coverage stays valid).
  return pieces;
}

// Shifts the outer ring by whole turns so most of it lies within ±180, and each hole next to it.
function alignRings([outer, ...holes]) {
  const turn = (ring) => 360 * Math.round(ring.reduce((sum, [lon]) => sum + lon, 0) / ring.length / 360);
  const shift = (ring, by) => ring.map(([lon, lat]) => [lon - by, lat]);
  const shiftedOuter = shift(outer, turn(outer));
  const centre = shiftedOuter.reduce((sum, [lon]) => sum + lon, 0) / shiftedOuter.length;
  return [shiftedOuter, ...holes.map((hole) => shift(hole, turn(shift(hole, centre))))];
}

function unwrapRing(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let [lon, lat] = ring[i];
    const previous = out[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (previous - lon > 180) lon += 360;
    out.push([lon, lat]);
  }
  return out;
}

export function box(minLon, minLat, maxLon, maxLat) {
  return [[[minLon, minLat], [maxLon, minLat], [maxLon, maxLat], [minLon, maxLat], [minLon, minLat]]];
}

export function clipPolygons(multiPolygon, [minLon, minLat, maxLon, maxLat]) {
  return polygonClipping.intersection(multiPolygon, box(minLon, minLat, maxLon, maxLat));
}

// Keeps the runs of each line that fall inside the box (a vertex-level cut is enough for a basemap).
export function clipLines(lines, [minLon, minLat, maxLon, maxLat]) {
  const inside = ([lon, lat]) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
  const out = [];
  for (const line of lines) {
    let run = [];
    for (const point of line) {
      if (inside(point)) { run.push(point); continue; }
      if (run.length > 1) out.push(run);
      run = [];
    }
    if (run.length > 1) out.push(run);
  }
  return out;
}

export function roundCoordinates(value, decimals = 6) {
  const factor = 10 ** decimals;
  if (typeof value === 'number') return Math.round(value * factor) / factor;
  return value.map((v) => roundCoordinates(v, decimals));
}

export function writeFeatureCollection(path, features, extra = {}) {
  const collection = { type: 'FeatureCollection', ...extra, features };
  // One feature per line keeps diffs of the data reviewable.
  const body = collection.features.map((f) => JSON.stringify(f)).join(',\n');
  const head = JSON.stringify({ ...collection, features: [] }).replace(/\[\]}$/, '');
  writeFileSync(path, `${head}[\n${body}\n]}\n`);
}
