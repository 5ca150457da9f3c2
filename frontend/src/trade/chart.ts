import { formatNumber } from '../i18n/formats';
import { svg } from '../dom';
import { t } from '../i18n/messages';
import { mirrorList } from './mirror';
import { billions, formatBillions, type Reporter } from './types';
import type { MirrorGap, TradeSeries } from '../contract';
import { sourceLink } from '../sourceLink';

const size = { width: 300, height: 150, left: 36, right: 10, top: 10, bottom: 22 };

/** A country's series for one reporter, as a small line chart (total, exports, imports) with its sources listed. */
export function countryDetail(
  name: string,
  series: TradeSeries | undefined,
  reporter: Reporter,
  mirror: MirrorGap[] = [],
): HTMLElement {
  const root = document.createElement('article');
  root.className = 'trade-detail';
  const heading = document.createElement('h2');
  heading.textContent = t('trade.detailHeading', { name });
  const sub = document.createElement('p');
  sub.className = 'feature-subtitle';
  sub.textContent = reporter === 'china' ? t('trade.asChinaReports') : t('trade.asPartnerReports', { name });
  root.append(heading, sub);
  if (!series || series.points.length === 0) {
    const none = document.createElement('p');
    none.textContent = t('trade.noFigures');
    root.append(none);
    return root;
  }
  root.append(chart(series, name));
  const list = document.createElement('ul');
  list.className = 'feature-sources';
  for (const p of [...series.points].reverse()) {
    const li = document.createElement('li');
    li.append(
      document.createTextNode(`${p.year}: ${formatBillions(p.total)}${p.derived ? ` (${t('trade.derived')})` : ''} — `),
    );
    li.append(sourceLink(p.source));
    list.append(li);
  }
  root.append(list);
  if (mirror.length) {
    const heading = document.createElement('h3');
    heading.textContent = t('trade.mirrorAgainst', { name });
    root.append(
      heading,
      mirrorList([...mirror].reverse(), (m) => String(m.year)),
    );
  }
  return root;
}

/** Where a year and a value in billions of dollars sit in the chart. */
interface Scale {
  x(year: number): number;
  y(bn: number): number;
}

type SeriesKey = 'total' | 'exports' | 'imports';

/** Total, exports and imports, each in its colour and dash. */
const lines: [SeriesKey, string, string][] = [
  ['total', '#253494', ''], ['exports', '#c62828', '5 3'], ['imports', '#00838f', '2 3'],
];

function chart(series: TradeSeries, name: string): SVGSVGElement {
  const points = series.points;
  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxBn = Math.max(...points.map((p) => billions(p.total)));
  const across = (year: number) => (maxYear === minYear ? 0.5 : (year - minYear) / (maxYear - minYear));
  const scale: Scale = {
    x: (year) => size.left + across(year) * (size.width - size.left - size.right),
    y: (bn) => size.height - size.bottom - (bn / maxBn) * (size.height - size.top - size.bottom),
  };
  const { width, height } = size;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), role: 'img', class: 'trade-chart',
  });
  const title = svg('title');
  title.textContent = t('trade.chartTitle', { name });
  root.append(title);
  axes(root, scale, maxBn, [minYear, maxYear]);
  for (const [key, colour, dash] of lines) seriesLine(root, scale, points, key, colour, dash);
  const legend = svg('text', { x: String(size.left + 4), y: String(size.top + 8), class: 'axis' });
  legend.textContent = t('trade.chartLegend');
  root.append(legend);
  return root;
}

/** The zero line, the top and zero values, and the first and last years. */
function axes(root: SVGSVGElement, scale: Scale, maxBn: number, years: [number, number]): void {
  const { x, y } = scale;
  root.append(svg('line', {
    x1: String(size.left), y1: String(y(0)), x2: String(size.width - size.right), y2: String(y(0)), stroke: '#777',
  }));
  const top = formatNumber(maxBn, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  for (const [text, yy] of [[top, y(maxBn)], ['0', y(0)]] as const) {
    const label = svg('text', { x: String(size.left - 4), y: String(yy + 4), 'text-anchor': 'end', class: 'axis' });
    label.textContent = text;
    root.append(label);
  }
  for (const year of years) {
    const label = svg('text', {
      x: String(x(year)), y: String(size.height - 6), 'text-anchor': 'middle', class: 'axis',
    });
    label.textContent = String(year);
    root.append(label);
  }
}

/** One series as a line through its known years, with a dot per year whose tooltip gives the figure. */
function seriesLine(
  root: SVGSVGElement,
  { x, y }: Scale,
  points: TradeSeries['points'],
  key: SeriesKey,
  colour: string,
  dash: string,
): void {
  const known = points.filter((p) => p[key] !== null);
  const values = known.map((p) => [x(p.year), y(billions(p[key] as number))] as const);
  if (!values.length) return;
  if (values.length > 1)
    root.append(svg('polyline', {
      points: values.map(([a, b]) => `${a},${b}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': '2',
      ...(dash ? { 'stroke-dasharray': dash } : {}),
    }));
  for (const p of known) {
    const centre = { cx: String(x(p.year)), cy: String(y(billions(p[key] as number))) };
    const dot = svg('circle', { ...centre, r: '3', fill: colour });
    const tip = svg('title');
    tip.textContent = `${p.year} ${t(`trade.${key}`)}: ${formatBillions(p[key])}`;
    dot.append(tip);
    root.append(dot);
  }
}

