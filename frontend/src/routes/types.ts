import type { LineString } from 'geojson';
import type { Source } from '../types';

export interface RouteSummary {
  id: string;
  name: string;
  from: string;
  to: string;
  modes: string[];
}

export interface NetworkNodeInfo {
  id: string;
  name: string;
  kind: string;
  country: string;
}

export interface TransitDays {
  min: number | null;
  max: number | null;
  basis: 'published' | 'indicative' | 'none';
  note?: string;
  source: Source | null;
  sources: Source[];
}

export interface RouteMetrics {
  id: string;
  name: string;
  lengthKm: number;
  lengthByModeKm: { rail: number; sea: number; road: number };
  countries: string[];
  borderCrossings: number;
  gaugeBreaks: number | null;
  gaugeBreakPlaces: string[];
  transshipments: number;
  transshipmentPlaces: string[];
  transitDays: TransitDays;
  co2KgPerTeu: number;
  co2Basis: Record<string, { value: number; basis: string; sources: Source[] }>;
  geometry: LineString;
  nodes?: string[];
}

/** Okabe–Ito colours: distinct for readers with the common colour-vision deficiencies. */
export const routeColours = ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;

export function formatDays(t: TransitDays): string {
  if (t.min === null || t.max === null) return 'not published';
  const range = t.min === t.max ? `${t.min}` : `${t.min}–${t.max}`;
  return `${range} days${t.basis === 'indicative' ? ' (indicative)' : ''}`;
}
