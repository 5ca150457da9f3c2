// Rebuilds geodata/borders.geojson from Natural Earth 1:10m admin-0 countries,
// as packaged by the npm package world-atlas (countries-10m.json), converted with topojson-client.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';
import { feature } from 'topojson-client';
import { cutAtAntimeridian, roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-10m.json');
export const out = fileURLToPath(new URL('../borders.geojson', import.meta.url));

// ISO 3166-1 numeric (world-atlas ids) → alpha-3, for China, Central Asia and every country a route crosses.
export const countries = {
  156: ['CHN', 'China'], 398: ['KAZ', 'Kazakhstan'], 417: ['KGZ', 'Kyrgyzstan'], 762: ['TJK', 'Tajikistan'],
  795: ['TKM', 'Turkmenistan'], 860: ['UZB', 'Uzbekistan'], 4: ['AFG', 'Afghanistan'], 496: ['MNG', 'Mongolia'],
  643: ['RUS', 'Russia'], 364: ['IRN', 'Iran'], 586: ['PAK', 'Pakistan'], 31: ['AZE', 'Azerbaijan'],
  268: ['GEO', 'Georgia'], 51: ['ARM', 'Armenia'], 792: ['TUR', 'Türkiye'], 112: ['BLR', 'Belarus'],
  616: ['POL', 'Poland'], 818: ['EGY', 'Egypt'], 528: ['NLD', 'Netherlands'],
};

// Natural Earth draws the Baikonur lease as its own unit; it is Kazakh territory leased to Russia.
const partOf = { Baikonur: 'KAZ' };

export function buildBorders() {
  const all = feature(topology, topology.objects.countries).features;
  const polygonsOf = new Map();
  for (const f of all) {
    const iso3 = countries[Number(f.id)]?.[0] ?? partOf[f.properties.name];
    if (!iso3) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    polygonsOf.set(iso3, [...(polygonsOf.get(iso3) ?? []), ...roundCoordinates(cutAtAntimeridian(polygons))]);
  }
  const names = Object.fromEntries(Object.values(countries));
  const features = [...polygonsOf]
    .map(([iso3, polygons]) => {
      // world-atlas is quantised: a few narrow places self-intersect. A union resolves them (and merges
      // Baikonur into Kazakhstan) while every other vertex, so the borders neighbours share, stays as it was.
      const coordinates = polygonClipping.union(...polygons.map((p) => [p]));
      return { type: 'Feature', id: iso3, properties: { iso3, name: names[iso3], sources: ['natural-earth'] }, geometry: { type: 'MultiPolygon', coordinates } };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const missing = Object.values(countries).filter(([iso3]) => !features.some((f) => f.id === iso3));
  if (missing.length) throw new Error(`not in world-atlas: ${missing.join(', ')}`);
  writeFeatureCollection(out, features);
  return features.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`borders.geojson: ${buildBorders()} countries`);
