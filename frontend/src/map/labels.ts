import L from 'leaflet';
import { placeLabels, type Box, type LabelCandidate } from './collide';
import type { AtlasMap } from './createMap';

/** A name on the map: where, what kind of place, how important, from which zoom. */
export interface PlaceLabel {
  id: string;
  text: string;
  /** "en" where the text fell back to English (no source names the place in the page's language). */
  lang: string | null;
  lat: number;
  lon: number;
  kind: 'country' | 'capital' | 'city' | 'hub' | 'station';
  priority: number;
  minZoom: number;
  /** Half the size of the point symbol the label sits beside, in pixels; 0 for an area's label. */
  symbol: number;
}

/** A point symbol labels must keep clear of. */
export interface SymbolPoint {
  lat: number;
  lon: number;
  size: number;
}

const km = (a: PlaceLabel, b: PlaceLabel) =>
  Math.hypot((a.lat - b.lat) * 111, (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180));

/** One label per place: a summit city, a capital and a station of the same name within 50 km are one place. */
export function distinctPlaces(labels: PlaceLabel[]): PlaceLabel[] {
  const kept: PlaceLabel[] = [];
  // Among equals, the place with a symbol of its own on the map (a summit city, a hub) keeps the name: a dot beside it
  // would be hidden under that symbol.
  const dotted = (l: PlaceLabel) => (l.kind === 'capital' || l.kind === 'station' ? 1 : 0);
  const samePlace = (k: PlaceLabel, label: PlaceLabel) =>
    k.kind !== 'country' && label.kind !== 'country' && k.text === label.text && km(k, label) < 50;
  for (const label of [...labels].sort((a, b) => a.priority - b.priority || dotted(a) - dotted(b)))
    if (!kept.some((k) => samePlace(k, label))) kept.push(label);
  return kept;
}

/**
 * Place names as text in the DOM, in their own pane: chosen by zoom, placed by the collision pass in map/collide.ts so
 * that none overlaps another or a point symbol, redrawn after every move. Screen readers get the Places list instead.
 */
export class LabelLayer {
  private readonly container = document.createElement('div');
  private readonly groups = new Map<string, { labels: PlaceLabel[]; symbols: SymbolPoint[]; visible: boolean }>();
  private readonly elements = new Map<string, HTMLElement>();

  constructor(private readonly map: AtlasMap) {
    this.container.className = 'place-labels';
    this.container.setAttribute('aria-hidden', 'true');
    map.getPane('labels')!.append(this.container);
    map.on('zoomstart', () => this.container.classList.add('moving'));
    map.on('zoomend moveend resize', () => {
      this.container.classList.remove('moving');
      this.schedule();
    });
  }

  /** Replaces a group's labels and the symbols they avoid (a layer's), then places everything again. */
  set(group: string, labels: PlaceLabel[], symbols: SymbolPoint[] = []): void {
    this.groups.set(group, { labels, symbols, visible: this.groups.get(group)?.visible ?? true });
    this.schedule();
  }

  private scheduled = false;

  /**
   * Places the labels in the next frame, once for everything that changed in this one: measuring labels forces a
   * layout, and the layers arrive together (map/geoJsonSource.ts), so placing after each would lay the map out again
   * and again before its first paint.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.place();
    });
  }

  /** Shows or hides a group with its layer. */
  show(group: string, visible: boolean): void {
    const entry = this.groups.get(group);
    if (entry && entry.visible !== visible) {
      entry.visible = visible;
      this.schedule();
    } else if (!entry) this.groups.set(group, { labels: [], symbols: [], visible });
  }

