import { describe, expect, it } from 'vitest';
import { mirrorList } from '../../src/trade/mirror';
import { formatGap, valuesFor } from '../../src/trade/types';
import type { MirrorGap } from '../../src/contract';

const kyrgyzstan: MirrorGap = {
  iso3: 'KGZ',
  name: 'Kyrgyzstan',
  year: 2024,
  china: 22.71e9,
  partner: 5.3e9,
  gap: 17.41e9,
  gapPercentOfPartner: 328.5,
  chinaSources: [{ title: 'Astana Times, Jan 2025: GACC', url: 'https://astanatimes.com/a' }],
  partnerSources: [{ title: '24.kg, 16 Jul 2025: Kyrgyz statistics', url: 'https://24.kg/b' }],
  reasons: [
    {
      iso3: 'KGZ',
      text: 'Goods sent from China are declared as exports to Kyrgyzstan.',
      sources: [{ title: '24.kg, 24 Jan 2025: transit', url: 'https://24.kg/c' }],
    },
  ],
};

describe('mirror statistics', () => {
  it('words the gap as China minus the partner, with its share of the partner figure', () => {
    expect(formatGap(kyrgyzstan)).toBe("+$17.41bn (China's figure 328.5% above Kyrgyzstan's)");
    expect(formatGap({ ...kyrgyzstan, gap: -1e9, gapPercentOfPartner: -10 })).toBe(
      "−$1.00bn (China's figure 10% below Kyrgyzstan's)",
    );
  });

  it('lists both sourced values, the gap and each reason with its source', () => {
    const list = mirrorList([kyrgyzstan], (m) => m.name);
    const text = list.textContent!;
    expect(text).toContain("China's customs $22.71bn (Astana Times, Jan 2025)");
    expect(text).toContain("Kyrgyzstan's own statistics $5.30bn (24.kg, 16 Jul 2025)");
    expect(text).toContain('Gap +$17.41bn');
    expect([...list.querySelectorAll('a')].map((a) => a.href)).toEqual([
      'https://astanatimes.com/a',
      'https://24.kg/b',
      'https://24.kg/c',
    ]);
  });

  it('says so when no source explains a gap, and attaches gaps to the year values', () => {
    expect(mirrorList([{ ...kyrgyzstan, reasons: [] }], (m) => m.name).textContent).toContain(
      'No source in the data explains this gap.',
    );
    const values = valuesFor([], 2024, 'china', [kyrgyzstan]);
    expect(values.find((v) => v.iso3 === 'KGZ')?.mirror).toBe(kyrgyzstan);
    expect(values.find((v) => v.iso3 === 'KAZ')?.mirror).toBeNull();
  });
});
