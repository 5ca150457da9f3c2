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

function chart(series: TradeSeries, name: string): SVGSVGElement {
  const points = series.points;
  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxBn = Math.max(...points.map((p) => billions(p.total)));
  const x = (year: number) =>
    size.left +
    (maxYear === minYear ? 0.5 : (year - minYear) / (maxYear - minYear)) * (size.width - size.left - size.right);
  const y = (bn: number) => size.height - size.bottom - (bn / maxBn) * (size.height - size.top - size.bottom);

  const root = svg('svg', {
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: String(size.width),
    height: String(size.height),
    role: 'img',
    class: 'trade-chart',
  });
  const title = svg('title');
  title.textContent = t('trade.chartTitle', { name });
  root.append(title);
  root.append(
    svg('line', {
      x1: String(size.left),
      y1: String(y(0)),
      x2: String(size.width - size.right),
      y2: String(y(0)),
      stroke: '#777',
    }),
  );
  for (const [text, yy] of [
    [formatNumber(maxBn, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), y(maxBn)],
    ['0', y(0)],
  ] as const) {
    const label = svg('text', { x: String(size.left - 4), y: String(yy + 4), 'text-anchor': 'end', class: 'axis' });
    label.textContent = text;
    root.append(label);
  }
  for (const year of [minYear, maxYear]) {
    const label = svg('text', {
      x: String(x(year)),
      y: String(size.height - 6),
      'text-anchor': 'middle',
      class: 'axis',
    });
    label.textContent = String(year);
    root.append(label);
  }
  const lines: ['total' | 'exports' | 'imports', string, string][] = [
    ['total', '#253494', ''],
    ['exports', '#c62828', '5 3'],
    ['imports', '#00838f', '2 3'],
  ];
  for (const [key, colour, dash] of lines) {
    const values = points
      .filter((p) => p[key] !== null)
      .map((p) => [x(p.year), y(billions(p[key] as number))] as const);
    if (!values.length) continue;
    if (values.length > 1)
      root.append(
        svg('polyline', {
          points: values.map(([a, b]) => `${a},${b}`).join(' '),
          fill: 'none',
          stroke: colour,
          'stroke-width': '2',
          ...(dash ? { 'stroke-dasharray': dash } : {}),
        }),
      );
    for (const p of points.filter((q) => q[key] !== null)) {
      const dot = svg('circle', {
        cx: String(x(p.year)),
        cy: String(y(billions(p[key] as number))),
        r: '3',
        fill: colour,
      });
      const tip = svg('title');
      tip.textContent = `${p.year} ${t(`trade.${key}`)}: ${formatBillions(p[key])}`;
      dot.append(tip);
      root.append(dot);
    }
  }
  const legend = svg('text', { x: String(size.left + 4), y: String(size.top + 8), class: 'axis' });
  legend.textContent = t('trade.chartLegend');
  root.append(legend);
  return root;
}

