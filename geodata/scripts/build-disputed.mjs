// Rebuilds geodata/disputed-areas.geojson from disputed-areas-source.geojson, an unchanged extract of
// Natural Earth's 1:50m "breakaway and disputed areas" (no npm package ships that theme; the extract names its commit).
// Each area gets who administers it and who claims it (Natural Earth's own note), and, measured against the
// Natural Earth countries this map draws (world-atlas 1:10m), which country the map's line puts it in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';
import { feature } from 'topojson-client';
import { roundCoordinates, writeFeatureCollection } from './geojson-tools.mjs';
import { alpha3Of, countryNames } from './place-names.mjs';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-10m.json');
const sourcePath = fileURLToPath(new URL('../disputed-areas-source.geojson', import.meta.url));
export const out = fileURLToPath(new URL('../disputed-areas.geojson', import.meta.url));

// Readable ids and names; Natural Earth's BRK_NAME is kept as the name unless it is an abbreviation.
const ids = {
  B89: 'crimea', B35: 'abkhazia', B37: 'south-ossetia', B07: 'aksai-chin', B06: 'shaksgam', B08: 'gilgit-baltistan',
  B05: 'jammu-and-kashmir', B45: 'siachen-glacier', B03: 'demchok', B04: 'samdu-valleys', B01: 'tirpani-valleys',
  B02: 'bara-hotii-valleys', B00: 'arunachal-pradesh', C01: 'junagadh-and-manavadar', B29: 'kuril-islands',
};
const names = { B06: 'Shaksgam Valley (Trans-Karakoram Tract)', B29: 'Kuril Islands' };
// Natural Earth writes countries in full in its notes except these.
const expand = { 'Azer.': 'Azerbaijan' };

/** "Admin. by China; Ceded to China by Pakistan; Claimed by India" → { administeredBy: 'China', claimedBy: ['India'] }. */
export function parseNote(note) {
  const parts = note.split(';').map((p) => p.trim());
  const admin = parts.find((p) => /^admin\. by /i.test(p));
  const claim = parts.find((p) => /^claimed by /i.test(p));
  const administeredBy = admin ? admin.replace(/^admin\. by /i, '') : parts.some((p) => /^self admin\.?$/i.test(p)) ? 'Self-administered' : null;
  const claimedBy = claim ? claim.replace(/^claimed by /i, '').split(/ and |, /).map((c) => expand[c] ?? c) : [];
  return { administeredBy, claimedBy };
}

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(sum) / 2;
}
const area = (multiPolygon) => multiPolygon.reduce((s, [outer, ...holes]) => s + ringArea(outer) - holes.reduce((h, r) => h + ringArea(r), 0), 0);

