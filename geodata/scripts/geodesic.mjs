// Lengths on the Earth for every geodata script: the geodesic on the WGS84 ellipsoid, by GeographicLib (Karney's
// algorithms, the npm package geographiclib-geodesic), the ellipsoidal length railways publish. The API measures the
// same way (backend/Geo/Geodesic.cs, tested against figures from this library).
import geographiclib from 'geographiclib-geodesic';

const wgs84 = geographiclib.Geodesic.WGS84;

/** Kilometres between two [lon, lat] points along the WGS84 geodesic. */
export function distanceKm([lon1, lat1], [lon2, lat2]) {
  return wgs84.Inverse(lat1, lon1, lat2, lon2, geographiclib.Geodesic.DISTANCE).s12 / 1000;
}

/** Kilometres along a line of [lon, lat] points. */
export const lineKm = (line) => line.slice(1).reduce((sum, point, i) => sum + distanceKm(line[i], point), 0);
