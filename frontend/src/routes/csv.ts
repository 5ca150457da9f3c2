// The routes' downloads as CSV, loaded only when one is asked for: the comparison table, a row per route, and the
// volumes series, a row per published figure with its series, reporter, unit and sources.
import { toCsv } from '../csv';
import type { RouteMetrics, VolumeSeries } from '../contract';

const header = ['series_id', 'series', 'kind', 'reporter', 'unit', 'routes', 'year', 'value', 'qualifier', 'sources'];

/**
 * Every point of every series, in the API's order; each series keeps its reporter, so figures counted differently
 * never share a row. qualifier is "over" or "about" where the source gives the figure so; sources are "title <url>".
 */
export function volumesToCsv(series: VolumeSeries[]): string {
  const rows = series.flatMap((s) => s.points.map((p) => [
    s.id, s.title, s.kind, s.reporter, s.unit, s.routes.join(' '), p.year, p.value,
    p.lowerBound ? 'over' : p.approximate ? 'about' : '',
    p.sources.map((src) => (src.url ? `${src.title} <${src.url}>` : src.title)).join('; '),
  ]));
  return toCsv(header, rows);
}

const metricsHeader = [
  'route', 'length_km', 'geometry_km', 'length_basis', 'rail_km', 'sea_km', 'road_km', 'km_by_country', 'countries',
  'border_crossings', 'gauge_breaks', 'transshipments', 'transit_min_days', 'transit_max_days', 'transit_basis',
  'transit_figures', 'co2e_min_kg_per_teu', 'co2e_max_kg_per_teu', 'co2e_basis', 'transit_sources',
  'cost_min_usd_per_feu', 'cost_max_usd_per_feu', 'cost_figures', 'border_hours_min', 'border_hours_max',
  'border_hours_total_min', 'border_hours_total_max', 'tightest_link', 'tightest_link_utilisation',
];

/** A published cost as one cell: "value[-max] unit date covers reporter", flagged when it is not comparable. */
function costFigure(f: NonNullable<RouteMetrics['costUsdPerFeu']>['figures'][number]): string {
  const value = `${f.value}${f.valueMax == null ? '' : `-${f.valueMax}`}`;
  return `${value} ${f.unit} ${f.asOf ?? f.year} ${f.covers} ${f.reporter}${f.comparable ? '' : ' (not comparable)'}`;
}

/** The comparison table as CSV: one row per route, one column per metric. */
export function metricsToCsv(metrics: RouteMetrics[]): string {
  const rows = metrics.map((m) => [
    m.name, m.lengthKm, m.geometryKm ?? '', m.lengthBasis ?? '',
    m.lengthByModeKm.rail, m.lengthByModeKm.sea, m.lengthByModeKm.road,
    Object.entries(m.lengthByCountryKm ?? {}).map(([c, km]) => `${c} ${km}`).join(' '),
    m.countries.join(' '), m.borderCrossings, m.gaugeBreaks ?? '', m.transshipments,
    m.transitDays.min ?? '', m.transitDays.max ?? '', m.transitDays.basis, m.transitDays.spread?.figures ?? 0,
    m.co2?.min ?? m.co2KgPerTeu, m.co2?.max ?? m.co2KgPerTeu, m.co2?.basis ?? '',
    m.transitDays.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; '),
    m.costUsdPerFeu?.min ?? '', m.costUsdPerFeu?.max ?? '',
    (m.costUsdPerFeu?.figures ?? []).map(costFigure).join('; '),
    m.borderHours?.min ?? '', m.borderHours?.max ?? '', m.borderHours?.totalMin ?? '', m.borderHours?.totalMax ?? '',
    m.tightestLink?.name ?? '', m.tightestLink?.utilisation ?? '',
  ]);
  return toCsv(metricsHeader, rows);
}