function bounds(multiPolygon) {
  const points = multiPolygon.flat(2);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
const overlaps = (a, b) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The Natural Earth country (1:10m) that holds most of the area: where this map's line puts it. */
function drawnAs(multiPolygon, countries) {
  const box = bounds(multiPolygon);
  let best = { name: null, share: 0 };
  for (const country of countries) {
    if (!overlaps(box, country.bounds)) continue;
    const share = area(polygonClipping.intersection(multiPolygon, country.polygons)) / area(multiPolygon);
    if (share > best.share) best = { name: country.name, share };
  }
  if (best.share < 0.5) throw new Error(`no Natural Earth country holds most of ${JSON.stringify(box)}`);
  return best.name;
}

function boundaryNote(name, administeredBy, claimedBy, drawn) {
  const map = `Natural Earth's country polygons, which this map's borders and basemap use, draw ${name}`;
  if (drawn === administeredBy)
    return `${map} as part of ${drawn}: the line follows ${drawn}'s administration, not the claim of ${claimedBy.join(' and ')}.`;
  if (claimedBy.includes(drawn))
    return `${map} as part of ${drawn}, the state that claims it: the line does not follow the ${administeredBy === 'Self-administered' ? 'self-declared authorities that administer it' : `administration of ${administeredBy}`}.`;
  return `${map} as a unit of its own${drawn === name ? '' : ` (${drawn})`}, part of none of the claimants.`;
}

/** A country Natural Earth names, in a language (i18n-iso-countries); a unit that is no country (Siachen) stays as named. */
function countryIn(lang, english) {
  if (english === 'Self-administered') return { ru: 'самопровозглашённые органы власти', zh: '自行宣布成立的当局' }[lang];
  try {
    return countryNames(alpha3Of(english), english)[lang];
  } catch {
    return english;
  }
}

/** The boundary note in Russian and Chinese, the same three cases as in English, names in the nominative. */
const boundaryNotes = {
  ru: (name, admin, claims, drawn, self) => {
    const map = `Полигоны стран Natural Earth, по которым нарисованы границы и основа этой карты, относят территорию ${name}`;
    if (drawn === admin) return `${map} к стране «${drawn}»: граница следует фактическому управлению, а не притязаниям (${claims.join(' и ')}).`;
    if (claims.includes(drawn)) return `${map} к стране «${drawn}», которая на неё претендует: граница не следует ${self ? 'власти самопровозглашённых органов, которые ею управляют' : `фактическому управлению (${admin})`}.`;
    return `${map} к отдельной единице${drawn === name ? '' : ` (${drawn})`}, не входящей ни в одно из претендующих государств.`;
  },
  zh: (name, admin, claims, drawn, self) => {
    const map = `本地图的国界和底图采用Natural Earth的国家多边形，将${name}`;
    if (drawn === admin) return `${map}划入${drawn}：界线依据${drawn}的实际管辖，而非${claims.join('和')}的主张。`;
    if (claims.includes(drawn)) return `${map}划入主张对其拥有主权的${drawn}：界线不依据${self ? '自行宣布成立的当局' : admin}的实际管辖。`;
    return `${map}作为单独的单元${drawn === name ? '' : `（${drawn}）`}，不属于任何主张方。`;
  },
};

/** What the layer API swaps in for a language: the countries named and the boundary note. The area names stay English. */
function translations(name, administeredBy, claimedBy, drawn) {
  return Object.fromEntries(['ru', 'zh'].map((lang) => {
    const [admin, claims, drawnIn] = [countryIn(lang, administeredBy), claimedBy.map((c) => countryIn(lang, c)), countryIn(lang, drawn)];
    const note = boundaryNotes[lang](name, admin, claims, drawnIn, administeredBy === 'Self-administered');
    return [lang, { administeredBy: admin, claimedBy: claims, drawnAs: drawnIn, boundaryNote: note }];
  }));
}

export function buildDisputed() {
  const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
  const countries = feature(topology, topology.objects.countries).features.map((f) => {
    const polygons = polygonsOf(f.geometry);
    return { name: f.properties.name, polygons, bounds: bounds(polygons) };
  });
  const features = source.features.map((f) => {
    const p = f.properties;
    const id = ids[f.id];
    if (!id) throw new Error(`no id for Natural Earth feature ${f.id}`);
    // A union repairs nothing here but returns Natural Earth's clockwise rings the RFC 7946 way (outer rings counter-clockwise).
    const coordinates = polygonClipping.union(polygonsOf(f.geometry));
    const name = names[f.id] ?? p.BRK_NAME;
    const { administeredBy, claimedBy } = parseNote(p.NOTE_BRK);
    if (claimedBy.length === 0) throw new Error(`${f.id}: Natural Earth's note names no claimant: ${p.NOTE_BRK}`);
    const drawn = drawnAs(coordinates, countries);
    const lineFollows = drawn === administeredBy ? 'administration' : claimedBy.includes(drawn) ? 'claim' : 'neither';
    return {
      type: 'Feature',
      id,
      properties: {
        name,
        kind: p.TYPE.toLowerCase(),
        administeredBy,
        claimedBy,
        drawnAs: drawn,
        lineFollows,
        boundaryNote: boundaryNote(name, administeredBy, claimedBy, drawn),
        naturalEarthNote: p.NOTE_BRK,
        naturalEarthId: p.NE_ID,
        translations: translations(name, administeredBy, claimedBy, drawn),
        sources: ['natural-earth-disputed', 'natural-earth', 'i18n-iso-countries'],
      },
      geometry: { type: 'MultiPolygon', coordinates: roundCoordinates(coordinates) },
    };
  });
  writeFeatureCollection(out, features);
  return features.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`disputed-areas.geojson: ${buildDisputed()} areas`);
