// Traces a line between two placed stations along open railway geometry: the OpenStreetMap railway ways copied into
// geodata/sources/osm-lines (ODbL 1.0). The ways become a graph (a vertex per distinct point, an edge per way step);
// each station is snapped to the nearest vertex, and the shortest path between the two vertices gives the bends the
// straight line between stations leaves out. A station too far from every way, or a path much longer than the
// straight line (the graph may run round by another line), is not traced: the straight line stays.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distanceKm } from './geodesic.mjs';

/** The countries whose railway ways are copied into geodata/sources/osm-lines. */
export const osmLineCountries = ['azerbaijan', 'turkmenistan'];

/** A station further than this from every way is not on the copied network (GeoNames puts a town at its centre). */
export const maxSnapKm = 3;
/** A traced path longer than this many times the straight line is taken for a detour by another line, not a bend. */
export const maxDetour = 1.6;

const key = ([lon, lat]) => `${lon},${lat}`;

/** The graph of the copied ways of type 'rail' (construction, proposed, tram and the like are left out). */
export function railGraph(countries = osmLineCountries) {
  const points = new Map();
  const edges = new Map();
  const wayOf = new Map();
  const add = (a, b, way) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === kb) return;
    points.set(ka, a).set(kb, b);
    const km = distanceKm(a, b);
    for (const [from, to] of [[ka, kb], [kb, ka]]) {
      if (!edges.has(from)) edges.set(from, []);
      edges.get(from).push([to, km]);
      wayOf.set(`${from}|${to}`, way);
    }
  };
  for (const country of countries) {
    const ways = JSON.parse(readFileSync(fileURLToPath(new URL(`../sources/osm-lines/${country}.json`, import.meta.url)), 'utf8'));
    for (const way of ways) {
      if (way.type !== 'rail') continue;
      // The copy gives [lat, lon], the reverse of GeoJSON.
      const line = way.geometry.map(([lat, lon]) => [lon, lat]);
      for (let i = 1; i < line.length; i++) add(line[i - 1], line[i], way.id);
    }
  }
  return { points, edges, wayOf };
}

/** The graph vertex nearest to a point, and how far it is. */
export function snap(graph, at) {
  let best = null;
  let bestKm = Infinity;
  for (const [k, p] of graph.points) {
    // A cheap box test first: a degree of latitude is 111 km.
    if (Math.abs(p[1] - at[1]) > bestKm / 111 || Math.abs(p[1] - at[1]) > 1) continue;
    const km = distanceKm(at, p);
    if (km < bestKm) [best, bestKm] = [k, km];
  }
  return { key: best, km: bestKm };
}

/** Dijkstra over the graph from one vertex to another: the path's vertices and the OSM ways it runs on. */
export function shortestPath(graph, from, to) {
  const dist = new Map([[from, 0]]);
  const previous = new Map();
  const heap = [[0, from]];
  const push = (item) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent][0] <= heap[i][0]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, k] = pop();
    if (k === to) break;
    if (d > dist.get(k)) continue;
    for (const [next, km] of graph.edges.get(k) ?? []) {
      const nd = d + km;
      if (nd < (dist.get(next) ?? Infinity)) {
        dist.set(next, nd);
        previous.set(next, k);
        push([nd, next]);
      }
    }
  }
  if (!dist.has(to)) return null;
  const keys = [to];
  while (keys[0] !== from) keys.unshift(previous.get(keys[0]));
  const ways = [...new Set(keys.slice(1).map((k, i) => graph.wayOf.get(`${keys[i]}|${k}`)))];
  return { points: keys.map((k) => graph.points.get(k)), km: dist.get(to), ways };
}

/** The vertex where the copy of the network ends (a way's end joined to no other way) nearest to a point off it. */
function nearestEnd(graph, at) {
  let best = null;
  let bestKm = Infinity;
  for (const [k, next] of graph.edges) {
    if (next.length !== 1) continue;
    const km = distanceKm(at, graph.points.get(k));
    if (km < bestKm) [best, bestKm] = [k, km];
  }
  return { key: best, km: bestKm };
}

/**
 * The stretch between two placed points along the graph: the whole way where both lie on it; where one lies off it
 * (the copy is clipped to a country's box), from the one on it to the end of the copy nearest the other, which the
 * line then reaches straight. Null where neither, or where the path is no bend but a detour.
 */
function stretch(graph, a, b, snapped) {
  const straight = distanceKm(a, b);
  const [sa, sb] = snapped;
  let path = null;
  if (sa.km <= maxSnapKm && sb.km <= maxSnapKm) {
    if (sa.key !== sb.key) path = shortestPath(graph, sa.key, sb.key);
  } else if (sa.km <= maxSnapKm || sb.km <= maxSnapKm) {
    const [on, off] = sa.km <= maxSnapKm ? [sa, b] : [sb, a];
    const end = nearestEnd(graph, off);
    if (end.key && end.key !== on.key && end.km < straight) {
      path = shortestPath(graph, on.key, end.key);
      if (path && on !== sa) path = { ...path, points: [...path.points].reverse() };
    }
  }
  if (!path) return null;
  const km = distanceKm(a, path.points[0]) + path.km + distanceKm(path.points.at(-1), b);
  return km > straight && km <= straight * maxDetour ? { ...path, alongWaysKm: path.km, km, straight } : null;
}

/**
 * A line through placed points ([lon, lat], stations and nodes), with the stretch between each two consecutive points
 * traced along the graph where they lie on it. Returns the line (every placed point kept as a vertex), the index of
 * each placed point in it, and the stretches traced: the vertices they span, their length (tracedKm, with the steps
 * from each station to the track and, past the end of the copy, on to the station), the part of it along the ways
 * (alongWaysKm) and the ways they follow.
 */
export function traceThrough(graph, placed) {
  const line = [placed[0]];
  const at = [0];
  const traced = [];
  const snapped = placed.map((p) => snap(graph, p));
  for (let i = 1; i < placed.length; i++) {
    const path = stretch(graph, placed[i - 1], placed[i], [snapped[i - 1], snapped[i]]);
    if (path) {
      const inner = path.points.filter((p) => key(p) !== key(placed[i - 1]) && key(p) !== key(placed[i]));
      traced.push({ fromVertex: line.length - 1, toVertex: line.length + inner.length, straightKm: path.straight, tracedKm: path.km, alongWaysKm: path.alongWaysKm, osmWays: path.ways });
      line.push(...inner);
    }
    line.push(placed[i]);
    at.push(line.length - 1);
  }
  return { line, at, traced };
}
