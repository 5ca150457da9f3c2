// GeoJSON as the layers' answers carry it: the OpenAPI document's feature collection is generic (properties are free
// JSON), so the page reads it with geojson's types. Every other API shape is in contract.ts.
import type { FeatureCollection, Geometry } from 'geojson';

export type FeatureProperties = Record<string, unknown>;
export type LayerData = FeatureCollection<Geometry, FeatureProperties>;
