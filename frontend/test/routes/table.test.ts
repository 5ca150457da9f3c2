import { describe, expect, it } from 'vitest';
import { metricsToCsv } from '../../src/routes/csv';
import { comparisonTable } from '../../src/routes/table';
import { metrics } from './metrics';

describe('comparisonTable', () => {
  const element = comparisonTable(
    [
      metrics('middle-corridor', 'Middle Corridor'),
      metrics('cku-railway', 'CKU', {
        gaugeBreaks: null,
        status: 'under-construction',
        opensAbout: { year: 2030, text: 'commercial operation envisaged about 2030', sources: [] },
        transitDays: {
          min: null,
          max: null,
          basis: 'none',
          source: null,
          sources: [],
          figures: [],
          note: 'Under construction',
        },
      }),
    ],
    new Map(),
  );
  const row = (label: string) =>
    [
      ...[...element.querySelectorAll('tbody tr')]
        .find((tr) => tr.firstElementChild?.textContent === label)!
        .querySelectorAll('td'),
    ].map((td) => td.textContent);

  it('puts routes side by side, metric by metric, with readable values', () => {
    expect([...element.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Metric',
      'Middle Corridor',
      'CKU',
    ]);
    expect(row('Length (km)')).toEqual(['8,098', '8,098']);
    expect(row('Length basis')[0]).toBe('published for 1 of 2 sections, drawn geometry elsewhere');
    expect(row('By country (km)')[0]).toBe('China 2,842 · Kazakhstan 2,804');
    expect(row('Countries in travel order')[0]).toBe('China → Kazakhstan → Azerbaijan');
    expect(row('Gauge breaks')).toEqual(['1 (Altynkol)', 'unknown']);
    expect(row('Status')).toEqual(['open today', 'under construction (commercial operation envisaged about 2030)']);
  });

  it('shows transit and CO2e as ranges and names the spread', () => {
    expect(row('Transit (days)')).toEqual(['13–17 days', 'not published']);
    expect(row('Transit spread')[0]).toBe('1 published figure, 2026-03');
    expect(row('CO2e per TEU (kg)')[0]).toBe('1,605–3,242');
  });

  it('lists every transit figure, published length and CO2e factor with its source', () => {
    const notes = element.querySelector('.route-sources')!.textContent!;
    // A figure for other endpoints is listed, marked, and leaves the range to the figures for the same endpoints.
    expect(notes).toContain(
      "transit 32–37 days (other endpoints, not in the range): Xi'an → Duisburg (2025-08-27): Navis Group",
    );
    expect(notes).toContain('Middle Corridor: The range spans only the figures for China → Europe.');
    expect(notes).toContain('about three times longer than the Northern route');
    expect(notes).toContain(
      'CKU, China section: 213 km (Chinese plan) against 155 km (Kyrgyz authorities), the middle of the range used',
    );
    expect(notes).toContain('assuming 10 t of goods per TEU');
    expect(notes).toContain('Under construction');
  });
});

describe('metricsToCsv', () => {
  it('writes one row per route with its ranges and transit sources', () => {
    const [header, row] = metricsToCsv([metrics('middle-corridor', 'Middle Corridor, via Caspian')])
      .trim()
      .split('\r\n');
    expect(header).toBe([
      'route,length_km,geometry_km,length_basis,rail_km,sea_km,road_km,km_by_country,countries,border_crossings',
      'gauge_breaks,transshipments,transit_min_days,transit_max_days,transit_basis,transit_figures',
      'co2e_min_kg_per_teu,co2e_max_kg_per_teu,co2e_basis,transit_sources,cost_min_usd_per_feu,cost_max_usd_per_feu',
      'cost_figures,border_hours_min,border_hours_max,border_hours_total_min,border_hours_total_max,tightest_link',
      'tightest_link_utilisation',
    ].join(','));
    expect(row).toBe(
      '"Middle Corridor, via Caspian",8098,8090,mixed,7606,492,0,CHN 2842 KAZ 2804,CHN KAZ AZE,2,1,2,13,17,published,1,'
        + '1605,3242,well-to-wheel CO2e,Report.az <https://report.az/x>,,,,,,,,,',
    );
  });

  it('quotes a name holding a carriage return (the old writer left it bare)', () => {
    const row = metricsToCsv([metrics('x', 'Middle\rCorridor')]).split('\r\n')[1]!;
    expect(row.startsWith('"Middle\rCorridor",8098,')).toBe(true);
  });
});

