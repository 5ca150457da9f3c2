import { countryName } from '../format';
import type { Source } from '../types';
import { describeSpread, formatDays, type RouteMetrics } from './types';
import { sourceLink } from '../sourceLink';

interface Row {
  label: string;
  value: (m: RouteMetrics) => string;
}

const number = (n: number) => Math.round(n).toLocaleString('en-GB');
const range = (min: number, max: number) => (Math.round(min) === Math.round(max) ? number(min) : `${number(min)}–${number(max)}`);

function lengthBasis(m: RouteMetrics): string {
  const sections = m.sections ?? [];
  const published = sections.filter((s) => s.basis === 'published').length;
  if (!sections.length) return 'geometry';
  if (published === 0) return 'drawn geometry (no published length covers it)';
  return `published for ${published} of ${sections.length} sections, drawn geometry elsewhere`;
}

const byCountry = (m: RouteMetrics) =>
  Object.entries(m.lengthByCountryKm ?? {}).map(([iso3, km]) => `${countryName(iso3)} ${number(km)}`).join(' · ');

export const rows: Row[] = [
  { label: 'Length (km)', value: (m) => number(m.lengthKm) },
  { label: 'Length basis', value: lengthBasis },
  { label: 'Drawn length (km)', value: (m) => (m.geometryKm === undefined ? '' : number(m.geometryKm)) },
  { label: 'By rail (km)', value: (m) => number(m.lengthByModeKm.rail) },
  { label: 'By sea (km)', value: (m) => number(m.lengthByModeKm.sea) },
  { label: 'By road (km)', value: (m) => number(m.lengthByModeKm.road) },
  { label: 'By country (km)', value: byCountry },
  { label: 'Countries in travel order', value: (m) => m.countries.map(countryName).join(' → ') },
  { label: 'Border crossings', value: (m) => String(m.borderCrossings) },
  { label: 'Gauge breaks', value: (m) => (m.gaugeBreaks === null ? 'unknown' : `${m.gaugeBreaks}${m.gaugeBreakPlaces.length ? ` (${m.gaugeBreakPlaces.join(', ')})` : ''}`) },
  { label: 'Transshipments', value: (m) => `${m.transshipments}${m.transshipmentPlaces.length ? ` (${m.transshipmentPlaces.join(', ')})` : ''}` },
  { label: 'Transit (days)', value: (m) => formatDays(m.transitDays) },
  { label: 'Transit spread', value: (m) => describeSpread(m.transitDays) },
  { label: 'CO2e per TEU (kg)', value: (m) => (m.co2 ? range(m.co2.min, m.co2.max) : number(m.co2KgPerTeu)) },
  { label: 'Status', value: (m) => (m.status === 'under-construction' ? `under construction${m.opensAbout ? ` (${m.opensAbout.text})` : ''}` : m.status ? 'open today' : '') },
];

/** Routes side by side: one column per route, one row per metric; the sources follow the table. */
export function comparisonTable(metrics: RouteMetrics[], colours: Map<string, string>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'route-compare';
  const table = document.createElement('table');
  table.className = 'route-table';
  const caption = document.createElement('caption');
  caption.textContent = 'Routes compared (published lengths where the railways give them, the map geometry elsewhere)';
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

/** Every figure behind the table with its source: transit figures one by one, published lengths, CO2e factors. */
function sourcesOf(metrics: RouteMetrics[]): HTMLElement {
  const details = document.createElement('details');
  details.className = 'route-sources';
  const summary = document.createElement('summary');
  summary.textContent = 'Sources and notes';
  const list = document.createElement('ul');
  const seen = new Set<string>();
  const item = (text: string, sources: Source[]) => {
    const key = text + sources.map((s) => s.title).join('|');
    if (seen.has(key)) return;
    seen.add(key);
    const li = document.createElement('li');
    li.append(document.createTextNode(sources.length ? `${text}: ` : text));
    sources.forEach((s, i) => li.append(...(i ? [document.createTextNode('; ')] : []), sourceLink(s)));
    list.append(li);
  };
  for (const m of metrics) {
    const t = m.transitDays;
    for (const f of t.figures ?? []) {
      const days = f.minDays === f.maxDays ? `${f.minDays}` : `${f.minDays}–${f.maxDays}`;
      item(`${m.name}, transit ${days} days${f.scope === 'part' ? ' (part of the route)' : ''}: ${f.covers} (${f.asOf})`, f.sources);
    }
    if (!t.figures?.length) for (const s of t.sources) item(`${m.name}, transit`, [s]);
    for (const c of t.comparisons ?? []) item(`${m.name}: ${c.text} (${c.asOf})`, c.sources);
    if (t.note) item(`${m.name}: ${t.note}`, []);
    for (const s of m.sections ?? []) {
      if (!s.published) continue;
      const p = s.published;
      const figures = p.figures.map((f) => `${number(f.km)} km (${f.by})`).join(' against ');
      item(`${p.name}: ${figures}${p.figures.length > 1 ? `, the middle of the range used` : ''}; drawn ${number(p.drawnKm)} km${p.shortfall ? ` (${p.shortfall})` : ''}`, p.figures.flatMap((f) => f.sources));
    }
  }
  for (const m of metrics) {
    if (!m.co2) continue;
    if (m.co2.tonnesPerTeu) item(`CO2e: ${m.co2.basis}, assuming ${m.co2.tonnesPerTeu.value} t of goods per TEU`, m.co2.tonnesPerTeu.sources);
    for (const [mode, f] of Object.entries(m.co2.byMode)) item(`CO2e by ${mode}, ${range(f.minKgPerTeuKm * 1000, f.maxKgPerTeuKm * 1000)} g per TEU-km (${f.basis})`, f.sources);
  }
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
  const header = ['route', 'length_km', 'geometry_km', 'length_basis', 'rail_km', 'sea_km', 'road_km', 'km_by_country', 'countries', 'border_crossings', 'gauge_breaks', 'transshipments', 'transit_min_days', 'transit_max_days', 'transit_basis', 'transit_figures', 'co2e_min_kg_per_teu', 'co2e_max_kg_per_teu', 'co2e_basis', 'transit_sources'];
  const lines = metrics.map((m) => [
    m.name, m.lengthKm, m.geometryKm ?? '', m.lengthBasis ?? '', m.lengthByModeKm.rail, m.lengthByModeKm.sea, m.lengthByModeKm.road,
    Object.entries(m.lengthByCountryKm ?? {}).map(([c, km]) => `${c} ${km}`).join(' '), m.countries.join(' '), m.borderCrossings,
    m.gaugeBreaks ?? '', m.transshipments, m.transitDays.min ?? '', m.transitDays.max ?? '', m.transitDays.basis, m.transitDays.spread?.figures ?? 0,
    m.co2?.min ?? m.co2KgPerTeu, m.co2?.max ?? m.co2KgPerTeu, m.co2?.basis ?? '',
    m.transitDays.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; '),
  ].map((v) => quote(String(v))).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
