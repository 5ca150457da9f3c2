import { describe as suite, expect, it } from 'vitest';
import { formatDate, formatDateRange, safeUrl } from '../src/format';
import { describe } from '../src/layers/describe';

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
    sources: [
      { title: 'People’s Daily', url: 'http://en.people.cn/n3/2023/0519/c90000-20021047.html' },
      { title: 'RFE/RL, 19 May 2023', url: null },
    ],
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
    const d = describe({
      name: 'Khorgos Gateway',
      kind: 'dry-port',
      gaugeChange: '1435/1520',
      gaugeMm: 1520,
      asOf: '2026-02-06',
      status: 'under-construction',
    });
    expect(d.rows).toEqual([
      { label: 'Kind', value: 'Dry port' },
      { label: 'Gauge change', value: '1435/1520 mm' },
      { label: 'Track gauge', value: '1,520 mm' },
      { label: 'Facts as of', value: '6 February 2026' },
      { label: 'Status', value: 'Under construction' },
    ]);
  });

  it('skips nulls and keeps a schematic line note', () => {
    const d = describe({
      name: 'Kashgar – Torugart',
      gaugeChange: null,
      geometryNote: 'Drawn straight between the named stations',
    });
    expect(d.rows).toEqual([]);
    expect(d.notes).toEqual(['Drawn straight between the named stations']);
  });
});

suite('describe with figures and their sources', () => {
  const a = { title: 'Xinhua', url: 'https://xinhua.example/a' };
  const b = { title: 'OGJ', url: 'https://ogj.example/b' };
  const pipeline = {
    name: 'Oil pipeline',
    names: { en: 'Oil pipeline', zh: '中哈原油管道' },
    joins: ['KAZ', 'CHN'],
    drawnKm: 916,
    diameterMm: 813,
    publishedKm: [
      { km: 962, covers: 'Atasu – Alataw Pass', checked: true, sources: [a] },
      { km: 1000, covers: 'about', sources: [b, a] },
    ],
    startOfOperation: [{ text: 'July 2006', sources: [b] }],
    sources: [a, b],
  };

  it('lists each figure with the numbers of its sources', () => {
    const d = describe(pipeline);
    expect(d.lists).toEqual([
      {
        label: 'Published lengths',
        items: [
          '962 km: Atasu – Alataw Pass (the drawing is checked against this length) [1]',
          '1,000 km: about [2, 1]',
        ],
      },
      { label: 'Start of operation', items: ['July 2006 [2]'] },
    ]);
  });

  it('puts other names beneath the title and reads countries, lengths and diameters', () => {
    const d = describe(pipeline);
    expect(d.subtitle).toBe('中哈原油管道');
    expect(d.rows).toEqual([
      { label: 'Joins', value: 'Kazakhstan – China' },
      { label: 'Drawn length', value: '916 km, straight between the places below' },
      { label: 'Diameter', value: '813 mm' },
    ]);
  });

  it('numbers a source a figure cites that the feature does not list', () => {
    const d = describe({
      name: 'x',
      capacity: [{ text: '20 Mt', sources: [{ title: 'Other', url: null }] }],
      sources: [a],
    });
    expect(d.lists[0]!.items).toEqual(['20 Mt [2]']);
    expect(d.sources.map((s) => s.title)).toEqual(['Xinhua', 'Other']);
  });

  it('writes month- and year-precise dates as such', () => {
    expect(formatDate('2023-10')).toBe('October 2023');
    expect(formatDate('2012')).toBe('2012');
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

suite('border hours on a hub', () => {
  it('lists each CPMM figure under its own heading, numbered to its source', () => {
    const cpmm = { title: 'ADB, CAREC CPMM 2022', url: 'https://cpmm.carecprogram.org/x' };
    const d = describe({
      name: 'Alashankou',
      sources: [],
      borderHours: [{ text: '2022, outbound: 30.5 h at Alashankou (China), rail (ADB CAREC CPMM)', sources: [cpmm] }],
    });
    const list = d.lists.find((l) => l.label === 'Hours to cross (CAREC CPMM)');
    expect(list?.items).toEqual(['2022, outbound: 30.5 h at Alashankou (China), rail (ADB CAREC CPMM) [1]']);
    expect(d.sources).toEqual([cpmm]);
  });
});
