import { describe, expect, it } from 'vitest';
import { contextList } from '../../src/trade/context';

describe('contextList', () => {
  it('names each figure’s reporter and year, and says when figures side by side are not comparable', () => {
    const list = contextList([
      {
        id: 'region-china-2024',
        label: "China's trade with the five states, 2024",
        value: 94.82,
        unit: 'USD bn',
        year: 2024,
        reporter: "China's customs (GACC)",
        sources: [{ title: 'Astana Times', url: 'https://astanatimes.com/x' }],
      },
      {
        id: 'compare-partners',
        label: "The region's trade with China, the EU and Russia",
        unit: 'USD bn',
        comparable: false,
        note: 'Not like with like.',
        values: [
          {
            name: 'EU',
            value: 64,
            year: 2023,
            reporter: 'The Council of the EU, as AFP reports it',
            sources: [{ title: 'AFP', url: 'https://example.org/afp' }],
          },
          {
            name: 'EU',
            value: 54,
            unit: 'EUR bn',
            year: null,
            reporter: "Uzbekistan's president (year not stated)",
            sources: [{ title: 'AP', url: 'https://example.org/ap' }],
          },
          {
            name: 'Russia',
            value: 44,
            year: 2023,
            lowerBound: true,
            reporter: "Russia's deputy foreign minister",
            sources: [{ title: 'Tashkent Times', url: 'https://example.org/tt' }],
          },
        ],
      },
    ]);
    expect(list.querySelectorAll('li')).toHaveLength(0);
    // Filled when first opened.
    (list as HTMLDetailsElement).open = true;
    list.dispatchEvent(new Event('toggle'));
    const text = list.textContent!;
    expect(text).toContain("94.82 USD bn, 2024. Reported by China's customs (GACC).");
    expect(text).toContain('(not comparable as they stand)Not like with like.');
    expect(text).toContain('EU: 64 USD bn, 2023. Reported by The Council of the EU, as AFP reports it.');
    expect(text).toContain('EU: 54 EUR bn, year not stated.');
    expect(text).toContain('Russia: more than 44 USD bn, 2023.');
  });
});
