import { describe, expect, it } from 'vitest';
import { formatBillions, valuesFor, yearRange } from '../../src/trade/types';
import type { TradeSeries } from '../../src/contract';

const point = (year: number, total: number) => ({
  year,
  total: total * 1e9,
  exports: null,
  imports: null,
  derived: false,
  note: null,
  source: { title: 's', url: null },
  sources: [],
});
const series: TradeSeries[] = [
  { iso3: 'KAZ', name: 'Kazakhstan', reporter: 'china', points: [point(2013, 28.5), point(2016, 13.1)] },
  { iso3: 'UZB', name: 'Uzbekistan', reporter: 'china', points: [point(2015, 3.5)] },
  { iso3: 'UZB', name: 'Uzbekistan', reporter: 'partner', points: [point(2018, 6.4)] },
];

describe('valuesFor', () => {
  it('lists the five partners in order, with null where no source gives a value', () => {
    const values = valuesFor(series, 2013, 'china');
    expect(values.map((v) => v.iso3)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(values[0]!.point?.total).toBe(28.5e9);
    expect(values[4]!.point).toBeNull();
    expect(values[4]!.name).toBe('Uzbekistan');
  });
});

describe('yearRange', () => {
  it('spans every year from the first to the last with data for the reporter', () => {
    expect(yearRange(series, 'china')).toEqual([2013, 2014, 2015, 2016]);
    expect(yearRange(series, 'partner')).toEqual([2018]);
  });
});

describe('formatBillions', () => {
  it('writes dollars as billions and no data as such', () => {
    expect(formatBillions(43.82e9)).toBe('$43.82bn');
    expect(formatBillions(3.86e9)).toBe('$3.86bn');
    expect(formatBillions(null)).toBe('no data');
  });
});
