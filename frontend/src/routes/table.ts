import { countryName } from '../format';
import { html } from '../dom';
import { formatNumber } from '../i18n/formats';
import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import type { RouteMetrics, Source } from '../contract';
import { describeSpread, formatDays } from './types';
import { sourceLink } from '../sourceLink';

interface Row {
  /** The catalogue key of the row's name (locales/{lang}/routes.ts). */
  label: string;
  value: (m: RouteMetrics) => string;
}

const number = (n: number) => formatNumber(Math.round(n));
const range = (min: number, max: number) =>
  Math.round(min) === Math.round(max) ? number(min) : `${number(min)}–${number(max)}`;

function lengthBasis(m: RouteMetrics): string {
  const sections = m.sections ?? [];
  const published = sections.filter((s) => s.basis === 'published').length;
  if (!sections.length) return t('routes.basisGeometry');
  if (published === 0) return t('routes.basisDrawn');
  return t('routes.basisMixed', { published, sections: sections.length });
}

const byCountry = (m: RouteMetrics) =>
  Object.entries(m.lengthByCountryKm ?? {}).map(([iso3, km]) => `${countryName(iso3)} ${number(km)}`).join(' · ');

/** The range of the figures that price the whole route per FEU, and how many figures there are in all. */
function cost(m: RouteMetrics): string {
  const c = m.costUsdPerFeu;
  if (!c || c.figures.length === 0) return t('routes.noFigure');
  const spread =
    c.min === null || c.max === null
      ? t('routes.noComparableCost')
      : t('routes.usdPerFeu', { range: range(c.min, c.max) });
  return `${spread} (${t('routes.costFigures', { count: c.figures.length })})`;
}

const tenth = (n: number) => formatNumber(Math.round(n * 10) / 10);

function hours(m: RouteMetrics, low: 'min' | 'totalMin', high: 'max' | 'totalMax'): string {
  const h = m.borderHours;
  if (!h || h[low] === null || h[high] === null) return t('routes.noFigure');
  return t('routes.hours', { range: h[low] === h[high] ? tenth(h[low]!) : `${tenth(h[low]!)}–${tenth(h[high]!)}` });
}

function tightest(m: RouteMetrics): string {
  const link = m.tightestLink;
  if (!link) return t('routes.noFigure');
  return t('routes.tightestText', {
    name: link.name,
    percent: formatNumber(Math.round(link.utilisation * 100)),
    year: String(link.throughput.year),
  });
}

export const rows: Row[] = [
  { label: 'routes.row.length', value: (m) => number(m.lengthKm) },
  { label: 'routes.row.basis', value: lengthBasis },
  { label: 'routes.row.drawn', value: (m) => (m.geometryKm === undefined ? '' : number(m.geometryKm)) },
  // The API writes every mode, 0 km where the route has none; the schema's dictionary cannot say which keys it holds.
  { label: 'routes.row.rail', value: (m) => number(m.lengthByModeKm.rail ?? 0) },
  { label: 'routes.row.sea', value: (m) => number(m.lengthByModeKm.sea ?? 0) },
  { label: 'routes.row.road', value: (m) => number(m.lengthByModeKm.road ?? 0) },
  { label: 'routes.row.byCountry', value: byCountry },
  { label: 'routes.row.countries', value: (m) => m.countries.map(countryName).join(' → ') },
  { label: 'routes.row.crossings', value: (m) => String(m.borderCrossings) },
  {
    label: 'routes.row.gaugeBreaks',
    value: (m) =>
      m.gaugeBreaks === null
        ? t('routes.unknown')
        : `${m.gaugeBreaks}${m.gaugeBreakPlaces.length ? ` (${m.gaugeBreakPlaces.join(', ')})` : ''}`,
  },
  {
    label: 'routes.row.transshipments',
    value: (m) => `${m.transshipments}${m.transshipmentPlaces.length ? ` (${m.transshipmentPlaces.join(', ')})` : ''}`,
  },
  { label: 'routes.row.transit', value: (m) => formatDays(m.transitDays) },
  { label: 'routes.row.spread', value: (m) => describeSpread(m.transitDays) },
  { label: 'routes.row.co2', value: (m) => (m.co2 ? range(m.co2.min, m.co2.max) : number(m.co2KgPerTeu)) },
  { label: 'routes.row.cost', value: cost },
  { label: 'routes.row.borderHours', value: (m) => hours(m, 'min', 'max') },
  { label: 'routes.row.borderTotal', value: (m) => hours(m, 'totalMin', 'totalMax') },
  { label: 'routes.row.tightest', value: tightest },
  {
    label: 'routes.row.status',
    value: (m) =>
      m.status === 'under-construction'
        ? `${t('routes.underConstruction')}${m.opensAbout ? ` (${m.opensAbout.text})` : ''}`
        : m.status
          ? t('routes.openToday')
          : '',
  },
];

