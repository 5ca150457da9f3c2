import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/tour';
import ru from '../../src/i18n/locales/ru/tour';
import zh from '../../src/i18n/locales/zh/tour';
import { setCatalogue } from '../../src/i18n/messages';
import { tourLayers, tourSteps } from '../../src/tour/steps';
import { stepContent, tradeOf } from '../../src/tour/tour';
import type { TimelineEvent, TradeSeries } from '../../src/contract';

const series = (iso3: string, total: number, reporter: 'china' | 'partner' = 'china'): TradeSeries => ({
  iso3,
  name: iso3,
  reporter,
  points: [
    {
      year: 2024,
      total,
      exports: null,
      imports: null,
      source: { title: `${iso3} source`, url: 'https://s.example' },
      sources: [{ title: `${iso3} source`, url: 'https://s.example' }],
      derived: false,
      note: null,
    },
  ],
});
const trade = [
  series('KAZ', 43.82e9),
  series('KGZ', 22.71e9),
  series('TJK', 3.86e9),
  series('TKM', 10.65e9),
  series('UZB', 13.78e9),
  series('KAZ', 30.1e9, 'partner'),
];

describe('the tour’s steps', () => {
  it('are seven or so, each with a view, layers, a year and a title and text in every language', () => {
    expect(tourSteps.length).toBe(7);
    for (const step of tourSteps) {
      expect(step.layers.length).toBeGreaterThan(0);
      expect(step.view.zoom).toBeGreaterThanOrEqual(2);
      expect(step.events.length > 0 || step.trade).toBeTruthy();
      for (const catalogue of [en, ru, zh] as Record<string, string>[]) {
        expect(catalogue[`tour.step.${step.id}.title`], step.id).toBeTruthy();
        expect(catalogue[`tour.step.${step.id}.text`], step.id).toBeTruthy();
      }
    }
    expect(tourLayers).toEqual(expect.arrayContaining(['borders', 'summits', 'hubs', 'corridors', 'railways']));
  });

  it('quote the trade figures from the data, summed over the five states, with their sources', () => {
    const total = tradeOf(trade, 2024)!;
    expect(total.total).toBeCloseTo(94.82e9, -6);
    expect(total.kazakhstan).toBe(43.82e9);
    expect(total.sources.map((s) => s.title)).toEqual([
      'KAZ source',
      'KGZ source',
      'TJK source',
      'TKM source',
      'UZB source',
    ]);
    expect(tradeOf(trade.slice(1), 2024)).toBeNull();
    expect(tradeOf(trade, 2023)).toBeNull();

    setCatalogue('en', en);
    const last = stepContent(tourSteps.at(-1)!, { events: [], trade });
    expect(last.text).toContain(
      'in 2024, as China’s customs report it: US$94.82 billion in all, US$43.82 billion of it with Kazakhstan',
    );
    setCatalogue('zh', zh);
    expect(stepContent(tourSteps.at(-1)!, { events: [], trade }).text).toContain('合计948.2亿美元，其中与哈萨克斯坦的贸易额为438.2亿美元');
  });

  it('cite the sources of the events they tell of, and point out their features', () => {
    setCatalogue('en', en);
    const event: TimelineEvent = {
      id: 'bri-announced-astana-2013',
      date: '2013-09-07',
      precision: 'day',
      year: 2013,
      title: 'T',
      summary: 'S',
      bbox: null,
      features: [{ layer: 'network', id: 'astana', name: 'Astana' }],
      sources: [{ title: 'USC', url: 'https://u.example' }],
      notes: [
        {
          text: 'n',
          sources: [
            { title: 'USC', url: 'https://u.example' },
            { title: 'Other', url: 'https://o.example' },
          ],
        },
      ],
    };
    const first = stepContent(tourSteps[0]!, { events: [event], trade });
    expect(first.title).toBe('Where the Belt and Road began');
    expect(first.sources.map((s) => s.title)).toEqual(['USC', 'Other']);
    expect(first.features.map((f) => f.id)).toEqual(['astana']);
  });
});
