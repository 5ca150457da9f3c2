// Charts for the Routes tab, loaded when a comparison or the volumes are first shown (not with the first view): cost
// per container over time for each route whose source gives a series, and one chart per volume series. Each chart is
// an SVG drawn from the API's numbers with a table beside it that names every point's source.
import { formatNumber } from '../i18n/formats';
import { svg } from '../dom';
import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import { sourceLink } from '../sourceLink';
import type { RouteMetrics, RouteVolumes, Source } from '../contract';

const width = 320;
const height = 140;
const pad = { left: 44, right: 8, top: 8, bottom: 22 };

export interface ChartPoint {
  /** Position along the time axis (a year, or a date as a fractional year). */
  x: number;
  label: string;
  value: number;
  sources: Source[];
  lowerBound?: boolean;
  approximate?: boolean;
}

/** "2023-06-15" → 2023.45; "2023" → 2023.5; so dates and years share one axis. */
export function timeOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return y! + 0.5;
  return y! + (m - 1) / 12 + ((d ?? 15) - 1) / 365;
}

/** Pixel positions of the points in the chart's box: earliest at the left, zero at the bottom. */
export function layout(points: ChartPoint[]): { x: number; y: number }[] {
  const xs = points.map((p) => p.x);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const top = Math.max(...points.map((p) => p.value)) || 1;
  const span = hi - lo || 1;
  return points.map((p) => ({
    x: pad.left + ((p.x - lo) / span) * (width - pad.left - pad.right),
    y: height - pad.bottom - (p.value / top) * (height - pad.top - pad.bottom),
  }));
}

/** A line (dated series) or bars (yearly series) with the axis labels of the first, last and highest points. */
export function chart(points: ChartPoint[], kind: 'line' | 'bars', title: string): SVGElement {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title,
    class: 'route-chart' });
  const at = layout(points);
  const base = height - pad.bottom;
  root.append(svg('line', { x1: pad.left, y1: base, x2: width - pad.right, y2: base, stroke: '#666',
    'stroke-width': 1 }));
  if (kind === 'line') {
    const line = at.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    root.append(svg('polyline', { points: line, fill: 'none', stroke: '#0072B2', 'stroke-width': 2 }));
    at.forEach((p) => root.append(svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 2.5, fill: '#0072B2' })));
  } else {
    const bar = Math.max(4, Math.min(24, (width - pad.left - pad.right) / (points.length * 1.6)));
    at.forEach((p, i) => root.append(svg('rect', {
      x: (p.x - bar / 2).toFixed(1), y: p.y.toFixed(1), width: bar.toFixed(1), height: (base - p.y).toFixed(1),
      fill: points[i]!.lowerBound ? '#9ecae1' : '#0072B2',
    })));
  }
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const label = (text: string, x: number, y: number, anchor: string) => {
    const node = svg('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': anchor, 'font-size': 10,
      fill: '#333' });
    node.textContent = text;
    root.append(node);
  };
  label(formatNumber(highest.value), pad.left - 4, pad.top + 8, 'end');
  label('0', pad.left - 4, base, 'end');
  label(points[0]!.label.slice(0, 7), at[0]!.x, height - 6, 'start');
  if (points.length > 1) label(points[points.length - 1]!.label.slice(0, 7), at[at.length - 1]!.x, height - 6, 'end');
  return root;
}

/** The points as a table: when, how much, from where. */
function pointsTable(points: ChartPoint[], when: string, unit: string): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'route-chart-table';
  const head = document.createElement('tr');
  for (const text of [when, t('routes.charts.value', { unit }), t('routes.charts.source')]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const body = document.createElement('tbody');
  for (const p of points) {
    const tr = document.createElement('tr');
    const date = document.createElement('td');
    date.textContent = p.label;
    const value = document.createElement('td');
    value.textContent = p.lowerBound ? t('routes.charts.over', { value: formatNumber(p.value) })
      : p.approximate ? t('routes.charts.about', { value: formatNumber(p.value) }) : formatNumber(p.value);
    const source = document.createElement('td');
    p.sources.forEach((s, i) => source.append(...(i ? [document.createTextNode('; ')] : []), sourceLink(s)));
    tr.append(date, value, source);
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}

function figure(
  title: string, note: string, points: ChartPoint[], kind: 'line' | 'bars', when: string, unit: string,
): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'route-figure';
  box.dataset.points = String(points.length);
  const caption = originalText(document.createElement('figcaption'), `${title} (${unit}). ${note}`);
  box.append(caption, chart(points, kind, title), pointsTable(points, when, unit));
  return box;
}

/** Cost per container over time, one chart per route and index (Drewry's WCI, the ERAI) with two or more points. */
export function costCharts(metrics: RouteMetrics[]): HTMLElement {
  const section = document.createElement('section');
  section.className = 'route-cost-charts';
  const heading = document.createElement('h3');
  heading.textContent = t('routes.charts.cost');
  section.append(heading);
  for (const m of metrics)
    for (const s of m.costUsdPerFeu?.series ?? []) {
      if (s.points.length < 2) continue;
      const points = s.points.map((p) => ({ x: timeOf(p.asOf), label: p.asOf, value: p.value, sources: p.sources }));
      const note = `${t('routes.charts.reporter', { reporter: s.reporter })}; ${s.covers}.`;
      const box = figure(`${m.name}: ${s.title}`, note, points, 'line', t('routes.charts.date'), s.unit);
      box.dataset.route = m.id;
      section.append(box);
    }
  return section;
}

/** One chart per volume series, each reporter apart, and the capacity links with their utilisation. */
export function volumeCharts(volumes: RouteVolumes): HTMLElement {
  const details = document.createElement('details');
  details.className = 'route-volumes';
  const summary = document.createElement('summary');
  summary.textContent = t('routes.charts.volumes');
  details.append(summary);
  for (const s of volumes.series) {
    const points = s.points.map((p) => ({
      x: p.year, label: String(p.year), value: p.value, sources: p.sources,
      lowerBound: p.lowerBound === true, approximate: p.approximate === true,
    }));
    const note = t('routes.charts.reporter', { reporter: s.reporter });
    const box = figure(s.title, note, points, 'bars', t('routes.charts.year'), s.unit);
    box.dataset.series = s.id;
    details.append(box);
  }
  const heading = document.createElement('h4');
  heading.textContent = t('routes.charts.links');
  const list = document.createElement('ul');
  for (const l of volumes.links) {
    const li = document.createElement('li');
    li.append(originalText(document.createElement('span'), `${t('routes.charts.linkText', {
      name: l.name, throughput: formatNumber(l.throughput.value), capacity: formatNumber(l.capacity.value),
      unit: l.capacity.unit,
      year: String(l.throughput.year), percent: formatNumber(Math.round(l.utilisation * 100)),
    })} `));
    [...l.capacity.sources, ...l.throughput.sources]
      .forEach((s, i) => li.append(...(i ? [document.createTextNode('; ')] : []), sourceLink(s)));
    list.append(li);
  }
  details.append(heading, list);
  return details;
}
