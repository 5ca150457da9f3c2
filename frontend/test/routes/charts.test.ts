import { describe, expect, it } from 'vitest';
import { chart, costCharts, layout, timeOf, volumeCharts } from '../../src/routes/charts';
import type { RouteMetrics } from '../../src/contract';

const drewry = { title: 'Drewry via Hellenic Shipping News', url: 'https://example.org/wci' };

describe('timeOf', () => {
  it('puts dates and bare years on one time axis', () => {
    expect(timeOf('2023')).toBe(2023.5);
    expect(timeOf('2023-01-01')).toBe(2023);
    expect(timeOf('2023-07')).toBeCloseTo(2023.5, 1);
  });
});

describe('layout', () => {
  it('runs earliest to latest from left to right and puts the highest value at the top', () => {
    const at = layout([
      { x: 2020, label: '2020', value: 2000, sources: [] },
      { x: 2021, label: '2021', value: 8000, sources: [] },
      { x: 2025, label: '2025', value: 0, sources: [] },
    ]);
    expect(at[0]!.x).toBeLessThan(at[1]!.x);
    expect(at[1]!.x).toBeLessThan(at[2]!.x);
    expect(at[1]!.y).toBeLessThan(at[0]!.y);
    expect(at[2]!.y).toBeGreaterThan(at[0]!.y);
  });
});

describe('chart', () => {
  it('draws one bar per year, paler where the source says "over"', () => {
    const svg = chart(
      [
        { x: 2016, label: '2016', value: 80000, sources: [], lowerBound: true },
        { x: 2018, label: '2018', value: 133000, sources: [] },
      ],
      'bars',
      'Khorgos',
    );
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(2);
    expect(bars[0]!.getAttribute('fill')).not.toBe(bars[1]!.getAttribute('fill'));
    expect(svg.getAttribute('aria-label')).toBe('Khorgos');
  });
});

describe('costCharts', () => {
  const route = (series: number): RouteMetrics => ({
    id: 'sea-suez',
    name: 'Sea via Suez',
    lengthKm: 1,
    geometryKm: 1,
    lengthBasis: 'geometry',
    lengthByModeKm: { rail: 0, sea: 1, road: 0 },
    lengthByCountryKm: {},
    countries: [],
    borderCrossings: 0,
    gaugeBreaks: 0,
    gaugeBreakPlaces: [],
    transshipments: 0,
    transshipmentPlaces: [],
    co2KgPerTeu: 0,
    co2: { min: 0, max: 0, basis: 'well-to-wheel CO2e', tonnesPerTeu: null, byMode: {} },
    sections: [],
    geometry: { type: 'LineString', coordinates: [] },
    transitDays: { min: null, max: null, basis: 'none', source: null, sources: [], figures: [] },
    costUsdPerFeu: {
      min: 1299,
      max: 9092,
      unit: 'USD/FEU',
      basis: 'published',
      note: null,
      figures: [],
      surcharges: [],
      series: [
        {
          id: 'wci',
          title: 'WCI Shanghai → Rotterdam',
          reporter: 'Drewry',
          unit: 'USD/FEU',
          covers: 'port-to-port',
          points: [
            { asOf: '2021-01-28', value: 8740, sources: [drewry] },
            { asOf: '2023-09-14', value: 1299, sources: [drewry] },
          ].slice(0, series),
        },
      ],
    },
  });

  it('charts a series with a table that names each point\'s source', () => {
    const section = costCharts([route(2)]);
    const figure = section.querySelector('figure')!;
    expect(figure.dataset.points).toBe('2');
    expect(figure.querySelector('polyline')).not.toBeNull();
    expect([...figure.querySelectorAll('tbody tr')].map((tr) => tr.firstElementChild!.textContent)).toEqual([
      '2021-01-28',
      '2023-09-14',
    ]);
    expect(figure.querySelector('tbody a')!.getAttribute('href')).toBe(drewry.url);
  });

  it('draws no line through a single point', () => {
    expect(costCharts([route(1)]).querySelector('figure')).toBeNull();
  });
});

describe('volumeCharts', () => {
  it('keeps each reporter\'s series apart and says how full each link is', () => {
    const details = volumeCharts({
      series: [
        {
          id: 'a',
          title: 'Middle Corridor cargo',
          unit: 'million tonnes',
          kind: 'throughput',
          reporter: 'Kazakh Ministry of Transport',
          routes: [],
          points: [{ year: 2024, value: 4.484, sources: [drewry] }],
        },
        {
          id: 'b',
          title: 'Middle Corridor containers',
          unit: 'TEU',
          kind: 'throughput',
          reporter: 'TITR Association',
          routes: [],
          points: [
            { year: 2022, value: 33600, sources: [drewry] },
            { year: 2025, value: 77000, approximate: true, sources: [drewry] },
          ],
        },
      ],
      links: [
        {
          id: 'l',
          name: 'Baku port',
          nodes: ['alat'],
          utilisation: 0.49,
          capacity: { value: 15, unit: 'million tonnes', asOf: '2023-11-18', text: '15 Mt', sources: [drewry] },
          throughput: { value: 7.3, unit: 'million tonnes', year: 2023, reporter: 'Baku port', sources: [drewry] },
        },
      ],
    });
    expect([...details.querySelectorAll('figure')].map((f) => f.dataset.series)).toEqual(['a', 'b']);
    expect(details.querySelectorAll('figure tbody a')).toHaveLength(3);
    expect(
      [...details.querySelectorAll('figure[data-series="b"] tbody tr')].map((tr) => tr.children[1]!.textContent),
    ).toEqual(['33,600', 'about 77,000']);
    expect(details.querySelector('li')!.textContent).toContain('Baku port: 7.3 of 15 million tonnes (2023), 49%');
  });
});
