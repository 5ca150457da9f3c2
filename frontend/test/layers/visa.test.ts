import { describe as suite, expect, it } from 'vitest';
import { describeVisa, visaClassAt } from '../../src/layers/visa';

const source = (title: string) => ({ title, url: `https://example.org/${title}` });
const kazakhstan = {
  iso3: 'KAZ',
  name: 'Kazakhstan',
  status: 'mutual',
  asOf: '2023-11-10',
  classSince: [
    { from: '2020-01-01', class: 'partial' },
    { from: '2023-11-10', class: 'mutual' },
  ],
  rules: [
    {
      id: 'transit',
      direction: 'from-china',
      kind: 'partial',
      who: 'Chinese citizens in transit by air',
      maxStay: '72 hours',
      effective: '2020-01-01',
      end: null,
      status: 'in-force',
      sources: [source('transit')],
    },
    {
      id: 'mutual',
      direction: 'both',
      kind: 'general',
      who: 'Citizens of both',
      maxStay: '30 days',
      signed: '2023-05-17',
      effective: '2023-11-10',
      end: null,
      status: 'in-force',
      sources: [source('mutual')],
    },
    {
      id: 'talks',
      direction: 'both',
      kind: 'talks',
      who: 'Everyone else',
      effective: null,
      end: null,
      asOf: '2026-03-12',
      status: 'under-discussion',
      sources: [source('talks')],
    },
  ],
  sources: [source('transit'), source('mutual'), source('talks')],
};

suite('visaClassAt', () => {
  it('reads the class in force at the end of the year', () => {
    expect(visaClassAt(kazakhstan, 2019)).toBe('none');
    expect(visaClassAt(kazakhstan, 2022)).toBe('partial');
    expect(visaClassAt(kazakhstan, 2023)).toBe('mutual');
    expect(visaClassAt(kazakhstan, null)).toBe('mutual');
  });

  it('reads a month-precise change in its year', () => {
    expect(visaClassAt({ classSince: [{ from: '2023-10', class: 'partial' }] }, 2023)).toBe('partial');
    expect(visaClassAt({ classSince: [{ from: '2023-10', class: 'partial' }] }, 2022)).toBe('none');
  });
});

suite('describeVisa', () => {
  it('says what was in force, what changed and when, and what came later', () => {
    const d = describeVisa(kazakhstan, 2022);
    expect(d.title).toBe('Kazakhstan: visa-free travel with China');
    expect(d.subtitle).toBe('End of 2022: Visa-free one way, or for some travellers');
    const list = (label: string) => d.lists.find((l) => l.label === label)?.items;
    expect(list('In force at the end of 2022')).toEqual([
      'Chinese citizens in transit by air, into Kazakhstan: 72 hours. From 1 January 2020 [1]',
    ]);
    expect(list('What changed and when')).toEqual([
      '1 January 2020: visa-free one way, or for some travellers',
      '10 November 2023: visa-free both ways',
    ]);
    expect(list('Later')).toEqual([
      'Citizens of both, both ways: 30 days. From 10 November 2023, signed 17 May 2023 [2]',
    ]);
    expect(list('Not in force')).toEqual(['under discussion: Everyone else, both ways. As of 12 March 2026 [3]']);
    expect(d.sources).toHaveLength(3);
  });

  it('counts a rule in force from the year it starts', () => {
    const d = describeVisa(kazakhstan, 2024);
    expect(d.subtitle).toBe('End of 2024: Visa-free both ways');
    expect(d.lists.find((l) => l.label === 'In force at the end of 2024')?.items).toHaveLength(2);
    expect(d.lists.some((l) => l.label === 'Later')).toBe(false);
  });
});
