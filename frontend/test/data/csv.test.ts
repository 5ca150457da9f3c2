import { describe, expect, it } from 'vitest';
import { cellText, featuresToCsv, wkt } from '../../src/data/csv';

describe('featuresToCsv', () => {
  it('writes id, WKT and every property, with sources as title <url> and quoted commas', () => {
    const csv = featuresToCsv([
      {
        id: 'khorgos-gateway',
        geometry: { type: 'Point', coordinates: [80.25, 44.2] },
        properties: {
          name: 'Khorgos Gateway',
          gaugeChange: '1435/1520',
          sources: [
            { title: 'KazTAG, 4 Oct 2024', url: 'https://kaztag.info/x' },
            { title: 'RFE/RL', url: null },
          ],
        },
      },
      {
        id: 'aktau',
        geometry: { type: 'Point', coordinates: [51.15, 43.65] },
        properties: { name: 'Aktau, port', kind: 'seaport' },
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,wkt,name,gaugeChange,sources,kind',
      'khorgos-gateway,POINT (80.25 44.2),Khorgos Gateway,1435/1520,'
        + '"KazTAG, 4 Oct 2024 <https://kaztag.info/x>; RFE/RL",',
      'aktau,POINT (51.15 43.65),"Aktau, port",,,seaport',
      '',
    ]);
  });

  it('quotes quotes and keeps plain values, lists and objects readable', () => {
    expect(cellText(['a', 'b'])).toBe('a; b');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
    expect(cellText({ min: 1 })).toBe('{"min":1}');
    expect(featuresToCsv([{ id: 1, geometry: null, properties: { note: 'say "hi"' } }]).split('\r\n')[1]).toBe(
      '1,,"say ""hi"""',
    );
  });

  it('keeps negative numbers as numbers and defuses text a spreadsheet would run', () => {
    expect(featuresToCsv([{ id: 2, geometry: null, properties: { change: -5.1, note: '=1+1', list: ['-x', 'y'] } }]))
      .toBe('id,wkt,change,note,list\r\n2,,-5.1,"\'=1+1","\'-x; y"\r\n');
  });
});

describe('wkt', () => {
  it('writes lines and polygons longitude first, rings in parentheses', () => {
    expect(
      wkt({
        type: 'LineString',
        coordinates: [
          [75.99, 39.47],
          [75.4, 40.53],
        ],
      }),
    ).toBe('LINESTRING (75.99 39.47, 75.4 40.53)');
    expect(
      wkt({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toBe('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))');
    expect(
      wkt({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 0],
          ],
          [
            [0.5, 0.5],
            [1, 0.5],
            [1, 1],
            [0.5, 0.5],
          ],
        ],
      }),
    ).toBe('POLYGON ((0 0, 2 0, 2 2, 0 0), (0.5 0.5, 1 0.5, 1 1, 0.5 0.5))');
  });
});
