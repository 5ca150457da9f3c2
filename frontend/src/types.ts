// Shapes of the API's answers the page reads (the OpenAPI document at /api/openapi.json describes them all).
import type { FeatureCollection, Geometry } from 'geojson';

export interface Source {
  title: string;
  url: string | null;
}

export interface LayerInfo {
  id: string;
  title: string;
  geometryType: string;
  description: string;
  sources: Source[];
  /** The licence the layer's data is under, with the attribution it asks for (ODbL for layers built on OpenStreetMap). */
  licence?: { title: string; url: string; attribution: string };
}

export interface OnlineTiles {
  url: string;
  attribution: string;
  maxZoom: number;
}

export interface BasemapInfo {
  layers: LayerInfo[];
  onlineTiles: OnlineTiles | null;
}

export type FeatureProperties = Record<string, unknown>;
export type LayerData = FeatureCollection<Geometry, FeatureProperties>;
