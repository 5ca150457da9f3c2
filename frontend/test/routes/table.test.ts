import { describe, expect, it } from 'vitest';
import { comparisonTable, metricsToCsv } from '../../src/routes/table';
import type { RouteMetrics } from '../../src/routes/types';

const metrics = (id: string, name: string, extra: Partial<RouteMetrics> = {}): RouteMetrics => ({
  id, name, lengthKm: 8057, lengthByModeKm: { rail: 7567, sea: 490, road: 0 }, countries: ['CHN', 'KAZ', 'AZE'],
  borderCrossings: 2, gaugeBreaks: 1, gaugeBreakPlaces: ['Altynkol'], transshipments: 2, transshipmentPlaces: ['Aktau', 'Alat'],
  transitDays: { min: 13, max: 25, basis: 'published', source: { title: 'Report.az', url: 'https://report.az/x' }, sources: [{ title: 'Report.az', url: 'https://report.az/x' }] },
  co2KgPerTeu: 899, co2Basis: { rail: { value: 0.113, basis: '11.3 g per tonne-km', sources: [{ title: 'ETRR', url: null }] } },
  geometry: { type: 'LineString', coordinates: [[108.9, 34.27], [49.41, 39.95]] }, ...extra,
});

describe('comparisonTable', () => {
  it('puts routes side by side, metric by metric, with readable values', () => {
    const element = comparisonTable([metrics('middle-corridor', 'Middle Corridor'), metrics('cku-railway', 'CKU', { gaugeBreaks: null, transitDays: { min: null, max: null, basis: 'none', source: null, sources: [], note: 'Under construction' } })], new Map());
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Metric', 'Middle Corridor', 'CKU']);
    const row = (label: string) => [...element.querySelectorAll('tbody tr')].find((tr) => tr.firstElementChild?.textContent === label)!;
    expect([...row('Length (km)').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['8,057', '8,057']);
    expect(row('Countries in travel order').querySelector('td')?.textContent).toBe('China → Kazakhstan → Azerbaijan');
    expect([...row('Gauge breaks').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1 (Altynkol)', 'unknown']);
    expect([...row('Transit (days)').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['13–25 days', 'not published']);
    expect(element.querySelector('.route-sources')?.textContent).toContain('Under construction');
  });
});

describe('metricsToCsv', () => {
  it('writes one row per route with its transit sources', () => {
    const [header, row] = metricsToCsv([metrics('middle-corridor', 'Middle Corridor, via Caspian')]).trim().split('\r\n');
    expect(header).toBe('route,length_km,rail_km,sea_km,road_km,countries,border_crossings,gauge_breaks,transshipments,transit_min_days,transit_max_days,transit_basis,co2_kg_per_teu,transit_sources');
    expect(row).toBe('"Middle Corridor, via Caspian",8057,7567,490,0,CHN KAZ AZE,2,1,2,13,25,published,899,Report.az <https://report.az/x>');
  });
});
