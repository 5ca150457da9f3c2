import { countryName } from '../format';
import type { Source } from '../types';
import { formatDays, type RouteMetrics } from './types';
import { sourceLink } from '../sourceLink';

interface Row {
  label: string;
  value: (m: RouteMetrics) => string;
}

const number = (n: number) => Math.round(n).toLocaleString('en-GB');

export const rows: Row[] = [
  { label: 'Length (km)', value: (m) => number(m.lengthKm) },
  { label: 'By rail (km)', value: (m) => number(m.lengthByModeKm.rail) },
  { label: 'By sea (km)', value: (m) => number(m.lengthByModeKm.sea) },
  { label: 'By road (km)', value: (m) => number(m.lengthByModeKm.road) },
  { label: 'Countries in travel order', value: (m) => m.countries.map(countryName).join(' → ') },
  { label: 'Border crossings', value: (m) => String(m.borderCrossings) },
  { label: 'Gauge breaks', value: (m) => (m.gaugeBreaks === null ? 'unknown' : `${m.gaugeBreaks}${m.gaugeBreakPlaces.length ? ` (${m.gaugeBreakPlaces.join(', ')})` : ''}`) },
  { label: 'Transshipments', value: (m) => `${m.transshipments}${m.transshipmentPlaces.length ? ` (${m.transshipmentPlaces.join(', ')})` : ''}` },
  { label: 'Transit (days)', value: (m) => formatDays(m.transitDays) },
  { label: 'CO2 per TEU (kg)', value: (m) => number(m.co2KgPerTeu) },
];

/** Routes side by side: one column per route, one row per metric; the sources follow the table. */
export function comparisonTable(metrics: RouteMetrics[], colours: Map<string, string>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'route-compare';
  const table = document.createElement('table');
  table.className = 'route-table';
  const caption = document.createElement('caption');
  caption.textContent = 'Routes compared (computed from the map geometry)';
  const head = document.createElement('tr');
  head.append(cell('th', 'Metric', 'col'));
  for (const m of metrics) {
    const th = cell('th', m.name, 'col');
    th.dataset.route = m.id;
    const swatch = document.createElement('span');
    swatch.className = 'route-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.backgroundColor = colours.get(m.id) ?? '#555';
    th.prepend(swatch);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.append(cell('th', row.label, 'row'));
    for (const m of metrics) {
      const td = cell('td', row.value(m));
      td.dataset.route = m.id;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(caption, thead, body);
  wrapper.append(table, sourcesOf(metrics));
  return wrapper;
}

function sourcesOf(metrics: RouteMetrics[]): HTMLElement {
  const details = document.createElement('details');
  details.className = 'route-sources';
  const summary = document.createElement('summary');
  summary.textContent = 'Sources and notes';
  const list = document.createElement('ul');
  const seen = new Set<string>();
  const add = (prefix: string, source: Source | null) => {
    if (!source || seen.has(prefix + source.title)) return;
    seen.add(prefix + source.title);
    const li = document.createElement('li');
    li.append(document.createTextNode(`${prefix}: `), sourceLink(source));
    list.append(li);
  };
  for (const m of metrics) {
    for (const s of m.transitDays.sources) add(`${m.name}, transit`, s);
    if (m.transitDays.note) {
      const li = document.createElement('li');
      li.textContent = `${m.name}: ${m.transitDays.note}`;
      list.append(li);
    }
  }
  for (const m of metrics) for (const [mode, factor] of Object.entries(m.co2Basis)) for (const s of factor.sources) add(`CO2 by ${mode} (${factor.basis})`, s);
  details.append(summary, list);
  return details;
}

function cell(tag: 'th' | 'td', text: string, scope?: 'col' | 'row'): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (scope) node.scope = scope;
  return node;
}

/** The table as CSV: one row per route, one column per metric. */
export function metricsToCsv(metrics: RouteMetrics[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const header = ['route', 'length_km', 'rail_km', 'sea_km', 'road_km', 'countries', 'border_crossings', 'gauge_breaks', 'transshipments', 'transit_min_days', 'transit_max_days', 'transit_basis', 'co2_kg_per_teu', 'transit_sources'];
  const lines = metrics.map((m) => [
    m.name, m.lengthKm, m.lengthByModeKm.rail, m.lengthByModeKm.sea, m.lengthByModeKm.road, m.countries.join(' '), m.borderCrossings,
    m.gaugeBreaks ?? '', m.transshipments, m.transitDays.min ?? '', m.transitDays.max ?? '', m.transitDays.basis, m.co2KgPerTeu,
    m.transitDays.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; '),
  ].map((v) => quote(String(v))).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
