import { describe, expect, it } from 'vitest';
import { volumesToCsv } from '../../src/routes/csv';
import type { VolumeSeries } from '../../src/contract';

const series: VolumeSeries[] = [
  {
    id: 'khorgos-gateway-teu',
    title: 'Khorgos Gateway, containers',
    unit: 'TEU',
    kind: 'throughput',
    reporter: 'KTZ, "Express"',
    routes: ['northern', 'middle-corridor'],
    points: [
      { year: 2016, value: 80000, lowerBound: true, sources: [{ title: 'KTZ, 2017', url: 'https://example.org/ktz' }] },
      {
        year: 2018,
        value: 133000,
        approximate: true,
        sources: [
          { title: 'Kazinform', url: null },
          { title: 'Astana Times', url: 'https://example.org/at' },
        ],
      },
    ],
  },
  {
    id: 'trains',
    title: 'China–Europe trains',
    unit: 'trains',
    kind: 'trains',
    reporter: 'China State Railway Group',
    routes: [],
    points: [{ year: 2024, value: 19000, sources: [{ title: 'Xinhua', url: null }] }],
  },
];

describe('volumesToCsv', () => {
  it('gives a row per figure with its series, reporter, unit, qualifier and sources', () => {
    const lines = volumesToCsv(series).trimEnd().split('\r\n');
    // The series' own columns, the same on each of its rows.
    const khorgos = 'khorgos-gateway-teu,"Khorgos Gateway, containers",throughput,"KTZ, ""Express""",TEU,'
      + 'northern middle-corridor';
    expect(lines).toEqual([
      'series_id,series,kind,reporter,unit,routes,year,value,qualifier,sources',
      `${khorgos},2016,80000,over,"KTZ, 2017 <https://example.org/ktz>"`,
      `${khorgos},2018,133000,about,Kazinform; Astana Times <https://example.org/at>`,
      'trains,China–Europe trains,trains,China State Railway Group,trains,,2024,19000,,Xinhua',
    ]);
  });
});
