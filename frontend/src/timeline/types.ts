// The timeline as GET /api/events?lang= gives it.
import type { Geometry } from 'geojson';
import type { Lang } from '../i18n/languages';
import type { Source } from '../contract';

/** A source as the atlas cites it: every one has an address and a date. */
export type DatedSource = Source & { date?: string; dateKind?: 'accessed' };

export interface EventFeature {
  layer: string;
  id: string;
  name: string | null;
  /** Lines and points only: countries are marked on their own layer. */
  geometry?: Geometry;
}

export interface TimelineEvent {
  id: string;
  /** ISO 8601: 2014, 2014-12, 2014-12-22 or a start/end interval. */
  date: string;
  precision: 'year' | 'month' | 'day';
  year: number;
  title: string;
  summary: string;
  features: EventFeature[];
  /** [minLon, minLat, maxLon, maxLat] of the features. */
  bbox: [number, number, number, number] | null;
  sources: DatedSource[];
  /** Where sources disagree: what each says, with its sources. */
  notes: { text: string; sources: DatedSource[] }[];
}

export interface EventsResponse {
  lang: Lang;
  /** English is the original; the Russian and Chinese texts are the atlas's own translations. */
  translation: 'original' | 'project';
  events: TimelineEvent[];
}
