// Rebuilds geodata/borders.geojson from Natural Earth 1:10m admin-0 countries,
// as packaged by the npm package world-atlas (countries-10m.json), converted with topojson-client; each country with its
// names in English, Russian and Chinese (i18n-iso-countries), the point its label sits on (polylabel) and, for the five
// Central Asian states, the capital (capitals.json, placed by GeoNames).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { gazetteer } from './gazetteer.mjs';
import { cutAtAntimeridian, roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';
import { countryNames, countryNameSources, foldNames, overrideSources } from './place-names.mjs';

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

const capitals = new Map(JSON.parse(readFileSync(fileURLToPath(new URL('../capitals.json', import.meta.url)), 'utf8')).capitals.map((c) => {
  const { names, sources: nameSources } = foldNames(c.name, c.names);
  return [c.country, { name: c.name, names, coordinates: gazetteer(c.gazetteer.name, c.gazetteer.country), sources: [...c.sources, 'geonames', ...nameSources] }];
}));

/**
 * Where a country's name goes: the pole of inaccessibility of its largest part (the point inside farthest from its
 * edge), found on a plane whose longitudes are shrunk by the cosine of the latitude, so that a northern country's label
 * is not pushed east or west by the projection. Rounded to 0.01°, about a kilometre.
 */
export function labelPoint(multiPolygon) {
  const area = (ring) => Math.abs(ring.reduce((sum, [x, y], i) => { const [x2, y2] = ring[(i + 1) % ring.length]; return sum + x * y2 - x2 * y; }, 0)) / 2;
  const largest = multiPolygon.reduce((best, polygon) => (area(polygon[0]) > area(best[0]) ? polygon : best));
  const lats = largest[0].map(([, lat]) => lat);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const [x, y] = polylabel(largest.map((ring) => ring.map(([lon, lat]) => [lon * k, lat])), 0.01);
  return [Math.round((x / k) * 100) / 100, Math.round(y * 100) / 100];
}

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
      const capital = capitals.get(iso3);
      const sources = ['natural-earth', ...countryNameSources, ...(overrideSources[iso3] ?? [])];
      return {
        type: 'Feature', id: iso3,
        properties: { iso3, name: names[iso3], names: countryNames(iso3, names[iso3]), labelPoint: labelPoint(coordinates), ...(capital ? { capital } : {}), sources },
        geometry: { type: 'MultiPolygon', coordinates },
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const missing = Object.values(countries).filter(([iso3]) => !features.some((f) => f.id === iso3));
  if (missing.length) throw new Error(`not in world-atlas: ${missing.join(', ')}`);
  writeFeatureCollection(out, features);
  return features.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`borders.geojson: ${buildBorders()} countries`);
