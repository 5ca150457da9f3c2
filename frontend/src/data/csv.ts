// A collection of GeoJSON features as one CSV table: id, geometry as WKT, then every property the features carry.
import type { Geometry, Position } from 'geojson';
import { toCsv } from '../csv';

export interface CsvFeature {
  id: string | number;
  geometry: Geometry | null;
  properties: Record<string, unknown> | null;
}

/** Plain values as they are; sources as "title <url>"; lists joined with "; "; anything else as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object' && 'title' in value && 'url' in value) {
    const { title, url } = value as { title: unknown; url: unknown };
    return url ? `${String(title)} <${String(url)}>` : String(title);
  }
  return JSON.stringify(value);
}

const ring = (positions: Position[]) => `(${positions.map((p) => `${p[0]} ${p[1]}`).join(', ')})`;

/** Well-known text (ISO 19125) of a GeoJSON geometry, longitude before latitude. */
export function wkt(geometry: Geometry | null): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Point':
      return `POINT (${geometry.coordinates[0]} ${geometry.coordinates[1]})`;
    case 'MultiPoint':
      return `MULTIPOINT (${geometry.coordinates.map((p) => `(${p[0]} ${p[1]})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${ring(geometry.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${geometry.coordinates.map(ring).join(', ')})`;
    case 'Polygon':
      return `POLYGON (${geometry.coordinates.map(ring).join(', ')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${geometry.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${geometry.geometries.map(wkt).join(', ')})`;
  }
}

export function featuresToCsv(features: CsvFeature[]): string {
  const keys: string[] = [];
  for (const feature of features)
    for (const key of Object.keys(feature.properties ?? {})) if (!keys.includes(key)) keys.push(key);
  // Numbers go to the writer as numbers, so a negative one is written as it is, not defused like a formula.
  const cell = (value: unknown) => (typeof value === 'number' ? value : cellText(value));
  return toCsv(
    ['id', 'wkt', ...keys],
    features.map((f) => [f.id, wkt(f.geometry), ...keys.map((k) => cell(f.properties?.[k]))]),
  );
}
