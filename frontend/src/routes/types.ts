import type { LineString } from 'geojson';
import { formatNumber } from '../i18n/formats';
import { t, tn } from '../i18n/messages';
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

export interface TransitFigure {
  minDays: number;
  maxDays: number;
  covers: string;
  asOf: string;
  scope: 'route' | 'part' | 'other-endpoints';
  sources: Source[];
}

export interface TransitDays {
  min: number | null;
  max: number | null;
  basis: 'published' | 'indicative' | 'none';
  note?: string;
  /** How many whole-route figures the range spans, and their dates. */
  spread?: { figures: number; from: string | null; to: string | null };
  figures?: TransitFigure[];
  /** Published judgements without days, such as "three times slower". */
  comparisons?: { text: string; asOf: string; sources: Source[] }[];
  source: Source | null;
  sources: Source[];
}

export interface PublishedLength {
  line: string;
  name: string;
  km: number;
  minKm: number;
  maxKm: number;
  drawnKm: number;
  shortfall: string | null;
  figures: { km: number; by: string; sources: Source[] }[];
}

export interface RouteSection {
  id: string;
  name: string;
  mode: string;
  status: string | null;
  lengthKm: number;
  geometryKm: number;
  basis: 'published' | 'geometry';
  published?: PublishedLength;
  lengthByCountryKm: Record<string, number>;
  expectedOpening?: { year: number; text: string; sources: Source[] };
}

export interface Co2Factor {
  km: number;
  minKgPerTeuKm: number;
  maxKgPerTeuKm: number;
  basis: string;
  sources: Source[];
}

export interface Co2e {
  min: number;
  max: number;
  basis: string;
  tonnesPerTeu: { value: number; sources: Source[] } | null;
  byMode: Record<string, Co2Factor>;
}

/** One published cost per container: per FEU or per TEU (unit), dated, with what it covers. */
export interface CostFigure {
  value: number;
  valueMax?: number;
  unit: 'USD/FEU' | 'USD/TEU';
  year?: number;
  asOf?: string;
  covers: string;
  coversText?: string;
  reporter: string;
  comparable: boolean;
  series?: string;
  note?: string;
  sources: Source[];
}

export interface CostSeries {
  id: string;
  title: string;
  reporter: string;
  unit: string;
  covers: string;
  points: { asOf: string; value: number; sources: Source[] }[];
}

/** Cost per FEU: the range of comparable figures (null where none is published), every figure, index series. */
export interface CostPerFeu {
  min: number | null;
  max: number | null;
  unit: string;
  basis: 'published' | 'none';
  note: string | null;
  figures: CostFigure[];
  series: CostSeries[];
  surcharges: { against: string; factorMax: number; text: string; asOf: string; reporter: string; sources: Source[] }[];
}

export interface BorderHours {
  min: number | null;
  max: number | null;
  totalMin: number | null;
  totalMax: number | null;
  places: string[];
  basis: 'published' | 'none';
  note: string;
  figures: { place: string; mode: string; direction: string; year: number; hours: number; reporter: string; sources: Source[] }[];
}

/** A facility's published capacity against its published throughput. */
export interface CapacityLink {
  id: string;
  name: string;
  nodes: string[];
  capacity: { value: number; unit: string; asOf: string; text: string; sources: Source[] };
  throughput: { value: number; unit: string; year: number; reporter: string; sources: Source[] };
  utilisation: number;
}

export interface VolumeSeries {
  id: string;
  title: string;
  unit: string;
  kind: string;
  reporter: string;
  routes: string[];
  points: { year: number; value: number; lowerBound?: boolean; approximate?: boolean; sources: Source[] }[];
}

export interface RouteMetrics {
  id: string;
  name: string;
  lengthKm: number;
  geometryKm?: number;
  lengthBasis?: 'published' | 'geometry' | 'mixed';
  lengthByModeKm: { rail: number; sea: number; road: number };
  lengthByCountryKm?: Record<string, number>;
  countries: string[];
  borderCrossings: number;
  gaugeBreaks: number | null;
  gaugeBreakPlaces: string[];
  transshipments: number;
  transshipmentPlaces: string[];
  transitDays: TransitDays;
  co2KgPerTeu: number;
  co2?: Co2e;
  sections?: RouteSection[];
  status?: 'operational' | 'under-construction';
  opensAbout?: { year: number; text: string; sources: Source[] } | null;
  scenario?: 'today' | 'planned';
  geometry: LineString;
  nodes?: string[];
  costUsdPerFeu?: CostPerFeu;
  borderHours?: BorderHours;
  tightestLink?: CapacityLink | null;
}

// The catalogue's t, under another name: the functions below call their argument t, as the API's field is called.
const text = t;

/** Okabe–Ito colours: distinct for readers with the common colour-vision deficiencies. */
export const routeColours = ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;

export function formatDays(t: TransitDays): string {
  if (t.min === null || t.max === null) return text('routes.notPublished');
  const range = t.min === t.max ? formatNumber(t.min) : `${formatNumber(t.min)}–${formatNumber(t.max)}`;
  return `${tn('routes.days', t.max, { range })}${t.basis === 'indicative' ? ` (${text('routes.indicative')})` : ''}`;
}

/** What the range spans: "8 published figures, 2013-09 to 2026-03". */
export function describeSpread(t: TransitDays): string {
  if (t.basis === 'indicative') return text('routes.noFigureIndicative');
  if (!t.spread) return text('routes.noFigure');
  const { figures, from, to } = t.spread;
  const dates = from && to ? (from.slice(0, 7) === to.slice(0, 7) ? `, ${from.slice(0, 7)}` : `, ${text('routes.span', { from: from.slice(0, 7), to: to.slice(0, 7) })}`) : '';
  return `${tn('routes.figures', figures)}${dates}`;
}
