import { describe, expect, it } from 'vitest';
import { TradeTable, shortTitle } from '../../src/trade/table';
import type { PartnerValue } from '../../src/trade/types';

const value = (iso3: string, name: string, total: number | null): PartnerValue => ({
  iso3,
  name,
  point:
    total === null
      ? null
      : {
          year: 2024,
          total: total * 1e9,
          exports: null,
          imports: null,
          derived: false,
          note: null,
          source: { title: 'Astana Times, Jan 2025: trade', url: 'https://astanatimes.com/x' },
          sources: [],
        },
});

const rowsOf = (table: TradeTable) =>
  [...table.element.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('TradeTable', () => {
  const rows = [value('KAZ', 'Kazakhstan', 43.82), value('TJK', 'Tajikistan', 3.86), value('KGZ', 'Kyrgyzstan', null)];

  it('sorts by total, largest first, with no data last', () => {
    const table = new TradeTable();
    table.show(rows, 2024, 'china');
    expect(rowsOf(table).map((r) => r.slice(0, 2))).toEqual([
      ['Kazakhstan', '43.82'],
      ['Tajikistan', '3.86'],
      ['Kyrgyzstan', '—'],
    ]);
    expect(table.element.querySelector('th[aria-sort="descending"]')?.textContent).toBe('Total');
  });

  it('re-sorts when a header is pressed', () => {
    const table = new TradeTable();
    table.show(rows, 2024, 'china');
    (table.element.querySelector('button[data-column="name"]') as HTMLButtonElement).click();
    expect(rowsOf(table).map((r) => r[0])).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan']);
    (table.element.querySelector('button[data-column="total"]') as HTMLButtonElement).click();
    (table.element.querySelector('button[data-column="total"]') as HTMLButtonElement).click();
    expect(rowsOf(table).map((r) => r[0])).toEqual(['Tajikistan', 'Kazakhstan', 'Kyrgyzstan']);
  });

  it('shows the gap between China and the partner where both report the year', () => {
    const table = new TradeTable();
    const gap = {
      iso3: 'KGZ',
      name: 'Kyrgyzstan',
      year: 2024,
      china: 22.71e9,
      partner: 5.3e9,
      gap: 17.41e9,
      gapPercentOfPartner: 328.5,
      chinaSources: [],
      partnerSources: [],
      reasons: [],
    };
    table.show(
      [{ ...value('KGZ', 'Kyrgyzstan', 22.71), mirror: gap }, value('TJK', 'Tajikistan', 3.86)],
      2024,
      'china',
    );
    expect(rowsOf(table).map((r) => [r[0], r[4]])).toEqual([['Kyrgyzstan', '+17.41 (+328.5%)'], ['Tajikistan', '—']]);
  });

  it('names the reporter in the column headers and links the source', () => {
    const table = new TradeTable();
    table.show(rows, 2024, 'partner');
    expect(table.element.querySelector('caption')?.textContent).toContain('partner-reported');
    expect(table.element.textContent).toContain("Partner's exports");
    const link = table.element.querySelector('tbody a') as HTMLAnchorElement;
    expect([link.textContent, link.href, link.title]).toEqual([
      'Astana Times, Jan 2025',
      'https://astanatimes.com/x',
      'Astana Times, Jan 2025: trade',
    ]);
    expect(shortTitle('No colon here')).toBe('No colon here');
  });
});
