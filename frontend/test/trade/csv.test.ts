import { describe, expect, it } from 'vitest';
import { seriesToCsv } from '../../src/trade/csv';
import type { TradeSeries } from '../../src/contract';

const series: TradeSeries[] = [
  {
    iso3: 'KAZ',
    name: 'Kazakhstan',
    reporter: 'china',
    points: [
      {
        year: 2023,
        total: 41e9,
        exports: 24.7e9,
        imports: 16.3e9,
        derived: false,
        note: '+32%, record',
        source: { title: 'Eurasianet', url: 'https://eurasianet.org/x' },
        sources: [
          { title: 'Eurasianet', url: 'https://eurasianet.org/x' },
          { title: 'RFE/RL', url: null },
        ],
      },
    ],
  },
  {
    iso3: 'KAZ',
    name: 'Kazakhstan',
    reporter: 'partner',
    points: [
      {
        year: 2013,
        total: 22.53e9,
        exports: null,
        imports: null,
        derived: false,
        note: null,
        source: { title: 'CACI', url: null },
        sources: [{ title: 'CACI', url: null }],
      },
    ],
  },
];

describe('seriesToCsv', () => {
  it('writes one row per value, oldest first, with its sources, quoted commas and a defused leading +', () => {
    const lines = seriesToCsv(series).trim().split('\r\n');
    expect(lines[0]).toBe('year,iso3,partner,reporter,total_usd,exports_usd,imports_usd,derived,note,sources');
    expect(lines[1]).toBe('2013,KAZ,Kazakhstan,partner,22530000000,,,false,,CACI');
    // The note starts with +, which a spreadsheet would run as a formula: it is written defused, with a leading '.
    expect(lines[2]).toBe(
      '2023,KAZ,Kazakhstan,china,41000000000,24700000000,16300000000,false,"\'+32%, record",'
        + 'Eurasianet <https://eurasianet.org/x>; RFE/RL',
    );
  });

  it('quotes a note holding a carriage return (the old writer left it bare)', () => {
    const one: TradeSeries[] = [{ ...series[1]!, points: [{ ...series[1]!.points[0]!, note: 'line\rbreak' }] }];
    expect(seriesToCsv(one).split('\r\n')[1]).toBe(
      '2013,KAZ,Kazakhstan,partner,22530000000,,,false,"line\rbreak",CACI',
    );
  });
});