describe('cost, border hours and the tightest link', () => {
  const wb = { title: 'EY (World Bank)', url: 'https://ey.com/x' };
  const erai = { title: 'Index1520', url: 'https://index1520.com/x' };
  const cpmm = { title: 'CAREC CPMM 2022', url: 'https://cpmm.carecprogram.org/x' };
  const priced = metrics('northern-corridor', 'Northern', {
    costUsdPerFeu: {
      min: 3121,
      max: 3121,
      unit: 'USD/FEU',
      basis: 'published',
      note: null,
      series: [],
      surcharges: [],
      figures: [
        {
          value: 3121,
          unit: 'USD/FEU',
          year: 2023,
          covers: 'station-to-station',
          reporter: 'World Bank',
          comparable: true,
          sources: [wb],
        },
        {
          value: 3289,
          unit: 'USD/FEU',
          asOf: '2024-07-15',
          covers: 'border-to-border',
          reporter: 'UTLC ERA (ERAI)',
          comparable: false,
          sources: [erai],
        },
      ],
    },
    borderHours: {
      min: 30.5,
      max: 80.2,
      totalMin: 37.3,
      totalMax: 158.2,
      places: ['Alashankou'],
      basis: 'published',
      note: '',
      figures: [
        {
          place: 'Alashankou (China), rail',
          mode: 'rail',
          direction: 'outbound',
          year: 2022,
          hours: 30.5,
          reporter: 'ADB CAREC CPMM',
          sources: [cpmm],
        },
      ],
    },
    tightestLink: {
      id: 'l',
      name: 'Baku port',
      nodes: ['alat'],
      utilisation: 0.487,
      capacity: {
        value: 15,
        unit: 'million tonnes',
        asOf: '2023-11-18',
        text: '15 million tonnes a year',
        sources: [wb],
      },
      throughput: { value: 7.3, unit: 'million tonnes', year: 2023, reporter: 'Baku port', sources: [wb] },
    },
  });
  const none = metrics('cku-railway', 'CKU', {
    costUsdPerFeu: {
      min: null,
      max: null,
      unit: 'USD/FEU',
      basis: 'none',
      note: 'No published figure.',
      figures: [],
      series: [],
      surcharges: [],
    },
    borderHours: {
      min: null,
      max: null,
      totalMin: null,
      totalMax: null,
      places: [],
      basis: 'none',
      note: 'No published figure.',
      figures: [],
    },
    tightestLink: null,
  });
  const element = comparisonTable([priced, none], new Map());
  const row = (label: string) =>
    [
      ...[...element.querySelectorAll('tbody tr')]
        .find((tr) => tr.firstElementChild?.textContent === label)!
        .querySelectorAll('td'),
    ].map((td) => td.textContent);

  it('shows the spread of comparable costs, border hours and the tightest link, or says none is published', () => {
    expect(row('Cost per 40-ft container (USD)')).toEqual([
      '3,121 USD/FEU (published figures: 2)',
      'no published figure',
    ]);
    expect(row('Hours at borders')).toEqual(['30.5–80.2 h', 'no published figure']);
    expect(row('Hours at borders, total')).toEqual(['37.3–158.2 h', 'no published figure']);
    expect(row('Tightest link')).toEqual(['Baku port: 49% of capacity used (2023)', 'no published figure']);
  });

  it('lists every cost and border figure with its scope and source', () => {
    const notes = element.querySelector('.route-sources')!.textContent!;
    expect(notes).toContain(
      'Northern, 3,289 USD/FEU (2024-07-15, UTLC ERA (ERAI), border-to-border, not comparable): Index1520',
    );
    expect(notes).toContain('Alashankou (China), rail, rail, outbound, 2022: 30.5 h (ADB CAREC CPMM): CAREC CPMM 2022');
  });

  it('puts the ranges in the CSV', () => {
    const line = metricsToCsv([priced]).trim().split('\r\n')[1]!;
    expect(line).toContain(
      ',3121,3121,3121 USD/FEU 2023 station-to-station World Bank; '
        + '3289 USD/FEU 2024-07-15 border-to-border UTLC ERA (ERAI) (not comparable),'
        + '30.5,80.2,37.3,158.2,Baku port,0.487',
    );
  });
});
