// A route's metrics as the API returns them, for the table and CSV tests: the Middle Corridor with a published length,
// transit figures from two sources, CO2e factors and a section whose published length differs from the drawn one.
import type { RouteMetrics } from '../../src/contract';

const report = { title: 'Report.az', url: 'https://report.az/x' };
const navis = { title: 'Navis Group', url: 'https://navisgroup.com.ua/x' };

export const metrics = (id: string, name: string, extra: Partial<RouteMetrics> = {}): RouteMetrics => ({
  id,
  name,
  lengthKm: 8098,
  geometryKm: 8090,
  lengthBasis: 'mixed',
  lengthByModeKm: { rail: 7606, sea: 492, road: 0 },
  lengthByCountryKm: { CHN: 2842, KAZ: 2804 },
  countries: ['CHN', 'KAZ', 'AZE'],
  borderCrossings: 2,
  gaugeBreaks: 1,
  gaugeBreakPlaces: ['Altynkol'],
  transshipments: 2,
  transshipmentPlaces: ['Aktau', 'Alat'],
  transitDays: {
    min: 13,
    max: 17,
    basis: 'published',
    spread: { figures: 1, from: '2026-03-10', to: '2026-03-10' },
    source: report,
    sources: [report],
    figures: [
      { minDays: 13, maxDays: 17, covers: 'China → Europe', asOf: '2026-03-10', scope: 'route', sources: [report] },
      {
        minDays: 32,
        maxDays: 37,
        covers: "Xi'an → Duisburg",
        asOf: '2025-08-27',
        scope: 'other-endpoints',
        sources: [navis],
      },
    ],
    note: 'The range spans only the figures for China → Europe.',
    comparisons: [
      {
        text: 'about three times longer than the Northern route',
        asOf: '2023-11-26',
        sources: [{ title: 'World Bank', url: null }],
      },
    ],
  },
  co2KgPerTeu: 2424,
  co2: {
    min: 1605,
    max: 3242,
    basis: 'well-to-wheel CO2e',
    tonnesPerTeu: { value: 10, sources: [{ title: 'Searoutes', url: null }] },
    byMode: {
      rail: {
        km: 7606,
        minKgPerTeuKm: 0.15,
        maxKgPerTeuKm: 0.3,
        basis: 'GLEC-aligned',
        sources: [{ title: 'GLEC benchmark', url: null }],
      },
    },
  },
  sections: [
    {
      id: 'a',
      name: 'Kashgar – Torugart',
      mode: 'rail',
      status: 'under-construction',
      lengthKm: 184,
      geometryKm: 149,
      basis: 'published',
      lengthByCountryKm: { CHN: 184 },
      published: {
        line: 'cku-china',
        name: 'CKU, China section',
        km: 184,
        minKm: 155,
        maxKm: 213,
        drawnKm: 149,
        shortfall: null,
        figures: [
          { km: 213, by: 'Chinese plan', sources: [{ title: "People's Daily", url: null }] },
          { km: 155, by: 'Kyrgyz authorities', sources: [{ title: 'AFP', url: null }] },
        ],
      },
    },
    {
      id: 'b',
      name: 'Andijan – Tashkent',
      mode: 'rail',
      status: 'operational',
      lengthKm: 276,
      geometryKm: 276,
      basis: 'geometry',
      lengthByCountryKm: { UZB: 276 },
    },
  ],
  status: 'operational',
  geometry: {
    type: 'LineString',
    coordinates: [
      [108.9, 34.27],
      [49.41, 39.95],
    ],
  },
  ...extra,
});
