// Rebuilds the offline basemap from Natural Earth 1:50m (world-atlas land-50m.json and countries-50m.json):
// basemap-land.geojson (land; the Caspian stays water) and basemap-boundaries.geojson (country lines),
// clipped to the region the app's routes span, from the Atlantic coast of Europe to the Pacific.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import { clipLines, clipPolygons, cutAtAntimeridian, roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';

const require = createRequire(import.meta.url);
const land = require('world-atlas/land-50m.json');
const countries = require('world-atlas/countries-50m.json');
export const region = [-20, -15, 160, 80];
const landOut = fileURLToPath(new URL('../basemap-land.geojson', import.meta.url));
const boundariesOut = fileURLToPath(new URL('../basemap-boundaries.geojson', import.meta.url));

export function buildBasemap() {
  const landGeometry = feature(land, land.objects.land).features[0].geometry;
  const polygons = clipPolygons(cutAtAntimeridian(landGeometry.coordinates), region);
  // One feature each: the browser draws one canvas path instead of hundreds of Leaflet layers.
  const landFeatures = [{ type: 'Feature', id: 'land', properties: { kind: 'land', sources: ['natural-earth'] }, geometry: { type: 'MultiPolygon', coordinates: roundCoordinates(polygons, 5) } }];
  writeFeatureCollection(landOut, landFeatures);

  const lines = mesh(countries, countries.objects.countries, (a, b) => a !== b).coordinates;
  const boundaryFeatures = [{ type: 'Feature', id: 'boundaries', properties: { kind: 'boundary', sources: ['natural-earth'] }, geometry: { type: 'MultiLineString', coordinates: roundCoordinates(clipLines(lines, region), 5) } }];
  writeFeatureCollection(boundariesOut, boundaryFeatures);
  return [polygons.length, boundaryFeatures[0].geometry.coordinates.length];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [l, b] = buildBasemap();
  console.log(`basemap: ${l} land polygons, ${b} boundary lines`);
}
