import { describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/i18n/messages';
import { FeatureEvents } from '../../src/timeline/featureEvents';
import type { Source, TimelineEvent } from '../../src/contract';

const a: Source = { title: 'A', url: 'https://a.example' };
const b: Source = { title: 'B', url: 'https://b.example' };
const event = (id: string, date: string, features: TimelineEvent['features'], sources: Source[]): TimelineEvent => ({
  id,
  date,
  precision: 'day',
  year: Number(date.slice(0, 4)),
  title: `Title ${id}`,
  summary: '',
  features,
  bbox: null,
  sources,
  notes: [],
});

describe('FeatureEvents', () => {
  const index = new FeatureEvents();
  index.set([
    event('mou', '2022-09-14', [{ layer: 'network', id: 'kashgar-torugart', name: null }], [a]),
    event('launch', '2024-12-27', [{ layer: 'railways', id: 'kashgar-torugart', name: null }], [b, a]),
    event(
      'crossing',
      '1991-07-20',
      [
        { layer: 'hubs', id: 'dostyk', name: null },
        { layer: 'network', id: 'dostyk', name: null },
      ],
      [a],
    ),
  ]);

  it('finds a segment’s events whether they name it on the network or on the layer drawn from it', () => {
    expect(index.of('railways', 'kashgar-torugart').map((e) => e.id)).toEqual(['mou', 'launch']);
    expect(index.of('corridors', 'kashgar-torugart').map((e) => e.id)).toEqual(['mou', 'launch']);
  });

  it('keeps hubs apart from network nodes of the same id, and other layers apart', () => {
    expect(index.of('hubs', 'dostyk').map((e) => e.id)).toEqual(['crossing']);
    expect(index.of('crossings', 'dostyk')).toEqual([]);
  });

  it('lists the feature’s dates and events, citing into the popup’s numbered sources', () => {
    setCatalogue('en', {
      'timeline.popup.dates': 'Dates',
      'timeline.popup.events': 'Events',
      'timeline.popup.opened': 'Opened',
      'timeline.popup.constructionStart': 'Construction began',
    });
    const sources: Source[] = [b];
    const lists = index.extras(
      'railways',
      'kashgar-torugart',
      { constructionStart: { date: '2024-12-27', sources: [a] } },
      sources,
    );
    expect(lists).toEqual([
      { label: 'Dates', items: ['Construction began: 27 December 2024 [2]'] },
      { label: 'Events', items: ['14 September 2022: Title mou [2]', '27 December 2024: Title launch [1, 2]'] },
    ]);
    expect(sources).toEqual([b, a]);
    expect(index.extras('hubs', 'aktau-port', {}, [])).toEqual([]);
  });
});
