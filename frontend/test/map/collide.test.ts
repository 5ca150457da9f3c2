import { describe, expect, it } from 'vitest';
import { BoxGrid, placeLabels, type Box } from '../../src/map/collide';
import { boxesFor, distinctPlaces, type PlaceLabel } from '../../src/map/labels';

const view: Box = { x: 0, y: 0, w: 800, h: 600 };
const box = (x: number, y: number, w = 80, h = 14): Box => ({ x, y, w, h });
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels, whatever their order', () => {
    const placed = placeLabels(
      [
        { id: 'hub', priority: 4, boxes: [box(100, 100)] },
        { id: 'country', priority: 0, boxes: [box(120, 105)] },
      ],
      [],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['country']);
  });

  it('moves a label to its next place when the first is taken, and says which it took', () => {
    const placed = placeLabels(
      [
        { id: 'a', priority: 0, boxes: [box(100, 100)] },
        { id: 'b', priority: 1, boxes: [box(110, 100), box(300, 100)] },
      ],
      [],
      view,
    );
    expect(placed.map((p) => [p.id, p.choice])).toEqual([['a', 0], ['b', 1]]);
  });

  it('never covers a point symbol, and keeps a gap', () => {
    const symbol = { x: 95, y: 95, w: 14, h: 14 };
    expect(placeLabels([{ id: 'a', priority: 0, boxes: [box(100, 100)] }], [symbol], view)).toEqual([]);
    expect(placeLabels([{ id: 'b', priority: 0, boxes: [box(110, 100)] }], [symbol], view)).toEqual([]);
    expect(placeLabels([{ id: 'c', priority: 0, boxes: [box(112, 100)] }], [symbol], view).map((p) => p.id)).toEqual([
      'c',
    ]);
  });

  it('leaves out a label that would stick out of the view', () => {
    expect(placeLabels([{ id: 'edge', priority: 0, boxes: [box(760, 10)] }], [], view)).toEqual([]);
  });

  it('places many labels with no two overlapping', () => {
    const candidates = Array.from({ length: 300 }, (_, i) => ({
      id: String(i), priority: i % 5, boxes: [box((i * 37) % 720, (i * 53) % 580), box((i * 71) % 720, (i * 29) % 580)],
    }));
    const placed = placeLabels(candidates, [], view);
    expect(placed.length).toBeGreaterThan(40);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(overlap(a.box, b.box), `${a.id} ${b.id}`).toBe(false);
  });
});

describe('BoxGrid', () => {
  it('finds a box in a cell it shares with another, and nothing across the map', () => {
    const grid = new BoxGrid(64);
    grid.add(box(60, 60, 10, 10));
    expect(grid.collides(box(65, 65, 2, 2))).toBe(true);
    expect(grid.collides(box(400, 400, 10, 10))).toBe(false);
    expect(grid.collides(box(72, 60, 5, 5), 3)).toBe(true);
  });
});

describe('label places', () => {
  const label = (over: Partial<PlaceLabel>): PlaceLabel => ({
    id: 'x',
    text: 'Astana',
    lang: null,
    lat: 51.13,
    lon: 71.43,
    kind: 'city',
    priority: 1,
    minZoom: 3,
    symbol: 9,
    ...over,
  });

  it('puts a point label beside its symbol, first to the right, never on it', () => {
    const [right, left, above, below] = boxesFor(label({}), { x: 100, y: 100 }, 50, 14);
    const symbol = { x: 91, y: 91, w: 18, h: 18 };
    for (const b of [right!, left!, above!, below!]) expect(overlap(b, symbol)).toBe(false);
    expect(right!.x).toBeGreaterThan(100);
    expect(left!.x + left!.w).toBeLessThan(100);
  });

  it('centres a country name on its label point', () => {
    const [first] = boxesFor(label({ kind: 'country', symbol: 0 }), { x: 200, y: 100 }, 80, 16);
    expect(first).toEqual({ x: 160, y: 92, w: 80, h: 16 });
  });

  it('names a place once: a summit city, its capital and its station are one, named beside the summit symbol', () => {
    const kept = distinctPlaces([
      label({ id: 'station', kind: 'station', priority: 5, lat: 51.18, lon: 71.45 }),
      label({ id: 'capital', kind: 'capital', priority: 1, lat: 51.18, lon: 71.45 }),
      label({ id: 'city', kind: 'city', priority: 1 }),
      label({ id: 'country', kind: 'country', text: 'Astana', priority: 0 }),
    ]);
    expect(kept.map((l) => l.id).sort()).toEqual(['city', 'country']);
  });
});
