// The API's answers, as the app names them: aliases of the types openapi-typescript generates into apiSchema.ts from
// /api/openapi.json (npm run api-types), so the contract is written once, in the backend's C# records. Feature code
// imports its API types from here, never from apiSchema.ts, and writes none of its own.
//
// The few members the records declare as JsonElement (free JSON) have no shape in the document; they are typed below,
// each with what the answer carries, until the backend gives them records of their own.
import type { Geometry, LineString } from 'geojson';
import type { components } from './apiSchema';

type Schemas = components['schemas'];

export type Source = Schemas['SourceInfo'];
export type LayerInfo = Schemas['LayerInfo'];
export type OnlineTiles = Schemas['OnlineTilesInfo'];
export type BasemapInfo = Schemas['BasemapInfo'];

// GET /api/trade/series and /api/trade/context.
export type TradePoint = Schemas['TradeSeriesPoint'];
export type TradeSeries = Schemas['TradeSeriesEntry'];
/** Where China and a partner both report a year: the two totals, the gap, and the reasons sources give for it. */
export type MirrorGap = Schemas['MirrorGap'];
export type TradeSeriesResponse = Schemas['TradeSeriesAnswer'];

/** One figure of several side by side, as its reporter gives it (TradeContextFigure.values is JsonElement). */
export interface ContextValue {
  name?: string;
  value: number;
  unit?: string;
  year: number | null;
  asOf?: string;
  lowerBound?: boolean;
  measures?: string;
  reporter: string;
  sources: Source[];
}

export type ContextFigure = Omit<Schemas['TradeContextFigure'], 'values'> & { values?: ContextValue[] };
export type TradeContext = Omit<Schemas['TradeContextAnswer'], 'figures'> & { figures: ContextFigure[] };

// GET /api/routes, /api/routes/nodes, /api/routes/compare, /plan, /metrics and /volumes.
export type RouteSummary = Schemas['RouteSummaryInfo'];
export type NetworkNodeInfo = Schemas['NetworkNodeInfo'];
export type TransitDays = Schemas['TransitDaysInfo'];
export type CapacityLink = Schemas['CapacityLinkInfo'];
export type VolumeSeries = Schemas['VolumeSeriesInfo'];
export type RouteVolumes = Schemas['RouteVolumesAnswer'];

/** CO2e per TEU-km of one mode, with its basis (Co2Info.byMode is JsonElement). */
export interface Co2Factor {
  km: number;
  minKgPerTeuKm: number;
  maxKgPerTeuKm: number;
  basis: string;
  sources: Source[];
}

export type Co2e = Omit<Schemas['Co2Info'], 'tonnesPerTeu' | 'byMode'> & {
  tonnesPerTeu: { value: number; sources: Source[] } | null;
  byMode: Record<string, Co2Factor>;
};

/**
 * A published opening year, in words, with its sources (RouteSectionInfo.expectedOpening and
 * RouteMetricsInfo.opensAbout are JsonElement).
 */
export interface Opening {
  year: number;
  text: string;
  sources: Source[];
}

/**
 * A section's published length: the figures and the range they give against the drawn line (RouteSectionInfo.published
 * is JsonElement).
 */
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

export type RouteSection = Omit<Schemas['RouteSectionInfo'], 'published' | 'expectedOpening'> & {
  published?: PublishedLength;
  expectedOpening?: Opening;
};

/** A route's metrics; its geometry (JsonElement in the record) is the route's GeoJSON line. */
export type RouteMetrics = Omit<Schemas['RouteMetricsInfo'], 'geometry' | 'co2' | 'sections' | 'opensAbout'> & {
  geometry: LineString;
  co2: Co2e;
  sections: RouteSection[];
  opensAbout?: Opening | null;
};
export type RouteComparison = Omit<Schemas['RouteComparisonAnswer'], 'routes'> & { routes: RouteMetrics[] };

// GET /api/events?lang=.
/** A source as the timeline cites it: the stored events date every one, which SourceInfo does not declare. */
export type DatedSource = Source & { date?: string; dateKind?: 'accessed' };
/**
 * A feature an event concerns: lines and points carry their geometry (TimelineFeature.geometry is JsonElement). Its
 * name is null where the feature has neither name nor title, though the record declares a string.
 */
export type EventFeature = Omit<Schemas['TimelineFeature'], 'geometry' | 'name'> & {
  name: string | null;
  geometry?: Geometry;
};
export type TimelineEvent = Omit<Schemas['TimelineEvent'], 'features' | 'sources' | 'notes'> & {
  features: EventFeature[];
  sources: DatedSource[];
  notes: { text: string; sources: DatedSource[] }[];
};
export type EventsResponse = Omit<Schemas['TimelineAnswer'], 'events'> & { events: TimelineEvent[] };

// GET /ogc/collections and a collection's items (the Data tab).
export type OgcCollectionList = Schemas['OgcCollectionList'];
export type OgcCollection = Schemas['OgcCollectionInfo'];
export type OgcFeatureCollection = Schemas['OgcFeatureCollection'];

// POST /api/widgets.
export type WidgetCreated = Schemas['WidgetCreated'];