/** Routes side by side: one column per route, one row per metric; the sources follow the table. */
export function comparisonTable(metrics: RouteMetrics[], colours: Map<string, string>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'route-compare';
  const table = document.createElement('table');
  table.className = 'route-table';
  const caption = document.createElement('caption');
  caption.textContent = t('routes.tableCaption');
  const head = document.createElement('tr');
  head.append(html('th', { text: t('routes.metric'), attrs: { scope: 'col' } }));
  for (const m of metrics) {
    const th = html('th', { text: m.name, attrs: { scope: 'col' } });
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
    tr.append(html('th', { text: t(row.label), attrs: { scope: 'row' } }));
    for (const m of metrics) {
      const td = originalText(html('td', { text: '' }), row.value(m));
      td.dataset.route = m.id;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(caption, thead, body);
  wrapper.append(table, sourcesOf(metrics));
  return wrapper;
}

/** Adds one figure's words and sources to the list (each once). */
type Cite = (words: string, sources: Source[]) => void;

/** Every figure behind the table with its source: transit figures one by one, published lengths, CO2e factors. */
function sourcesOf(metrics: RouteMetrics[]): HTMLElement {
  const details = document.createElement('details');
  details.className = 'route-sources';
  const summary = document.createElement('summary');
  summary.textContent = t('routes.sourcesNotes');
  const list = document.createElement('ul');
  const seen = new Set<string>();
  const item: Cite = (words, sources) => {
    const key = words + sources.map((s) => s.title).join('|');
    if (seen.has(key)) return;
    seen.add(key);
    const li = document.createElement('li');
    li.append(originalText(document.createElement('span'), sources.length ? `${words}: ` : words));
    sources.forEach((s, i) => li.append(...(i ? [document.createTextNode('; ')] : []), sourceLink(s)));
    list.append(li);
  };
  for (const m of metrics) transitAndLengthSources(m, item);
  for (const m of metrics) costAndCapacitySources(m, item);
  for (const m of metrics) co2Sources(m, item);
  details.append(summary, list);
  return details;
}

function transitAndLengthSources(m: RouteMetrics, item: Cite): void {
  const transit = m.transitDays;
  for (const f of transit.figures ?? []) {
    const days = f.minDays === f.maxDays ? `${f.minDays}` : `${f.minDays}–${f.maxDays}`;
    const scope = f.scope === 'part' ? ` (${t('routes.partOfRoute')})`
      : f.scope === 'other-endpoints' ? ` (${t('routes.otherEndpoints')})` : '';
    item(`${m.name}, ${t('routes.transitDays', { days })}${scope}: ${f.covers} (${f.asOf})`, f.sources);
  }
  if (!transit.figures?.length) for (const s of transit.sources) item(`${m.name}, ${t('routes.transit')}`, [s]);
  for (const c of transit.comparisons ?? []) item(`${m.name}: ${c.text} (${c.asOf})`, c.sources);
  if (transit.note) item(`${m.name}: ${transit.note}`, []);
  for (const s of m.sections ?? []) {
    if (!s.published) continue;
    const p = s.published;
    const figures = p.figures
      .map((f) => `${t('unit.km', { value: number(f.km) })} (${f.by})`)
      .join(` ${t('routes.against')} `);
    const middle = p.figures.length > 1 ? `, ${t('routes.middleUsed')}` : '';
    const drawn = `${t('routes.drawnKm', { km: number(p.drawnKm) })}${p.shortfall ? ` (${p.shortfall})` : ''}`;
    item(`${p.name}: ${figures}${middle}; ${drawn}`, p.figures.flatMap((f) => f.sources));
  }
}

function costAndCapacitySources(m: RouteMetrics, item: Cite): void {
  for (const f of m.costUsdPerFeu?.figures ?? []) {
    const value = f.valueMax == null ? number(f.value) : range(f.value, f.valueMax);
    const scope = `${f.covers}${f.comparable ? '' : `, ${t('routes.notComparable')}`}`;
    const covers = f.coversText ? `: ${f.coversText}` : '';
    item(`${m.name}, ${value} ${f.unit} (${f.asOf ?? f.year}, ${f.reporter}, ${scope})${covers}`, f.sources);
  }
  for (const s of m.costUsdPerFeu?.surcharges ?? []) item(`${m.name}: ${s.text} (${s.asOf})`, s.sources);
  if (m.costUsdPerFeu?.note) item(`${m.name}: ${m.costUsdPerFeu.note}`, []);
  for (const f of m.borderHours?.figures ?? []) {
    const hours = t('routes.hours', { range: tenth(f.hours) });
    item(`${f.place}, ${f.mode}, ${f.direction}, ${f.year}: ${hours} (${f.reporter})`, f.sources);
  }
  const link = m.tightestLink;
  if (link) item(`${link.name}: ${link.capacity.text} (${link.capacity.asOf})`, link.capacity.sources);
  if (link) {
    const { value, unit, year, reporter, sources } = link.throughput;
    item(`${link.name}: ${number(value)} ${unit} (${year}, ${reporter})`, sources);
  }
}

function co2Sources(m: RouteMetrics, item: Cite): void {
  if (!m.co2) return;
  const tonnes = m.co2.tonnesPerTeu;
  const assuming = tonnes ? t('routes.assuming', { tonnes: formatNumber(tonnes.value) }) : '';
  if (tonnes) item(`CO2e: ${m.co2.basis}, ${assuming}`, tonnes.sources);
  for (const [mode, f] of Object.entries(m.co2.byMode)) {
    const grams = t('routes.gramsPerTeuKm', { value: range(f.minKgPerTeuKm * 1000, f.maxKgPerTeuKm * 1000) });
    item(`${t('routes.co2By', { mode: t(`routes.mode.${mode}`) })}, ${grams} (${f.basis})`, f.sources);
  }
}