  place(): void {
    const zoom = this.map.getZoom();
    const shown = [...this.groups.values()].filter((g) => g.visible);
    const labels = distinctPlaces(shown.flatMap((g) => g.labels)).filter((l) => zoom >= l.minZoom);
    const size = this.map.getSize();
    const dots = labels.filter(dotted);
    this.drawDots(dots);
    // Every label and dot written first, then every size and symbol read: one layout, not one per label.
    const elements = labels.map((label) => this.element(label));
    const symbols = [
      ...shown.flatMap((g) => g.symbols),
      ...dots.map((d) => ({ lat: d.lat, lon: d.lon, size: 2 * d.symbol })),
    ];
    const obstacles = [...symbols.map((s) => {
      const p = this.map.latLngToContainerPoint([s.lat, s.lon]);
      return { x: p.x - s.size / 2, y: p.y - s.size / 2, w: s.size, h: s.size };
    }), ...this.drawnSymbols()];
    const candidates: LabelCandidate[] = labels.map((label, i) => {
      const anchor = this.map.latLngToContainerPoint([label.lat, label.lon]);
      return {
        id: label.id,
        priority: label.priority,
        boxes: boxesFor(label, anchor, elements[i]!.offsetWidth, elements[i]!.offsetHeight),
      };
    });
    const placed = placeLabels(candidates, obstacles, { x: 0, y: 0, w: size.x, h: size.y });
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const visible = new Set(placed.map((p) => p.id));
    for (const [id, element] of this.elements) element.hidden = !visible.has(id);
    for (const { id, box, choice } of placed) {
      const element = this.elements.get(id)!;
      L.DomUtil.setPosition(element, L.point(box.x + origin.x, box.y + origin.y));
      element.dataset.side = sides[choice] ?? 'centre';
    }
    this.map.getContainer().dataset.labels = String(placed.length);
  }

  /** The point symbols as drawn (a crossing's diamond is wider than its icon), in the map container's pixels. */
  private drawnSymbols(): Box[] {
    const origin = this.map.getContainer().getBoundingClientRect();
    return [...this.map.getContainer().querySelectorAll('.leaflet-marker-pane .symbol')].map((s) => {
      const r = s.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    });
  }

  private readonly dots = new Map<string, HTMLElement>();

  private drawDots(labels: PlaceLabel[]): void {
    const wanted = new Set(labels.map((l) => l.id));
    for (const [id, dot] of this.dots) dot.hidden = !wanted.has(id);
    for (const label of labels) {
      let dot = this.dots.get(label.id);
      if (!dot) {
        dot = document.createElement('div');
        dot.className = `place-dot place-dot-${label.kind}`;
        this.container.append(dot);
        this.dots.set(label.id, dot);
      }
      dot.hidden = false;
      const p = this.map.latLngToLayerPoint([label.lat, label.lon]);
      L.DomUtil.setPosition(dot, L.point(p.x - label.symbol, p.y - label.symbol));
    }
  }

  private element(label: PlaceLabel): HTMLElement {
    let element = this.elements.get(label.id);
    if (!element) {
      element = document.createElement('div');
      element.className = `place-label place-label-${label.kind}`;
      element.dataset.labelId = label.id;
      this.container.append(element);
      this.elements.set(label.id, element);
    }
    if (element.textContent !== label.text) element.textContent = label.text;
    if (label.lang) element.lang = label.lang;
    else element.removeAttribute('lang');
    element.hidden = false;
    return element;
  }
}

const sides = ['right', 'left', 'above', 'below'];

/**
 * Where a label may go. An area's name: on its point, then nudged up, down and sideways. A point's name: right of its
 * symbol, left, above, below.
 */
export function boxesFor(label: PlaceLabel, at: { x: number; y: number }, w: number, h: number): Box[] {
  if (label.kind === 'country') {
    // On its point first, then ever further off it, as far as three quarters of its width or three times its height: a
    // small country crowded with symbols (Kyrgyzstan at zoom 4) still finds room inside.
    const offsets = [0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75]
      .flatMap((fx) => [0, -1, 1, -2, 2, -3, 3].map((fy) => [fx * w, fy * h] as const))
      .sort((a, b) => Math.hypot(a[0], a[1] * 2) - Math.hypot(b[0], b[1] * 2));
    return offsets.map(([dx, dy]) => ({ x: at.x - w / 2 + dx, y: at.y - h / 2 + dy, w, h }));
  }
  const r = label.symbol + 2;
  return [
    { x: at.x + r, y: at.y - h / 2, w, h },
    { x: at.x - r - w, y: at.y - h / 2, w, h },
    { x: at.x - w / 2, y: at.y - r - h, w, h },
    { x: at.x - w / 2, y: at.y + r, w, h },
  ];
}

/** Capitals and stations have no symbol of their own on the map: the label layer draws them a dot. */
const dotted = (label: PlaceLabel) => label.kind === 'capital' || label.kind === 'station';
