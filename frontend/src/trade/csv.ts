import { toCsv } from '../csv';
import type { TradeSeries } from '../contract';

const header = [
  'year',
  'iso3',
  'partner',
  'reporter',
  'total_usd',
  'exports_usd',
  'imports_usd',
  'derived',
  'note',
  'sources',
];

/** Every value of the series, both reporters, one row each, with its sources (title and link). */
export function seriesToCsv(series: TradeSeries[]): string {
  const rows = series.flatMap((s) =>
    s.points.map((p) => [
      p.year, s.iso3, s.name, s.reporter, p.total, p.exports, p.imports, p.derived, p.note,
      p.sources.map((src) => (src.url ? `${src.title} <${src.url}>` : src.title)).join('; '),
    ]),
  );
  rows.sort(
    (a, b) =>
      Number(a[0]) - Number(b[0]) ||
      String(a[1]).localeCompare(String(b[1])) ||
      String(a[3]).localeCompare(String(b[3])),
  );
  return toCsv(header, rows);
}
