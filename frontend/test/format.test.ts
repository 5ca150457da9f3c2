import { describe as suite, expect, it } from 'vitest';
import { describe, formatDate, formatDateRange, safeUrl } from '../src/format';

suite('formatDate', () => {
  it('writes ISO dates as day month year', () => {
    expect(formatDate('2023-05-18')).toBe('18 May 2023');
  });
  it('leaves text that is not a date alone', () => {
    expect(formatDate('spring')).toBe('spring');
  });
});

suite('formatDateRange', () => {
  it('shares the month and year of a short summit', () => {
    expect(formatDateRange('2023-05-18', '2023-05-19')).toBe('18–19 May 2023');
  });
  it('writes one day once', () => {
    expect(formatDateRange('2025-06-17', '2025-06-17')).toBe('17 June 2025');
  });
  it('spans months', () => {
    expect(formatDateRange('2025-06-30', '2025-07-01')).toBe('30 June – 1 July 2025');
  });
});

suite('describe', () => {
  const summit = {
    name: "Xi'an",
    country: 'CHN',
    startDate: '2023-05-18',
    endDate: '2023-05-19',
    title: 'First China–Central Asia Summit',
    outcomes: ["Xi'an Declaration signed", '26 bn yuan of financing'],
    sources: [{ title: 'People’s Daily', url: 'http://en.people.cn/n3/2023/0519/c90000-20021047.html' }, { title: 'RFE/RL, 19 May 2023', url: null }],
  };

  it('titles a summit by its title, with place and dates beneath', () => {
    const d = describe(summit);
    expect(d.title).toBe('First China–Central Asia Summit');
    expect(d.subtitle).toBe("Xi'an, 18–19 May 2023");
  });

  it('names countries, and lists outcomes as a list', () => {
    const d = describe(summit);
    expect(d.rows).toContainEqual({ label: 'Country', value: 'China' });
    expect(d.lists).toEqual([{ label: 'Outcomes', items: summit.outcomes }]);
    expect(d.sources).toHaveLength(2);
  });

  it('reads gauges, kinds and dates of infrastructure', () => {
    const d = describe({ name: 'Khorgos Gateway', kind: 'dry-port', gaugeChange: '1435/1520', gaugeMm: 1520, asOf: '2026-02-06', status: 'under-construction' });
    expect(d.rows).toEqual([
      { label: 'Kind', value: 'Dry port' },
      { label: 'Gauge change', value: '1435/1520 mm' },
      { label: 'Track gauge', value: '1,520 mm' },
      { label: 'Facts as of', value: '6 February 2026' },
      { label: 'Status', value: 'Under construction' },
    ]);
  });

  it('skips nulls and keeps a schematic line note', () => {
    const d = describe({ name: 'Kashgar – Torugart', gaugeChange: null, geometryNote: 'Drawn straight between the named stations' });
    expect(d.rows).toEqual([]);
    expect(d.notes).toEqual(['Drawn straight between the named stations']);
  });
});

suite('safeUrl', () => {
  it('keeps web links', () => {
    expect(safeUrl('https://astanatimes.com/x')).toBe('https://astanatimes.com/x');
  });
  it('refuses script and data links and nonsense', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
