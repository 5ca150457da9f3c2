// The volumes series as one CSV table: a row per published figure, with its series, reporter, unit and sources.
import type { VolumeSeries } from './types';

const header = ['series_id', 'series', 'kind', 'reporter', 'unit', 'routes', 'year', 'value', 'qualifier', 'sources'];

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
